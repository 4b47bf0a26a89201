import { profileAt, timeline, type Fact, type PersonEvent, type PersonState, type TeamRole } from '@norte/domain';
import { counts, emptyRetractions, isRetraction, recordRetraction, type Retractions } from '../audit-trail/retractions';
import { categoryOf, entityOf } from '../audit-trail/streams';
import { addKey, findKey, idOf, keyTable, type KeyTable } from '../shared/key-table';
import type { DecodedEvent, Projection } from '../shared/projection';
import {
  addRow,
  ID_WIDTH,
  idTest,
  instant,
  intern,
  interned,
  internOrNull,
  ledgerFact,
  readId,
  table,
  trimmed,
  valueOrNull,
  writeId,
  type Interned,
  type Table,
} from '../roadmap/compact';
import { packed, pushString, stringAt, stringList, type StringList } from './string-list';

type DirectoryEventType = 'PersonEnrolled' | 'PersonDetailsCorrected' | 'TeamRoleChanged' | 'PersonMovedTeam' | 'JobProfileChanged' | 'PersonLeft';
const DIRECTORY_TYPES: readonly DirectoryEventType[] = ['PersonEnrolled', 'PersonDetailsCorrected', 'TeamRoleChanged', 'PersonMovedTeam', 'JobProfileChanged', 'PersonLeft'];
const KIND = new Map(DIRECTORY_TYPES.map((type, kind) => [type as string, kind]));
const [ENROLLED, DETAILS_CORRECTED, , MOVED] = [0, 1, 2, 3];

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

/**
 * A person's facts and current standing. The standing is replayed with the domain's membership
 * rules whenever one of their facts arrives or flips, since listing order depends on when people
 * arrived on their team.
 */
const personColumns = (n: number) => ({
  firstFact: new Int32Array(n),
  lastFact: new Int32Array(n),
  /** The enrolment the standing dates from; -1: no standing (never enrolled, or enrolment retracted). */
  enrolment: new Int32Array(n),
  /** The latest fact carrying the person's details. */
  details: new Int32Array(n),
  /** Team number, role and job profile (indexes in `strings`, -1 for null). */
  team: new Int32Array(n),
  role: new Int32Array(n),
  profile: new Int32Array(n),
  /** Epoch ms of the leaving, NaN while on a team. */
  leftAt: new Float64Array(n),
  /** The people listed under the same team (their current or last one), in order of arrival there; -1 ends. */
  previousInTeam: new Int32Array(n),
  nextInTeam: new Int32Array(n),
});

/** Per team number: the first and last person listed under it, -1 for none. */
const teamColumns = (n: number) => ({
  first: new Int32Array(n),
  last: new Int32Array(n),
});

/**
 * Directory facts in arrival order, without their personal fields (name, e-mail): this read model
 * never holds them, in memory or on disk.
 */
const factColumns = (n: number) => ({
  /** Index in DIRECTORY_TYPES. */
  kind: new Uint8Array(n),
  /** Business time, epoch ms. */
  at: new Float64Array(n),
  position: new BigInt64Array(n),
  revision: new BigInt64Array(n),
  eventId: new Uint32Array(n * ID_WIDTH),
  /** Team numbers: the team (moves: the one joined), and the one left by a move; -1 when absent. */
  team: new Int32Array(n),
  fromTeam: new Int32Array(n),
  /** Indexes in `strings`, -1 for none. */
  role: new Int32Array(n),
  profile: new Int32Array(n),
  /** Enrolments: index in `externalIds`. */
  externalId: new Int32Array(n),
  /** Next fact of the same person; -1 ends the chain. */
  next: new Int32Array(n),
  /** 1 while an effective retraction targets it. */
  retracted: new Uint8Array(n),
});

export interface PeopleState {
  /** People by id: a person's key is their row in `persons`. */
  personKeys: KeyTable;
  persons: Table<ReturnType<typeof personColumns>>;
  facts: Table<ReturnType<typeof factColumns>>;
  /** Team ids, numbered in order of first use. */
  teams: Interned;
  /** Per team number: the people listed under it (their current or last team), a chain through `persons`. */
  teamLists: Table<ReturnType<typeof teamColumns>>;
  /** Roles and job profile ids. */
  strings: Interned;
  externalIds: StringList;
  /** Event ids that are no UUID (see compact.ts). */
  otherIds: string[];
  /** Only retractions whose chain ends at a directory fact. */
  retractions: Retractions;
  /**
   * Flips of a fact not held here when they happened (none in a consistent log: a fact precedes its
   * retractions in its stream). While there are none, arriving facts need no retraction lookup.
   */
  unmatchedFlips: number;
}

