import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, Max, Min, ValidateNested } from 'class-validator';
import { CHANNELS, KPI_METRICS, SURVEY_KINDS, type Channel, type KpiMetric, type SurveyKind } from '@norte/domain';
import { ChannelEnum, KpiMetricEnum, SurveyKindEnum } from '../../platform/program.enums';
import { TeamCommandInput } from './team.inputs';

/** Bounds of libs/domain/src/team/team.outcomes.ts. */
const RESPONSES_MAX = 1_000_000;
const KPI_MAX = 1_000_000_000;
const FINITE = { allowNaN: false, allowInfinity: false };

/** A score on the program's 1–5 scale (decimals allowed). */
function IsScore(): PropertyDecorator {
  return (target, key) => {
    Field(() => Float, { description: 'Score 1–5 (decimals allowed).' })(target, key);
    IsNumber(FINITE)(target, key);
    Min(1)(target, key);
    Max(5)(target, key);
  };
}

function IsResponseCount(): PropertyDecorator {
  return (target, key) => {
    Field(() => Int, { description: `Number of responses the aggregate covers, 0–${RESPONSES_MAX}. Below the confidentiality minimum the score is shown to HR and admins only.` })(target, key);
    IsInt()(target, key);
    Min(0)(target, key);
    Max(RESPONSES_MAX)(target, key);
  };
}

@InputType()
export class RecordSurveyResultInput extends TeamCommandInput {
  @Field(() => SurveyKindEnum)
  @IsIn(SURVEY_KINDS)
  kind!: SurveyKind;

  @IsScore() score!: number;
  @IsResponseCount() responseCount!: number;
}

@InputType({ description: 'One 1–5 score per service behaviour.' })
export class MysteryShopScoresInput {
  @IsScore() reliability!: number;
  @IsScore() accessibility!: number;
  @IsScore() timeliness!: number;
  @IsScore() proactivity!: number;
  @IsScore() warmth!: number;
  @IsScore() advice!: number;
}

@InputType({ description: 'Whether each step of the contact protocol was followed.' })
export class ProtocolComplianceInput {
  @Field() @IsBoolean() greeting!: boolean;
  @Field() @IsBoolean() identification!: boolean;
  @Field() @IsBoolean() closing!: boolean;
}

@InputType({ description: 'One mystery-shopping visit or call.' })
export class RecordMysteryShopInput extends TeamCommandInput {
  @Field(() => ChannelEnum)
  @IsIn(CHANNELS)
  channel!: Channel;

  @Field(() => MysteryShopScoresInput)
  @ValidateNested()
  @Type(() => MysteryShopScoresInput)
  scores!: MysteryShopScoresInput;

  @Field(() => ProtocolComplianceInput)
  @ValidateNested()
  @Type(() => ProtocolComplianceInput)
  protocol!: ProtocolComplianceInput;
}

@InputType({ description: "A service KPI for the team, compared with the organisation's standard in force at occurredAt." })
export class RecordKpiMeasurementInput extends TeamCommandInput {
  @Field(() => ChannelEnum)
  @IsIn(CHANNELS)
  channel!: Channel;

  @Field(() => KpiMetricEnum)
  @IsIn(KPI_METRICS)
  metric!: KpiMetric;

  @Field(() => Float, { description: `0–${KPI_MAX}, in the metric's unit; a whole number for complaints.` })
  @IsNumber(FINITE)
  @Min(0)
  @Max(KPI_MAX)
  value!: number;
}

@InputType({ description: 'A team-level customer-satisfaction aggregate.' })
export class RecordCsatInput extends TeamCommandInput {
  @IsScore() score!: number;
  @IsResponseCount() responseCount!: number;
}
