import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel, KpiMetric } from '@norte/domain';
import { ChannelEnum, KpiMetricEnum } from '../../platform/program.enums';
import { PositionScalar } from '../../platform/scalars';

const WITHHELD = 'Null when withheld: fewer responses than the confidentiality minimum, for readers other than HR and admins.';

@ObjectType({ description: 'A survey or CSAT result of a team.' })
export class ScorePoint {
  @Field(() => ID) eventId!: string;
  @Field({ description: 'YYYY-MM-DD in the organisation’s time zone.' }) date!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => PositionScalar) position!: bigint;
  @Field(() => Float, { nullable: true, description: WITHHELD }) score!: number | null;
  @Field(() => Int) responseCount!: number;
  @Field({ description: 'Fewer responses than the confidentiality minimum ("not enough responses").' }) notEnoughResponses!: boolean;
}

@ObjectType()
export class ScoreSeries {
  @Field(() => ScorePoint, { nullable: true, description: 'The latest date’s last recorded result with at least one response.' })
  latest!: ScorePoint | null;
  @Field(() => [ScorePoint], { description: 'Oldest first.' }) history!: ScorePoint[];
}

@ObjectType()
export class BehaviourScores {
  @Field(() => Float) reliability!: number;
  @Field(() => Float) accessibility!: number;
  @Field(() => Float) timeliness!: number;
  @Field(() => Float) proactivity!: number;
  @Field(() => Float) warmth!: number;
  @Field(() => Float) advice!: number;
}

@ObjectType()
export class ProtocolSteps {
  @Field() greeting!: boolean;
  @Field() identification!: boolean;
  @Field() closing!: boolean;
}

@ObjectType()
export class MysteryShopPoint {
  @Field(() => ID) eventId!: string;
  @Field() date!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => PositionScalar) position!: bigint;
  @Field(() => ChannelEnum) channel!: Channel;
  @Field(() => BehaviourScores) scores!: BehaviourScores;
  @Field(() => ProtocolSteps) protocol!: ProtocolSteps;
  @Field(() => Float, { description: 'Mean of the six behaviour scores.' }) meanScore!: number;
  @Field(() => Float, { description: 'Share (0–1) of the protocol’s steps followed.' }) protocolCompliance!: number;
}

@ObjectType({ description: 'The latest date’s mystery shops, averaged (the mean of their means).' })
export class MysteryShopSummary {
  @Field() date!: string;
  @Field(() => Float) meanScore!: number;
  @Field(() => Float) protocolCompliance!: number;
  @Field(() => Int) shops!: number;
}

@ObjectType()
export class MysteryShopSeries {
  @Field(() => MysteryShopSummary, { nullable: true }) latest!: MysteryShopSummary | null;
  @Field(() => [MysteryShopPoint]) history!: MysteryShopPoint[];
}

@ObjectType()
export class KpiPoint {
  @Field(() => ID) eventId!: string;
  @Field() date!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => PositionScalar) position!: bigint;
  @Field(() => ChannelEnum) channel!: Channel;
  @Field(() => KpiMetricEnum) metric!: KpiMetric;
  @Field(() => Float) value!: number;
  @Field(() => Float, { nullable: true, description: 'The standard in force at the measurement’s date (lower is better).' }) target!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Null when no standard was in force.' }) withinStandard!: boolean | null;
}

@ObjectType({ description: 'The latest date’s KPI measurements, one per channel and metric, judged against their standards.' })
export class KpiSummary {
  @Field() date!: string;
  @Field(() => [KpiPoint]) measurements!: KpiPoint[];
  @Field(() => Int) judged!: number;
  @Field(() => Int) withinStandard!: number;
  @Field(() => Float, { nullable: true }) withinStandardShare!: number | null;
}

@ObjectType()
export class KpiSeries {
  @Field(() => KpiSummary, { nullable: true }) latest!: KpiSummary | null;
  @Field(() => [KpiPoint]) history!: KpiPoint[];
}

