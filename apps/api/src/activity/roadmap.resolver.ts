import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { MinPositionArg, TodayArg } from './args';
import { RoadmapAttention, TeamRoadmap } from './dto/roadmap.types';
import { GetRoadmapAttention, GetTeamRoadmap } from './roadmap.queries';

@Resolver()
export class RoadmapBoardResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => TeamRoadmap, { description: 'A team’s roadmap items with their history, overdue ones flagged.' })
  teamRoadmap(@Args('teamId', { type: () => ID }) teamId: string, @TodayArg() today: string | null, @MinPositionArg() minPosition: bigint | null) {
    return this.queries.execute(new GetTeamRoadmap(teamId, today, minPosition ?? undefined));
  }

  @Query(() => RoadmapAttention, { description: 'Overdue and blocked roadmap items of every open team at or below a unit.' })
  roadmapAttention(@Args('unitId', { type: () => ID }) unitId: string, @TodayArg() today: string | null, @MinPositionArg() minPosition: bigint | null) {
    return this.queries.execute(new GetRoadmapAttention(unitId, today, minPosition ?? undefined));
  }
}
