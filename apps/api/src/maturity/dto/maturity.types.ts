import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ProcessId } from '@norte/domain';
import { UnitKindInput } from '../../organisation/dto/organisation.inputs';
import { ProcessIdEnum } from '../../platform/program.enums';
import { PositionScalar } from '../../platform/scalars';
import { graphqlEnum } from '../../platform/program.enums';

const POSITION = 'Global position of the log that this answer reflects.';

export const StructureEnum = graphqlEnum('MaturityStructure', ['as-organised', 'restated'] as const, 'Which tree places teams in units: the tree at the date (as organised then), or today’s tree without archived teams (restated).');
export const ResolutionEnum = graphqlEnum('TrendResolution', ['day', 'week', 'month', 'quarter'] as const, 'One trend point per day, ISO week (ending Sunday), month or calendar quarter.');

export enum CriterionActualKind {
  FLAG = 'flag',
  COUNT = 'count',
  RATIO = 'ratio',
  DATE = 'date',
  SCORE = 'score',
  WITHHELD = 'withheld',
  NONE = 'none',
  DAYS = 'days',
}
registerEnumType(CriterionActualKind, { name: 'MaturityCriterionActualKind', description: 'Which fields of CriterionActual are set.' });

@ObjectType('MaturityCriterionActual', { description: 'The measured side of a criterion. A score withheld below the confidentiality minimum never appears (kind WITHHELD) for readers other than HR and admins.' })
export class CriterionActual {
  @Field(() => CriterionActualKind) kind!: CriterionActualKind;
  @Field(() => Boolean, { nullable: true, description: 'FLAG' }) flag?: boolean | null;
  @Field(() => Float, { nullable: true, description: 'COUNT, SCORE, DAYS' }) value?: number | null;
  @Field(() => Int, { nullable: true, description: 'RATIO' }) numerator?: number | null;
  @Field(() => Int, { nullable: true, description: 'RATIO' }) denominator?: number | null;
  @Field(() => String, { nullable: true, description: 'DATE (latest qualifying fact), SCORE and WITHHELD (the measurement’s date), YYYY-MM-DD' }) date?: string | null;
  @Field(() => Int, { nullable: true, description: 'SCORE, WITHHELD' }) responses?: number | null;
  @Field(() => String, { nullable: true, description: 'DAYS: since when the condition has held' }) since?: string | null;
  @Field(() => String, { nullable: true, description: 'WITHHELD: not-enough-responses' }) reason?: string | null;
}

@ObjectType('MaturityCriterionThreshold', { description: 'What a criterion requires: kind required, min-count, min-percent (with its window), within-days, min-score (with the minimum responses) or min-days.' })
export class CriterionThreshold {
  @Field() kind!: string;
  @Field(() => Float, { nullable: true }) value?: number | null;
  @Field(() => Int, { nullable: true, description: 'min-percent: the window in days; null means ever.' }) windowDays?: number | null;
  @Field(() => Int, { nullable: true }) minResponses?: number | null;
}

