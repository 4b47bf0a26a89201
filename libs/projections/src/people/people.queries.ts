import type { PeopleState, PersonView } from './people.projection';

export interface PeopleRequest {
  readonly includeLeft: boolean;
  readonly first: number;
  /** Person id of the previous page's last entry. */
  readonly after?: string | null;
}

export interface PeoplePage {
  readonly people: readonly PersonView[];
  readonly hasMore: boolean;
}

/** People of the given teams (those below a unit), team by team in the order given, then by arrival. */
export function listPeople(state: PeopleState, teamIds: readonly string[], request: PeopleRequest): PeoplePage {
  const all = teamIds
    .flatMap((teamId) => state.byTeam[teamId] ?? [])
    .map((id) => state.persons[id]?.view)
    .filter((view): view is PersonView => !!view && (request.includeLeft || view.status === 'active'));
  const start = request.after ? all.findIndex((p) => p.personId === request.after) + 1 : 0;
  const page = all.slice(start, start + request.first);
  return { people: page, hasMore: start + request.first < all.length };
}

export const personView = (state: PeopleState, personId: string): PersonView | null => state.persons[personId]?.view ?? null;