export type PeopleSnapshot = Omit<PeopleState, 'teams' | 'strings'> & { teams: string[]; strings: string[] };

const field = (data: Readonly<Record<string, unknown>>, name: string): string | null => {
  const value = data[name];
  return typeof value === 'string' ? value : null;
};

/** The person's row (their key), or -1. */
export const personRowOf = (state: PeopleState, personId: string): number => findKey(state.personKeys, 0, personId);

export const personIdOf = (state: PeopleState, person: number): string => idOf(state.personKeys, person);

function personRow(state: PeopleState, personId: string): number {
  const known = personRowOf(state, personId);
  if (known >= 0) return known;
  const row = addRow(state.persons);
  const { columns } = state.persons;
  columns.firstFact[row] = -1;
  columns.lastFact[row] = -1;
  columns.enrolment[row] = -1;
  columns.team[row] = -1;
  columns.previousInTeam[row] = -1;
  columns.nextInTeam[row] = -1;
  addKey(state.personKeys, 0, personId);
  return row;
}

function teamNumber(state: PeopleState, teamId: string | null | undefined): number {
  if (typeof teamId !== 'string') return -1;
  const team = intern(state.teams, teamId);
  while (state.teamLists.count <= team) {
    const row = addRow(state.teamLists);
    state.teamLists.columns.first[row] = -1;
    state.teamLists.columns.last[row] = -1;
  }
  return team;
}

/** People listed under a team, in order of arrival there. */
export function listedUnder(state: PeopleState, team: number): number[] {
  const people: number[] = [];
  if (team < 0 || team >= state.teamLists.count) return people;
  const { nextInTeam } = state.persons.columns;
  for (let person = state.teamLists.columns.first[team]; person >= 0; person = nextInTeam[person]) people.push(person);
  return people;
}

function unlist(state: PeopleState, team: number, person: number): void {
  const { previousInTeam, nextInTeam } = state.persons.columns;
  const { first, last } = state.teamLists.columns;
  const previous = previousInTeam[person];
  const next = nextInTeam[person];
  if (previous >= 0) nextInTeam[previous] = next;
  else first[team] = next;
  if (next >= 0) previousInTeam[next] = previous;
  else last[team] = previous;
  previousInTeam[person] = -1;
  nextInTeam[person] = -1;
}

function list(state: PeopleState, team: number, person: number): void {
  const { previousInTeam, nextInTeam } = state.persons.columns;
  const { first, last } = state.teamLists.columns;
  const previous = last[team];
  previousInTeam[person] = previous;
  nextInTeam[person] = -1;
  if (previous >= 0) nextInTeam[previous] = person;
  else first[team] = person;
  last[team] = person;
}

function addFact(state: PeopleState, person: number, event: DecodedEvent, kind: number): void {
  const data = event.data as Readonly<Record<string, unknown>>;
  const row = addRow(state.facts);
  const { columns } = state.facts;
  columns.kind[row] = kind;
  columns.at[row] = Date.parse(event.occurredAt);
  columns.position[row] = event.position;
  columns.revision[row] = event.revision;
  writeId(columns.eventId, row, event.eventId, state.otherIds);
  columns.team[row] = teamNumber(state, field(data, kind === MOVED ? 'toTeamId' : 'teamId'));
  columns.fromTeam[row] = teamNumber(state, field(data, 'fromTeamId'));
  columns.role[row] = internOrNull(state.strings, field(data, 'role'));
  columns.profile[row] = internOrNull(state.strings, field(data, 'jobProfileId'));
  columns.externalId[row] = kind === ENROLLED ? pushString(state.externalIds, String(data['externalId'])) : -1;
  columns.next[row] = -1;
  // A fact recorded after its own retraction (never in a consistent log) must not count either.
  columns.retracted[row] = state.unmatchedFlips > 0 && !counts(state.retractions, event.eventId) ? 1 : 0;
  const persons = state.persons.columns;
  if (persons.firstFact[person] < 0) persons.firstFact[person] = row;
  else columns.next[persons.lastFact[person]] = row;
  persons.lastFact[person] = row;
}

