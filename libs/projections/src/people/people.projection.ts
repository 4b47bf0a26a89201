import {
  PERSONAL_DATA,
  profileAt,
  timeline,
  type Fact,
  type PersonEvent,
  type TeamRole,
} from '@norte/domain';
import { counts, emptyRetractions, recordRetraction, type Retractions } from '../audit-trail/retractions';
import { categoryOf, comparePositions, entityOf } from '../audit-trail/streams';
import type { DecodedEvent, Projection } from '../shared/projection';

type DirectoryEventType = 'PersonEnrolled' | 'PersonDetailsCorrected' | 'TeamRoleChanged' | 'PersonMovedTeam' | 'JobProfileChanged' | 'PersonLeft';
const DIRECTORY_TYPES: readonly DirectoryEventType[] = ['PersonEnrolled', 'PersonDetailsCorrected', 'TeamRoleChanged', 'PersonMovedTeam', 'JobProfileChanged', 'PersonLeft'];

/** A person fact as kept here: its personal fields (name, e-mail) are dropped before it is stored. */
interface StoredFact {
  readonly eventId: string;
  readonly type: DirectoryEventType;
  readonly data: Readonly<Record<string, unknown>>;
  readonly occurredAt: string;
  readonly position: string;
  readonly revision: string;
}

/** Where a person's current name and e-mail are: the event that carries them, read and decrypted on demand. */
export interface DetailsRef {
  readonly streamId: string;
  readonly revision: string;
  readonly eventId: string;
}

export interface PersonView {
  readonly personId: string;
  readonly externalId: string;
  /** Current team, or the last one for someone who left. */
  readonly teamId: string;
  readonly role: TeamRole;
  readonly jobProfileId: string | null;
  readonly status: 'active' | 'left';
  /** Business time of the (latest) enrolment. */
  readonly enrolledAt: string;
  readonly leftAt: string | null;
  readonly details: DetailsRef;
}

interface PersonRecord {
  readonly facts: StoredFact[];
  view: PersonView | null;
}

export interface PeopleState {
  persons: Record<string, PersonRecord>;
  /** Person ids listed under their current (or last) team, in order of arrival there. */
  byTeam: Record<string, string[]>;
  /** Fact id → person id, to apply retractions. */
  factPersons: Record<string, string>;
  retractions: Retractions;
}

const PERSONAL_FIELDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(PERSONAL_DATA).map(([type, rule]) => [type, rule.fields as readonly string[]]),
);

/** The data without its personal fields: this read model never holds them, in memory or on disk. */
function withoutPersonalData(type: string, data: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const fields = PERSONAL_FIELDS[type] ?? [];
  return Object.fromEntries(Object.entries(data).filter(([key]) => !fields.includes(key)));
}

/** The person's standing, by the domain's own membership rules over the facts that count. */
function replay(personId: string, record: PersonRecord, retractions: Retractions): PersonView | null {
  const counting = record.facts.filter((f) => counts(retractions, f.eventId));
  const facts: Record<string, Fact<PersonEvent>> = {};
  counting.forEach((f, seq) => {
    const event = { type: f.type, data: f.data } as unknown as PersonEvent;
    facts[f.eventId] = { eventId: f.eventId, event, occurredAt: f.occurredAt, at: Date.parse(f.occurredAt), seq, retractedBy: [] };
  });
  const state = { ledger: { facts, order: counting.map((f) => f.eventId) } };
  const { stints } = timeline(state);
  const last = stints[stints.length - 1];
  if (!last) return null;
  const byId = new Map(counting.map((f) => [f.eventId, f]));
  const enrolment = [...stints].reverse().map((s) => byId.get(s.startedBy)).find((f) => f?.type === 'PersonEnrolled') as StoredFact;
  const details = counting
    .filter((f) => f.type === 'PersonEnrolled' || f.type === 'PersonDetailsCorrected')
    .reduce((latest, f) => (comparePositions(f.position, latest.position) > 0 ? f : latest));
  return {
    personId,
    externalId: String(enrolment.data['externalId']),
    teamId: last.teamId,
    role: last.role,
    jobProfileId: profileAt(state, Number.POSITIVE_INFINITY),
    status: last.until === null ? 'active' : 'left',
    enrolledAt: enrolment.occurredAt,
    leftAt: last.endedBy === null ? null : (byId.get(last.endedBy)?.occurredAt ?? null),
    details: { streamId: `person-${personId}`, revision: details.revision, eventId: details.eventId },
  };
}

function refresh(state: PeopleState, personId: string): void {
  const record = state.persons[personId];
  const before = record.view?.teamId;
  record.view = replay(personId, record, state.retractions);
  const after = record.view?.teamId;
  if (before === after) return;
  if (before !== undefined) state.byTeam[before] = (state.byTeam[before] ?? []).filter((id) => id !== personId);
  if (after !== undefined) (state.byTeam[after] ??= []).push(personId);
}

/**
 * The people directory: team, role, job profile, status and enrolment date of everyone enrolled.
 * Names and e-mails are never kept here — not in memory, not in snapshots on disk: each person
 * points at the event carrying their current details, which the API reads and decrypts through the
 * store's codec for readers allowed to see them (so a forgotten person reads as forgotten at once).
 */
export const peopleProjection: Projection<PeopleState, PeopleState> = {
  name: 'people',
  version: 1,
  canHandle: [...DIRECTORY_TYPES, 'FactRetracted'],
  init: () => ({ persons: {}, byTeam: {}, factPersons: {}, retractions: emptyRetractions() }),
  evolve(state, event: DecodedEvent) {
    if (categoryOf(event.streamId) !== 'person') return state;
    if (event.type === 'FactRetracted') {
      const { factId } = event.data as { factId: string };
      for (const flip of recordRetraction(state.retractions, event.eventId, factId)) {
        const personId = state.factPersons[flip.factId];
        if (personId !== undefined) refresh(state, personId);
      }
      return state;
    }
    const personId = entityOf(event.streamId);
    const record = (state.persons[personId] ??= { facts: [], view: null });
    record.facts.push({
      eventId: event.eventId,
      type: event.type as DirectoryEventType,
      data: withoutPersonalData(event.type, event.data as Record<string, unknown>),
      occurredAt: event.occurredAt,
      position: event.position.toString(),
      revision: event.revision.toString(),
    });
    state.factPersons[event.eventId] = personId;
    refresh(state, personId);
    return state;
  },
  // The state holds no personal field by construction; the snapshot strips them again, so a field
  // added to the state later cannot carry a name to disk by accident.
  toSnapshot: (state) => ({
    ...state,
    persons: Object.fromEntries(
      Object.entries(state.persons).map(([id, record]) => [
        id,
        { view: record.view, facts: record.facts.map((f) => ({ ...f, data: withoutPersonalData(f.type, f.data) })) },
      ]),
    ),
  }),
  fromSnapshot: (snapshot) => snapshot,
};
