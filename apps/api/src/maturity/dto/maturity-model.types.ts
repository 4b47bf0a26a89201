import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsNumber, IsOptional, ValidateNested } from 'class-validator';
import { INSTRUMENT_KINDS, PROCESS_IDS, SURVEY_KINDS, WORKSHOP_KINDS, type ProcessId, type SurveyKind, type WorkshopKind } from '@norte/domain';
import { CommandInput } from '../../platform/common.inputs';
import { graphqlEnum, ProcessIdEnum, SurveyKindEnum, WorkshopKindEnum } from '../../platform/program.enums';
import { PositionScalar } from '../../platform/scalars';

// A maturity model version as data (PRODUCT.md §4). Each class is both the output type and, with an
// `Input` suffix, the input of publishMaturityModel. Shapes are checked here; ranges in the domain.

export const InstrumentKindEnum = graphqlEnum('InstrumentKind', INSTRUMENT_KINDS, 'The outcome instrument a process is measured by (levels 4–5).');

const nested = <T>(type: () => new () => T) => [ValidateNested(), Type(type)];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

@ObjectType('MaturityWorkshopRule')
@InputType('MaturityWorkshopRuleInput')
export class WorkshopRule {
  @Field(() => [WorkshopKindEnum]) @IsArray() @IsIn(WORKSHOP_KINDS, { each: true }) workshopKinds!: WorkshopKind[];
  @Field(() => Int, { nullable: true, description: 'Within this many days; null means ever.' }) @IsOptional() @IsInt() windowDays!: number | null;
}

@ObjectType('MaturityPercentCoverage')
@InputType('MaturityPercentCoverageInput')
export class PercentCoverage {
  @Field(() => Int, { description: '0–100, compared with ≥.' }) @IsInt() minPercent!: number;
  @Field(() => Int, { nullable: true, description: 'Within this many days; null means ever.' }) @IsOptional() @IsInt() windowDays!: number | null;
}

@ObjectType('MaturityAttendanceCoverage')
@InputType('MaturityAttendanceCoverageInput')
export class AttendanceCoverage extends PercentCoverage {
  @Field(() => [WorkshopKindEnum]) @IsArray() @IsIn(WORKSHOP_KINDS, { each: true }) workshopKinds!: WorkshopKind[];
}

@ObjectType('MaturityAlignmentCoverage')
@InputType('MaturityAlignmentCoverageInput')
export class AlignmentCoverage extends PercentCoverage {
  @Field(() => Int) @IsInt() minPercentAligned!: number;
}

@ObjectType('MaturityTrueNorthFoundation')
@InputType('MaturityTrueNorthFoundationInput')
export class TrueNorthFoundation {
  @Field(() => Int) @IsInt() minGuidingPrinciples!: number;
  @Field(() => Int) @IsInt() minActiveCoreValues!: number;
  @Field(() => WorkshopRule) @apply(nested(() => WorkshopRule)) workshop!: WorkshopRule;
}

@ObjectType('MaturityProfileFoundation')
@InputType('MaturityProfileFoundationInput')
export class ProfileFoundation {
  @Field(() => Int) @IsInt() minPercentWithProfile!: number;
}

@ObjectType('MaturityTrainingFoundation')
@InputType('MaturityTrainingFoundationInput')
export class TrainingFoundation {
  @Field(() => ProcessIdEnum, { description: 'The process whose management and front-line courses count.' }) @IsIn(PROCESS_IDS) courseProcess!: ProcessId;
  @Field(() => Int) @IsInt() minLeads!: number;
}

@ObjectType('MaturityServiceModelFoundation')
@InputType('MaturityServiceModelFoundationInput')
export class ServiceModelFoundation {
  @Field(() => Int) @IsInt() minStandards!: number;
}

@ObjectType('MaturityInstrument')
@InputType('MaturityInstrumentInput')
export class Instrument {
  @Field(() => InstrumentKindEnum) @IsIn(INSTRUMENT_KINDS) kind!: (typeof INSTRUMENT_KINDS)[number];
  @Field(() => SurveyKindEnum, { nullable: true, description: 'SURVEY only.' }) @IsOptional() @IsIn(SURVEY_KINDS) survey?: SurveyKind | null;
  @Field(() => Float, { description: 'The target: a 1–5 score (survey, CSAT, mean mystery-shop score) or the percent of KPIs within standard.' })
  @IsNumber()
  target!: number;
}