/** The fact's event as the domain's membership rules read it (only the fields they use). */
function domainEvent(state: PeopleState, row: number): PersonEvent {
  const { columns } = state.facts;
  const team = (number: number) => (number < 0 ? undefined : state.teams.values[number]);
  const type = DIRECTORY_TYPES[columns.kind[row]];
  const role = valueOrNull(state.strings, columns.role[row]);
  const jobProfileId = valueOrNull(state.strings, columns.profile[row]);
  const data =
    type === 'PersonMovedTeam'
      ? { fromTeamId: team(columns.fromTeam[row]), toTeamId: team(columns.team[row]), role }
      : { teamId: team(columns.team[row]), role, jobProfileId };
  return { type, data } as unknown as PersonEvent;
}

/**
 * Most people have one fact, their enrolment: the membership rules make it an open stint on its
 * team with its role and job profile, and the details it carries. Kept without a replay.
 */
function standingOfSoleEnrolment(state: PeopleState, person: number): boolean {
  const standing = state.persons.columns;
  const facts = state.facts.columns;
  const row = standing.firstFact[person];
  if (row !== standing.lastFact[person] || facts.kind[row] !== ENROLLED || facts.retracted[row]) return false;
  standing.enrolment[person] = row;
  standing.details[person] = row;
  standing.team[person] = facts.team[row];
  standing.role[person] = facts.role[row];
  standing.profile[person] = facts.profile[row];
  standing.leftAt[person] = Number.NaN;
  return true;
}

/** Replays the person's counting facts with the domain's membership rules and keeps the standing. */
function replay(state: PeopleState, person: number): void {
  if (standingOfSoleEnrolment(state, person)) return;
  const { columns } = state.facts;
  const facts = new Map<string, Fact<PersonEvent>>();
  const order: string[] = [];
  // The ledger only needs ids unique within the person: '0', '1', … name rows[0], rows[1], …
  const rows: number[] = [];
  let details = -1;
  for (let row = state.persons.columns.firstFact[person]; row >= 0; row = columns.next[row]) {
    if (columns.retracted[row]) continue;
    const eventId = String(rows.length);
    facts.set(eventId, ledgerFact(eventId, domainEvent(state, row), columns.at[row], rows.length));
    order.push(eventId);
    rows.push(row);
    const kind = columns.kind[row];
    if ((kind === ENROLLED || kind === DETAILS_CORRECTED) && (details < 0 || columns.position[row] > columns.position[details])) details = row;
  }
  const replayed: PersonState = { ledger: { facts, order } };
  const { stints } = timeline(replayed);
  const last = stints[stints.length - 1];
  const standing = state.persons.columns;
  if (!last) {
    standing.enrolment[person] = -1;
    standing.team[person] = -1;
    return;
  }
  const enrolment = [...stints].reverse().map((s) => rows[Number(s.startedBy)]).find((row) => columns.kind[row] === ENROLLED) as number;
  standing.enrolment[person] = enrolment;
  standing.details[person] = details;
  standing.team[person] = teamNumber(state, last.teamId);
  standing.role[person] = internOrNull(state.strings, last.role);
  standing.profile[person] = internOrNull(state.strings, profileAt(replayed, Number.POSITIVE_INFINITY));
  // A stint ends only with the fact ending it (a leaving), dated at its business time.
  standing.leftAt[person] = last.endedBy === null ? Number.NaN : columns.at[rows[Number(last.endedBy)]];
}

/** Replays a person and moves them to the end of their new team's list when their team changed. */
function refresh(state: PeopleState, person: number): void {
  const before = state.persons.columns.team[person];
  replay(state, person);
  const after = state.persons.columns.team[person];
  if (before === after) return;
  if (before >= 0) unlist(state, before, person);
  if (after >= 0) list(state, after, person);
}

/** The person's fact with this id, or -1. */
function factOfPerson(state: PeopleState, person: number, eventId: string): number {
  const { columns } = state.facts;
  const isIt = idTest(columns.eventId, eventId, state.otherIds);
  for (let row = state.persons.columns.firstFact[person]; row >= 0; row = columns.next[row]) if (isIt(row)) return row;
  return -1;
}