@ObjectType()
export class TeamOutcomes {
  @Field(() => ID) teamId!: string;
  @Field() teamName!: string;
  @Field(() => PositionScalar, { description: 'Global position this read reflects.' }) position!: bigint;
  @Field(() => Int) confidentialityMinimum!: number;
  @Field(() => ScoreSeries) climate!: ScoreSeries;
  @Field(() => ScoreSeries) internalService!: ScoreSeries;
  @Field(() => ScoreSeries) csat!: ScoreSeries;
  @Field(() => MysteryShopSeries) mysteryShop!: MysteryShopSeries;
  @Field(() => KpiSeries) kpis!: KpiSeries;
}

@ObjectType({
  description:
    'A survey-type aggregate of a unit: the response-weighted mean over the teams whose latest result meets the confidentiality minimum, ' +
    'only those (no withheld team score can be derived by subtraction). With none, notEnoughResponses and no score, for every reader.',
})
export class ScoreAggregate {
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Int) responseCount!: number;
  @Field(() => Int) teamsIncluded!: number;
  @Field(() => Int) teamsBelowMinimum!: number;
  @Field() notEnoughResponses!: boolean;
}

@ObjectType()
export class MysteryShopAggregate {
  @Field(() => Float, { nullable: true, description: 'Mean of the teams’ latest means.' }) meanScore!: number | null;
  @Field(() => Float, { nullable: true }) protocolCompliance!: number | null;
  @Field(() => Int) teams!: number;
}

@ObjectType()
export class KpiAggregate {
  @Field(() => Int) judged!: number;
  @Field(() => Int) withinStandard!: number;
  @Field(() => Float, { nullable: true }) withinStandardShare!: number | null;
  @Field(() => Int) teams!: number;
}

@ObjectType({ description: 'The unit’s aggregates over each team’s latest measurement within one calendar month.' })
export class UnitOutcomesPoint {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => ScoreAggregate) climate!: ScoreAggregate;
  @Field(() => ScoreAggregate) internalService!: ScoreAggregate;
  @Field(() => ScoreAggregate) csat!: ScoreAggregate;
  @Field(() => MysteryShopAggregate) mysteryShop!: MysteryShopAggregate;
  @Field(() => KpiAggregate) kpis!: KpiAggregate;
}

@ObjectType()
export class TeamOutcomesRow {
  @Field(() => ID) teamId!: string;
  @Field(() => String, { nullable: true }) teamName!: string | null;
  @Field(() => ScorePoint, { nullable: true }) climate!: ScorePoint | null;
  @Field(() => ScorePoint, { nullable: true }) internalService!: ScorePoint | null;
  @Field(() => ScorePoint, { nullable: true }) csat!: ScorePoint | null;
  @Field(() => MysteryShopSummary, { nullable: true }) mysteryShop!: MysteryShopSummary | null;
  @Field(() => KpiSummary, { nullable: true }) kpis!: KpiSummary | null;
}

@ObjectType()
export class UnitOutcomes {
  @Field(() => ID) unitId!: string;
  @Field(() => PositionScalar, { description: 'Global position this read reflects.' }) position!: bigint;
  @Field(() => Int) confidentialityMinimum!: number;
  @Field(() => ScoreAggregate) climate!: ScoreAggregate;
  @Field(() => ScoreAggregate) internalService!: ScoreAggregate;
  @Field(() => ScoreAggregate) csat!: ScoreAggregate;
  @Field(() => MysteryShopAggregate) mysteryShop!: MysteryShopAggregate;
  @Field(() => KpiAggregate) kpis!: KpiAggregate;
  @Field(() => [UnitOutcomesPoint], { description: 'Monthly, oldest first.' }) history!: UnitOutcomesPoint[];
  @Field(() => [TeamOutcomesRow], { description: 'Each open team at or below the unit, with its latest values.' }) teams!: TeamOutcomesRow[];
}
