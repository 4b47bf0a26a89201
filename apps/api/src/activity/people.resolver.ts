import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import type { Role } from '@norte/domain';
import { FirstArg, MinPositionArg, ReaderTeamArg, RoleArg } from './args';
import { PeoplePage } from './dto/people.types';
import { GetPeople } from './people.queries';
import { readerOf } from './scope';

@Resolver()
export class PeopleDirectoryResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => PeoplePage, { description: 'People of the open teams at or below a unit; names and e-mails only for readers allowed.' })
  people(
    @Args('unitId', { type: () => ID }) unitId: string,
    @RoleArg() role: Role,
    @ReaderTeamArg() teamId: string | null,
    @Args('includeLeft', { nullable: true, defaultValue: false }) includeLeft: boolean,
    @FirstArg() first: number,
    @Args('after', { type: () => ID, nullable: true, description: 'The last personId of the previous page.' }) after: string | null,
    @MinPositionArg() minPosition: bigint | null,
  ) {
    return this.queries.execute(new GetPeople(unitId, readerOf(role, teamId), includeLeft, first, after, minPosition ?? undefined));
  }
}
