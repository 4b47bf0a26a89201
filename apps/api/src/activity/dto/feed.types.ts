import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel, KpiMetric, ProcessId, SurveyKind, WorkshopKind } from '@norte/domain';
import type { ActivityKind, RoadmapChangeKind } from '@norte/projections';
import { ChannelEnum, graphqlEnum, KpiMetricEnum, ProcessIdEnum, SurveyKindEnum, WorkshopKindEnum } from '../../platform/program.enums';
import { PositionScalar } from '../../platform/scalars';
import { RoadmapChangeKindEnum } from './roadmap.types';

export const ActivityKindEnum = graphqlEnum<ActivityKind>(
  'ActivityKind',
  ['workshop', 'coaching', 'training', 'recognition', 'roadmap', 'survey', 'csat', 'mystery-shop', 'kpi', 'retraction'],
  'What an activity-feed entry records.',
);

@ObjectType({
  description:
    'A fact of a team, as the feed shows it: ids, never names; a coaching session without its note; a survey-type score below the ' +
    'confidentiality minimum withheld (null, notEnoughResponses) from all but HR and admins. Fields not of its kind are null.',
})
export class ActivityEntry {
  @Field(() => ID) eventId!: string;
  @Field(() => PositionScalar) position!: bigint;
  @Field(() => ActivityKindEnum) kind!: ActivityKind;
  @Field(() => ID) teamId!: string;
  @Field(() => String, { nullable: true }) teamName!: string | null;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field(() => [ID], { description: 'Attendees, coachees, the person recognised or trained.' }) personIds!: readonly string[];
  @Field(() => ID, { nullable: true }) coachId!: string | null;
  @Field(() => String, { nullable: true, description: 'Workshop name, course title or roadmap item title.' }) title!: string | null;
  @Field(() => WorkshopKindEnum, { nullable: true }) workshopKind!: WorkshopKind | null;
  @Field(() => Int, { nullable: true }) durationMinutes!: number | null;
  @Field(() => ProcessIdEnum, { nullable: true, description: 'Coaching focus or roadmap item process.' }) processId!: ProcessId | null;
  @Field(() => ID, { nullable: true }) courseId!: string | null;
  @Field(() => ID, { nullable: true }) itemId!: string | null;
  @Field(() => RoadmapChangeKindEnum, { nullable: true }) roadmapChange!: RoadmapChangeKind | null;
  @Field(() => String, { nullable: true }) dueDate!: string | null;
  @Field(() => String, { nullable: true, description: 'Recognition, roadmap change or retraction reason.' }) reason!: string | null;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => SurveyKindEnum, { nullable: true }) surveyKind!: SurveyKind | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Int, { nullable: true }) responseCount!: number | null;
  @Field(() => Boolean, { nullable: true }) notEnoughResponses!: boolean | null;
  @Field(() => ChannelEnum, { nullable: true }) channel!: Channel | null;
  @Field(() => KpiMetricEnum, { nullable: true }) metric!: KpiMetric | null;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mystery shop: mean of the six behaviour scores.' }) meanScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mystery shop: share (0–1) of protocol steps followed.' }) protocolCompliance!: number | null;
  @Field(() => ID, { nullable: true }) retractedEventId!: string | null;
  @Field(() => ActivityKindEnum, { nullable: true }) retractedKind!: ActivityKind | null;
}

@ObjectType()
export class ActivityFeedPage {
  @Field(() => ID) unitId!: string;
  @Field(() => PositionScalar, { description: 'Global position this read reflects.' }) position!: bigint;
  @Field(() => [ActivityEntry], { description: 'Newest first.' }) entries!: ActivityEntry[];
  @Field({ description: 'Older entries exist: pass the last entry’s position as `before`.' }) hasMore!: boolean;
}
