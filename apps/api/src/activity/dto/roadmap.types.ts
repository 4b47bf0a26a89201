import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { ItemStatus, ProcessId } from '@norte/domain';
import type { RoadmapChangeKind } from '@norte/projections';
import { graphqlEnum, ProcessIdEnum } from '../../platform/program.enums';
import { PositionScalar } from '../../platform/scalars';

export const RoadmapItemStatusEnum = graphqlEnum<ItemStatus>(
  'RoadmapItemStatus',
  ['planned', 'in-progress', 'blocked', 'done', 'cancelled'],
  'Where a roadmap item stands. Overdue is not a status: see RoadmapItem.overdue.',
);
export const RoadmapChangeKindEnum = graphqlEnum<RoadmapChangeKind>(
  'RoadmapChangeKind',
  ['planned', 'started', 'completed', 'rescheduled', 'blocked', 'unblocked', 'cancelled'],
  'A recorded change to a roadmap item.',
);

@ObjectType({ description: 'One accepted change of a roadmap item; retracted changes are left out.' })
export class RoadmapChange {
  @Field(() => ID) eventId!: string;
  @Field(() => RoadmapChangeKindEnum) change!: RoadmapChangeKind;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
  @Field(() => PositionScalar) position!: bigint;
  @Field(() => RoadmapItemStatusEnum, { description: 'The status after this change.' }) status!: ItemStatus;
  @Field(() => String, { nullable: true, description: 'Planned and rescheduled: the due date set (YYYY-MM-DD).' }) dueDate!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) evidence!: string | null;
}

@ObjectType()
export class RoadmapItem {
  @Field(() => ID) teamId!: string;
  @Field(() => String, { nullable: true }) teamName!: string | null;
  @Field(() => ID) itemId!: string;
  @Field(() => ProcessIdEnum) processId!: ProcessId;
  @Field() practiceId!: string;
  @Field() title!: string;
  @Field(() => ID, { description: 'Person id of the owner.' }) ownerId!: string;
  @Field({ description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field(() => RoadmapItemStatusEnum) status!: ItemStatus;
  @Field({ description: 'Due before today and neither done nor cancelled.' }) overdue!: boolean;
  @Field(() => String, { nullable: true }) blockedReason!: string | null;
  @Field(() => GraphQLISODateTime) plannedAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => [RoadmapChange]) history!: RoadmapChange[];
}

@ObjectType()
export class TeamRoadmap {
  @Field(() => ID) teamId!: string;
  @Field() teamName!: string;
  @Field({ description: 'The date overdue items were judged against (YYYY-MM-DD, organisation time zone).' }) today!: string;
  @Field(() => PositionScalar, { description: 'Global position this read reflects.' }) position!: bigint;
  @Field(() => [RoadmapItem], { description: 'Soonest due first.' }) items!: RoadmapItem[];
}

@ObjectType()
export class RoadmapAttention {
  @Field(() => ID) unitId!: string;
  @Field() today!: string;
  @Field(() => PositionScalar, { description: 'Global position this read reflects.' }) position!: bigint;
  @Field(() => [RoadmapItem], { description: 'Overdue and blocked items of every open team at or below the unit, soonest due first.' }) items!: RoadmapItem[];
}