const processModel = <F, C>(name: string, foundation: () => new () => F, coverage: () => new () => C) => {
  @ObjectType(name)
  @InputType(`${name}Input`)
  class ProcessModel {
    @Field(foundation) @apply(nested(foundation)) foundation!: F;
    @Field(coverage) @apply(nested(coverage)) coverage!: C;
    @Field(() => Instrument) @apply(nested(() => Instrument)) instrument!: Instrument;
  }
  return ProcessModel;
};

export const TrueNorthModel = processModel('MaturityTrueNorthModel', () => TrueNorthFoundation, () => AttendanceCoverage);
export const WorkshopProcessModel = processModel('MaturityWorkshopProcessModel', () => WorkshopRule, () => PercentCoverage);
export const AlignmentModel = processModel('MaturityAlignmentModel', () => ProfileFoundation, () => AlignmentCoverage);
export const ServiceExcellenceModel = processModel('MaturityServiceExcellenceModel', () => TrainingFoundation, () => PercentCoverage);
export const ServiceModelModel = processModel('MaturityServiceModelModel', () => ServiceModelFoundation, () => PercentCoverage);
export const EmotionalConnectionModel = processModel('MaturityEmotionalConnectionModel', () => WorkshopRule, () => AttendanceCoverage);

type Of<T extends abstract new () => unknown> = InstanceType<T>;

@ObjectType('MaturityProcessModels', { description: 'The seven processes’ criteria: P1 true north … P7 emotional connection.' })
@InputType('MaturityProcessModelsInput')
export class ProcessModels {
  @Field(() => TrueNorthModel) @apply(nested(() => TrueNorthModel)) trueNorth!: Of<typeof TrueNorthModel>;
  @Field(() => WorkshopProcessModel) @apply(nested(() => WorkshopProcessModel)) lifePurpose!: Of<typeof WorkshopProcessModel>;
  @Field(() => AlignmentModel) @apply(nested(() => AlignmentModel)) alignment!: Of<typeof AlignmentModel>;
  @Field(() => WorkshopProcessModel) @apply(nested(() => WorkshopProcessModel)) leadership!: Of<typeof WorkshopProcessModel>;
  @Field(() => ServiceExcellenceModel) @apply(nested(() => ServiceExcellenceModel)) serviceExcellence!: Of<typeof ServiceExcellenceModel>;
  @Field(() => ServiceModelModel) @apply(nested(() => ServiceModelModel)) serviceModel!: Of<typeof ServiceModelModel>;
  @Field(() => EmotionalConnectionModel) @apply(nested(() => EmotionalConnectionModel)) emotionalConnection!: Of<typeof EmotionalConnectionModel>;
}

@ObjectType('MaturityModelDefinition', { description: 'Thresholds, windows, workshop kinds, instruments and targets of one model version.' })
export class ModelDefinition {
  @Field(() => Int, { description: 'Survey and CSAT results with fewer responses are withheld and cannot reach level 5.' }) confidentialityMinimum!: number;
  @Field(() => Int, { description: 'Level 4: the instrument was measured within this many days.' }) measurementWindowDays!: number;
  @Field(() => Int, { description: 'Level 5: levels 1–3 held on every date T − sustainedDays … T.' }) sustainedDays!: number;
  @Field(() => ProcessModels) processes!: ProcessModels;
}

@ObjectType('MaturityModelVersion')
export class ModelVersionType {
  @Field(() => Int) version!: number;
  @Field({ description: 'The default of queries that name no version: the latest published.' }) current!: boolean;
  @Field({ description: 'Version 1, PRODUCT.md §4, built in.' }) builtIn!: boolean;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => ID, { nullable: true }) eventId!: string | null;
  @Field(() => ModelDefinition) definition!: ModelDefinition;
}

@ObjectType('MaturityModels')
export class ModelVersions {
  @Field(() => [ModelVersionType], { description: 'Oldest first.' }) versions!: ModelVersionType[];
  @Field(() => PositionScalar, { description: 'Global position of the log that this answer reflects.' }) position!: bigint;
}

@InputType({ description: 'A new maturity model version: every threshold, window and target (ranges are checked by the domain).' })
export class PublishMaturityModelInput extends CommandInput {
  @Field(() => Int, { description: 'Greater than the latest published (1 is the built-in default).' }) @IsInt() version!: number;
  @Field(() => Int) @IsInt() confidentialityMinimum!: number;
  @Field(() => Int) @IsInt() measurementWindowDays!: number;
  @Field(() => Int) @IsInt() sustainedDays!: number;
  @Field(() => ProcessModels) @apply(nested(() => ProcessModels)) processes!: ProcessModels;
}
