import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { Role } from '@norte/domain';
import { MinPositionArg, RoleArg } from './args';
import { TeamOutcomes, UnitOutcomes } from './dto/outcomes.types';
import { GetTeamOutcomes, GetUnitOutcomes } from './outcomes.queries';
import { readerOf } from './scope';

@Resolver()
export class OutcomesQueriesResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => TeamOutcomes, { description: 'Latest and history of every outcome instrument of a team, confidentiality applied.' })
  teamOutcomes(@Args('teamId', { type: () => ID }) teamId: string, @RoleArg() role: Role, @MinPositionArg() minPosition: bigint | null) {
    return this.queries.execute(new GetTeamOutcomes(teamId, readerOf(role), minPosition ?? undefined));
  }

  @Query(() => UnitOutcomes, { description: 'Outcome instruments aggregated over the open teams at or below a unit, now and per month.' })
  unitOutcomes(@Args('unitId', { type: () => ID }) unitId: string, @RoleArg() role: Role, @MinPositionArg() minPosition: bigint | null) {
    return this.queries.execute(new GetUnitOutcomes(unitId, readerOf(role), minPosition ?? undefined));
  }
}
