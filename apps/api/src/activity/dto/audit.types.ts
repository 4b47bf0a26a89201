import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PositionScalar } from '../../platform/scalars';

@ObjectType({ description: 'One event of the log with its metadata, as the reader may see it.' })
export class AuditEntry {
  @Field(() => ID) eventId!: string;
  @Field() type!: string;
  @Field() streamId!: string;
  @Field(() => PositionScalar) revision!: bigint;
  @Field(() => PositionScalar) position!: bigint;
  @Field(() => GraphQLISODateTime, { description: 'Business time.' }) occurredAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'System time: when Norte learnt it.' }) recordedAt!: Date;
  @Field(() => ID) actorUserId!: string;
  @Field() actorRole!: string;
  @Field() source!: string;
  @Field(() => ID) commandId!: string;
  @Field(() => ID) correlationId!: string;
  @Field(() => ID) causationId!: string;
  @Field(() => Int) schemaVersion!: number;
  @Field(() => PositionScalar, { nullable: true, description: 'Position of the read model a cross-stream rule was checked against.' })
  checkedAtPosition!: bigint | null;
  @Field({ description: 'The event data as JSON, with the fields this reader may not see set to null (listed in redactedFields).' })
  data!: string;
  @Field(() => [String]) redactedFields!: readonly string[];
  @Field(() => ID, { nullable: true, description: 'For a retraction: the fact or retraction it retracts.' }) retracts!: string | null;
  @Field(() => [ID], { description: 'Every retraction recorded against this event, effective or since retracted.' }) retractedBy!: readonly string[];
  @Field({ description: 'Whether the event counts now (no effective retraction).' }) counts!: boolean;
}

@ObjectType()
export class AuditTrailPage {
  @Field(() => PositionScalar, { description: 'Global position this read reflects; later events are not shown.' }) position!: bigint;
  @Field(() => [AuditEntry], { description: 'Oldest first.' }) entries!: AuditEntry[];
  @Field({ description: 'More events follow the last entry.' }) hasMore!: boolean;
}
