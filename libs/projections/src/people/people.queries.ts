import { lookup } from '../roadmap/compact';
import { listedUnder, personRowOf, personViewAt, type PeopleState, type PersonView } from './people.projection';

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
  const { enrolment, leftAt } = state.persons.columns;
  const all = teamIds
    .flatMap((teamId) => listedUnder(state, lookup(state.teams, teamId)))
    .filter((person) => enrolment[person] >= 0 && (request.includeLeft || Number.isNaN(leftAt[person])));
  const start = request.after ? all.indexOf(personRowOf(state, request.after)) + 1 : 0;
  const page = all.slice(start, start + request.first);
  return { people: page.map((person) => personViewAt(state, person) as PersonView), hasMore: start + request.first < all.length };
}

export function personView(state: PeopleState, personId: string): PersonView | null {
  const person = personRowOf(state, personId);
  return person < 0 ? null : personViewAt(state, person);
}
