import { membersNamedBy, type TeamEvent } from '@norte/domain';
import type { DecodedEvent, Projection } from '../shared/projection';
import { idTable, intern, type IdTable } from './ids';
import { addMembershipFact, MEMBERSHIP_TYPES, memberships, retractPersonFact, type Memberships } from './memberships';
import { addNamingFact, namingFacts, retractTeamFact, type NamingFacts } from './naming-facts';
import { applyOrganisationEvent, ORGANISATION_TYPES, organisationView, type OrganisationView } from './organisation';
import { setValue, stringMap, type StringMap } from './string-map';

/**
 * What the application needs to fill command contexts for rules that span streams
 * (libs/domain/CROSS-STREAM.md): the organisation's units and definitions, each person's
 * membership facts (their stints are computed by the domain's own `teamMembershipsOf`, so contexts
 * say exactly what the deciders would), and the team-stream facts that name people. Retractions
 * are resolved within their own stream, as the stream's ledger resolves them. Person and team ids
 * are interned: the large parts hold numbers. No personal data is read, so neither this read model
 * nor its snapshots hold any. Plain data: a snapshot is the state itself. Every part that grows
 * with the log is typed-array columns, no maps of small objects or strings, so a snapshot is
 * written and read back as their bytes: on the benchmark's data its structured-clone skeleton is
 * ~13 KB (it was 15 MiB of objects and strings, a third of a second to deserialise).
 */
export interface Directory {
  organisation: OrganisationView;
  persons: IdTable;
  teams: IdTable;
  /** Membership facts and retractions of person streams; who ever had a stint on each team. */
  memberships: Memberships;
  /** External id → person number of its latest enrolment. */
  externalIds: StringMap;
  namingFacts: NamingFacts;
}

const namingTypes: readonly TeamEvent['type'][] = ['WorkshopHeld', 'CoachingSessionHeld', 'RecognitionGranted'];

const category = (streamId: string) => streamId.slice(0, streamId.indexOf('-'));
const idInStream = (streamId: string) => streamId.slice(streamId.indexOf('-') + 1);

function applyTeamEvent(directory: Directory, event: DecodedEvent): void {
  const team = intern(directory.teams, idInStream(event.streamId));
  if (event.type === 'FactRetracted') {
    retractTeamFact(directory.namingFacts, team, event.eventId, (event.data as { factId: string }).factId);
    return;
  }
  const personIds = membersNamedBy({ type: event.type, data: event.data } as TeamEvent);
  if (personIds.length === 0) return;
  const persons = personIds.map((id) => intern(directory.persons, id));
  addNamingFact(directory.namingFacts, event.eventId, team, event.occurredAt, persons);
}

interface MembershipData {
  readonly teamId?: string;
  readonly fromTeamId?: string;
  readonly toTeamId?: string;
  readonly role?: string;
  readonly externalId?: string;
}

function applyPersonEvent(directory: Directory, event: DecodedEvent): void {
  if (event.type !== 'FactRetracted' && !MEMBERSHIP_TYPES.includes(event.type)) return;
  const person = intern(directory.persons, idInStream(event.streamId));
  if (event.type === 'FactRetracted') {
    retractPersonFact(directory.memberships, person, event.eventId, (event.data as { factId: string }).factId);
    return;
  }
  const data = event.data as MembershipData;
  const team = intern(directory.teams, (event.type === 'PersonMovedTeam' ? data.toTeamId : data.teamId) as string);
  const fromTeam = event.type === 'PersonMovedTeam' ? intern(directory.teams, data.fromTeamId as string) : -1;
  addMembershipFact(directory.memberships, person, { type: event.type, eventId: event.eventId, occurredAt: event.occurredAt, team, fromTeam, role: data.role ?? null });
  if (event.type === 'PersonEnrolled') setValue(directory.externalIds, data.externalId as string, person);
}

export const directoryProjection: Projection<Directory> = {
  name: 'directory',
  // 2: only what contexts read (no folded person or organisation states), ids interned, naming facts in columns.
  // 3: membership facts, retractions, team persons, external ids and units in typed arrays too.
  version: 3,
  canHandle: [...new Set([...ORGANISATION_TYPES, ...MEMBERSHIP_TYPES, ...namingTypes, 'FactRetracted'])],
  init: () => ({
    organisation: organisationView(),
    persons: idTable(),
    teams: idTable(),
    memberships: memberships(),
    externalIds: stringMap(),
    namingFacts: namingFacts(),
  }),
  evolve(directory, event) {
    switch (category(event.streamId)) {
      case 'organisation':
        applyOrganisationEvent(directory.organisation, event);
        break;
      case 'person':
        applyPersonEvent(directory, event);
        break;
      case 'team':
        applyTeamEvent(directory, event);
        break;
    }
    return directory;
  },
};
