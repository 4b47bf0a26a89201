import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { Role } from '@norte/domain';
import { PositionScalar } from '../platform/scalars';
import { FirstArg, MinPositionArg, RoleArg } from './args';
import { ActivityFeedPage } from './dto/feed.types';
import { GetActivityFeed } from './feed.queries';
import { readerOf } from './scope';

@Resolver()
export class FeedResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => ActivityFeedPage, { description: 'Recent facts of the teams at or below a unit, newest first; paginate with `before`.' })
  activityFeed(
    @Args('unitId', { type: () => ID }) unitId: string,
    @RoleArg() role: Role,
    @FirstArg() first: number,
    @Args('before', { type: () => PositionScalar, nullable: true, description: 'Entries recorded before this position (the last entry of the previous page).' })
    before: bigint | null,
    @MinPositionArg() minPosition: bigint | null,
  ) {
    return this.queries.execute(new GetActivityFeed(unitId, readerOf(role), first, before, minPosition ?? undefined));
  }
}