/** Whether a retraction can end at a directory fact: its target is one, or is a retraction that does. */
function concernsDirectory(retractions: Retractions, data: { factId: string; factType?: string }): boolean {
  if (data.factType === undefined) return true;
  if (data.factType === 'FactRetracted') return isRetraction(retractions, data.factId);
  return KIND.has(data.factType);
}

function applyRetraction(state: PeopleState, event: DecodedEvent): void {
  const data = event.data as { factId: string; factType?: string };
  if (!concernsDirectory(state.retractions, data)) return;
  const row = personRowOf(state, entityOf(event.streamId));
  const person = row < 0 ? undefined : row;
  for (const flip of recordRetraction(state.retractions, event.eventId, data.factId)) {
    // A retraction lives in the stream of its fact: the person's own.
    const row = person === undefined ? -1 : factOfPerson(state, person, flip.factId);
    if (row < 0) {
      state.unmatchedFlips++;
      continue;
    }
    state.facts.columns.retracted[row] = flip.counts ? 0 : 1;
    refresh(state, person as number);
  }
}

/** The person's current standing, or null for someone never enrolled (or whose enrolment is retracted). */
export function personViewAt(state: PeopleState, person: number): PersonView | null {
  const standing = state.persons.columns;
  const enrolment = standing.enrolment[person];
  if (enrolment < 0) return null;
  const facts = state.facts.columns;
  const personId = personIdOf(state, person);
  const details = standing.details[person];
  const leftAt = standing.leftAt[person];
  return {
    personId,
    externalId: stringAt(state.externalIds, facts.externalId[enrolment]),
    teamId: state.teams.values[standing.team[person]],
    role: valueOrNull(state.strings, standing.role[person]) as TeamRole,
    jobProfileId: valueOrNull(state.strings, standing.profile[person]),
    status: Number.isNaN(leftAt) ? 'active' : 'left',
    enrolledAt: instant(facts.at[enrolment]),
    leftAt: Number.isNaN(leftAt) ? null : instant(leftAt),
    details: { streamId: `person-${personId}`, revision: facts.revision[details].toString(), eventId: readId(facts.eventId, details, state.otherIds) },
  };
}

const init = (): PeopleState => ({
  personKeys: keyTable(),
  persons: table(personColumns),
  facts: table(factColumns),
  teams: interned(),
  teamLists: table(teamColumns),
  strings: interned(),
  externalIds: stringList(),
  otherIds: [],
  retractions: emptyRetractions(),
  unmatchedFlips: 0,
});

/**
 * The people directory: team, role, job profile, status and enrolment date of everyone enrolled.
 * Names and e-mails are never kept here — not in memory, not in snapshots on disk: each person
 * points at the event carrying their current details, which the API reads and decrypts through the
 * store's codec for readers allowed to see them (so a forgotten person reads as forgotten at once).
 */
export const peopleProjection: Projection<PeopleState, PeopleSnapshot> = {
  name: 'people',
  version: 3,
  canHandle: [...DIRECTORY_TYPES, 'FactRetracted'],
  init,
  evolve(state, event: DecodedEvent) {
    if (categoryOf(event.streamId) !== 'person') return state;
    if (event.type === 'FactRetracted') {
      applyRetraction(state, event);
      return state;
    }
    const kind = KIND.get(event.type);
    if (kind === undefined) return state;
    const person = personRow(state, entityOf(event.streamId));
    addFact(state, person, event, kind);
    refresh(state, person);
    return state;
  },
  // The state holds no personal field by construction: only ids, dates, positions, roles and profiles.
  toSnapshot: (state) => ({
    personKeys: state.personKeys,
    persons: trimmed(state.persons),
    facts: trimmed(state.facts),
    teams: state.teams.values,
    teamLists: trimmed(state.teamLists),
    strings: state.strings.values,
    externalIds: packed(state.externalIds),
    otherIds: state.otherIds,
    retractions: state.retractions,
    unmatchedFlips: state.unmatchedFlips,
  }),
  fromSnapshot: (snapshot) => ({ ...snapshot, teams: interned(snapshot.teams), strings: interned(snapshot.strings) }),
};
