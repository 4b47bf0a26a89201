import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { listPeople, seesPersonalData, type OrganisationView, type PeopleState, type PersonView, type Reader } from '@norte/projections';
import { ReadModels } from '../platform/read-models';
import type { PeoplePage, Person } from './dto/people.types';
import { EventLog } from './event-log';
import { pageSize, teamName, teamsBelow } from './scope';

export class GetPeople extends Query<PeoplePage> {
  constructor(
    readonly unitId: string,
    readonly reader: Reader,
    readonly includeLeft: boolean,
    readonly first?: number | null,
    readonly after?: string | null,
    readonly minPosition?: bigint,
  ) {
    super();
  }
}

const HIDDEN = { name: null, email: null, externalId: null, personalDataVisible: false } as const;

@QueryHandler(GetPeople)
export class GetPeopleHandler implements IQueryHandler<GetPeople, PeoplePage> {
  constructor(private readonly readModels: ReadModels, private readonly log: EventLog) {}

  async execute({ unitId, reader, includeLeft, first, after, minPosition }: GetPeople): Promise<PeoplePage> {
    const size = pageSize(first);
    await this.readModels.atLeast(minPosition);
    const organisation = this.readModels.get<OrganisationView>('organisation');
    const position = this.readModels.position;
    const page = listPeople(this.readModels.get<PeopleState>('people'), teamsBelow(organisation, unitId), { includeLeft, first: size, after });
    const people = await Promise.all(page.people.map((view) => this.person(organisation, view, reader, position)));
    return { unitId, position, people, hasMore: page.hasMore };
  }

  /**
   * The people read model keeps no names (its snapshots go to disk): the current name and e-mail
   * are read from the event that carries them, decrypted by the codec, only for readers allowed.
   */
  private async person(organisation: OrganisationView, view: PersonView, reader: Reader, position: bigint): Promise<Person> {
    const base = {
      personId: view.personId,
      teamId: view.teamId,
      teamName: teamName(organisation, view.teamId),
      role: view.role,
      jobProfileId: view.jobProfileId,
      status: view.status,
      enrolledAt: new Date(view.enrolledAt),
      leftAt: view.leftAt === null ? null : new Date(view.leftAt),
    };
    if (!seesPersonalData(reader, view.teamId)) return { ...base, ...HIDDEN };
    const event = await this.log.one(view.details.streamId, BigInt(view.details.revision), position);
    const data = (event?.data ?? {}) as { name?: string; email?: string };
    return { ...base, name: data.name ?? null, email: data.email ?? null, externalId: view.externalId, personalDataVisible: true };
  }
}