@ObjectType({ description: 'One criterion of a level, evaluated: met or not, actual against threshold, and the facts behind it.' })
export class MaturityCriterion {
  @Field({ description: 'Stable id the UI translates, e.g. front-line-trained.' }) id!: string;
  @Field(() => Int) level!: number;
  @Field() met!: boolean;
  @Field(() => CriterionActual) actual!: CriterionActual;
  @Field(() => CriterionThreshold) threshold!: CriterionThreshold;
  @Field(() => [ID], { description: 'Event ids of the facts behind the actual value.' }) factIds!: readonly string[];
  @Field(() => Int, { nullable: true, description: 'For an unmet percentage: how many more of the population must qualify.' }) shortfall?: number | null;
  @Field(() => String, { nullable: true, description: 'For an unmet "held for N days": the earliest date it can be met if nothing changes.' }) earliest?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('MaturityLevelExplanation')
export class LevelExplanation {
  @Field(() => Int) level!: number;
  @Field({ description: 'All of this level’s criteria hold (lower levels may not).' }) met!: boolean;
  @Field(() => [MaturityCriterion]) criteria!: MaturityCriterion[];
}

@ObjectType('MaturityNextLevel')
export class NextLevel {
  @Field(() => Int) level!: number;
  @Field(() => [MaturityCriterion], { description: 'Its unmet criteria.' }) missing!: MaturityCriterion[];
}

@ObjectType('MaturityProcess')
export class ProcessMaturity {
  @Field(() => ProcessIdEnum) process!: ProcessId;
  @Field(() => Int, { description: '0–5' }) level!: number;
  @Field(() => [LevelExplanation], { description: 'Levels 1–5, every criterion evaluated.' }) levels!: LevelExplanation[];
  @Field(() => NextLevel, { nullable: true, description: 'Null at level 5.' }) next!: NextLevel | null;
}

@ObjectType({ description: 'A team’s maturity as of a date (and as known at an instant): per process level and explanation.' })
export class TeamMaturity {
  @Field(() => ID) teamId!: string;
  @Field({ description: 'YYYY-MM-DD' }) asOf!: string;
  @Field(() => String, { nullable: true, description: 'The known-at instant applied, or null.' }) knownAt!: string | null;
  @Field(() => Int) modelVersion!: number;
  @Field(() => Int) activeMembers!: number;
  @Field(() => Float, { description: 'Mean over the processes of level ÷ 5 × 100, one decimal.' }) programIndex!: number;
  @Field(() => [ProcessMaturity]) processes!: ProcessMaturity[];
  @Field(() => PositionScalar, { description: POSITION }) position!: bigint;
}

@ObjectType('MaturityProcessLevel')
export class ProcessLevel {
  @Field(() => ProcessIdEnum) process!: ProcessId;
  @Field(() => Float, { nullable: true, description: 'A team’s level, or a unit’s mean weighted by active members (one decimal); null when the unit weighs 0.' })
  level!: number | null;
}

@ObjectType('MaturityHeatmapRow', { description: 'A unit rolled up over the teams below it.' })
export class HeatmapRow {
  @Field(() => ID, { nullable: true, description: 'Null for the organisation.' }) unitId!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => UnitKindInput, { nullable: true, description: 'Null for the organisation.' }) kind!: UnitKindInput | null;
  @Field(() => Int) teams!: number;
  @Field(() => Int, { description: 'Active members: the weight.' }) members!: number;
  @Field(() => [ProcessLevel]) levels!: ProcessLevel[];
  @Field(() => Float, { nullable: true }) programIndex!: number | null;
}

@ObjectType({ description: 'A unit’s children (divisions or teams) × 7 processes, and the unit’s own roll-up.' })
export class MaturityHeatmap {
  @Field(() => ID, { nullable: true }) unitId!: string | null;
  @Field() asOf!: string;
  @Field(() => String, { nullable: true }) knownAt!: string | null;
  @Field(() => StructureEnum) structure!: string;
  @Field(() => Int) modelVersion!: number;
  @Field(() => HeatmapRow) unit!: HeatmapRow;
  @Field(() => [HeatmapRow]) rows!: HeatmapRow[];
  @Field(() => PositionScalar, { description: POSITION }) position!: bigint;
}

@ObjectType()
export class MaturityTrendPoint {
  @Field({ description: 'The period’s last date, or the range’s end if earlier.' }) date!: string;
  @Field(() => Int) members!: number;
  @Field(() => [ProcessLevel]) levels!: ProcessLevel[];
  @Field(() => Float, { nullable: true }) programIndex!: number | null;
}

@ObjectType({ description: 'Levels per process and program index over a range, for a team or a unit.' })
export class MaturityTrend {
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field(() => ID, { nullable: true }) unitId!: string | null;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => ResolutionEnum) resolution!: string;
  @Field(() => String, { nullable: true }) knownAt!: string | null;
  @Field(() => Int) modelVersion!: number;
  @Field(() => [MaturityTrendPoint]) points!: MaturityTrendPoint[];
  @Field(() => PositionScalar, { description: POSITION }) position!: bigint;
}

@ObjectType({ description: 'All teams × 7 levels as of a date, as CSV (RFC 4180, CRLF); every row names the position it reflects.' })
export class MaturityLevelsCsv {
  @Field() asOf!: string;
  @Field(() => String, { nullable: true }) knownAt!: string | null;
  @Field(() => Int) modelVersion!: number;
  @Field(() => Int) teams!: number;
  @Field() csv!: string;
  @Field(() => PositionScalar, { description: POSITION }) position!: bigint;
}
