import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { Role } from '@norte/domain';
import { PositionScalar } from '../platform/scalars';
import { FirstArg, MinPositionArg, RoleArg } from './args';
import { AuditTrailPage } from './dto/audit.types';
import { GetPersonAuditTrail, GetStreamAuditTrail } from './audit.queries';
import { readerOf } from './scope';

@Resolver()
export class AuditResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => AuditTrailPage, { description: 'Every event of one stream (`team-<id>`, `person-<id>`, `user-<id>`, `organisation-org`), oldest first.' })
  auditTrail(
    @Args('streamId') streamId: string,
    @RoleArg() role: Role,
    @Args('afterRevision', { type: () => PositionScalar, nullable: true, description: 'Events after this stream revision.' }) afterRevision: bigint | null,
    @FirstArg() first: number,
    @MinPositionArg() minPosition: bigint | null,
  ) {
    return this.queries.execute(new GetStreamAuditTrail(streamId, readerOf(role), afterRevision, first, minPosition ?? undefined));
  }

  @Query(() => AuditTrailPage, { description: 'A person’s stream and every team fact naming them, with the retractions of those, oldest first.' })
  personAuditTrail(
    @Args('personId', { type: () => ID }) personId: string,
    @RoleArg() role: Role,
    @Args('afterPosition', { type: () => PositionScalar, nullable: true, description: 'Events after this global position.' }) afterPosition: bigint | null,
    @FirstArg() first: number,
    @MinPositionArg() minPosition: bigint | null,
  ) {
    return this.queries.execute(new GetPersonAuditTrail(personId, readerOf(role), afterPosition, first, minPosition ?? undefined));
  }
}
