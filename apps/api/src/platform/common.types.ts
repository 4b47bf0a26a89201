import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CommandResult } from '@norte/event-store';
import { PositionScalar } from './scalars';

@ObjectType('CommandResult')
export class CommandResultType {
  @Field(() => PositionScalar, { description: 'Global position of the last event written; pass it as minPosition to read your write.' })
  position!: bigint;

  @Field()
  streamId!: string;

  @Field(() => PositionScalar)
  streamRevision!: bigint;

  @Field(() => ID, { description: 'Id of the entity the command created or addressed.' })
  id!: string;

  @Field(() => [ID], { description: 'Ids of the facts (events) recorded; name one in a retraction to correct it.' })
  eventIds!: readonly string[];

  static of(result: CommandResult, id: string): CommandResultType {
    return { position: result.position, streamId: result.streamId, streamRevision: result.nextExpectedRevision, id, eventIds: result.eventIds };
  }
}
