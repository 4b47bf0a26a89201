import type { OrganisationEvent, PersonEvent } from '@norte/domain';
import { append, column, get, intList, push, set, type Column, type IntList } from '../shared/columns';
import { addKey, findKey, keyTable, room, type KeyTable } from '../shared/key-table';
import { addId, addRef, eventIds, findInStream, idMatcher, indexOf, intern, logRefs, names, streamIndex, type EventIds, type LogRefs, type Names } from '../audit-trail/log-refs';
import { emptyRetractions, isRetraction, recordRetraction, type Retractions } from '../audit-trail/retractions';
import type { DecodedEvent, Projection } from '../shared/projection';
import { ACTIVITY_KINDS, ROADMAP_CHANGES, teamEntryKind, type ActivityKind } from './activity-feed.details';

export * from './activity-feed.details';

/** Membership facts (enrolled, moved, left), to place a person's trainings on the team they were on. */
export interface Memberships {
  /** Per person stream (its index in the entries' `refs.streams`), its last membership fact; -1 for none. */
  readonly lastOfPerson: Column<'int32'>;
  readonly previousOfPerson: Column<'int32'>;
  /** Business time, epoch milliseconds. */
  readonly at: Column<'float64'>;
  readonly position: Column<'float64'>;
  /** The team joined (its index in `teams`), or -1 (left). */
  readonly team: Column<'int32'>;
  /** 1 while no effective retraction stands against the fact. */
  readonly counts: Column<'uint8'>;
  readonly ids: EventIds;
  /** Retractions of membership facts (and of those retractions): rare, kept by id. */
  readonly retractions: Retractions;
}

/**
 * The feed as pointers into the log: per entry its event's (stream, revision, position, id), the
 * team it shows on, its kind and whether it counts now. Details are built from the events read
 * back from the log (activity-feed.queries.ts). Plain data — typed-array columns, ids interned in
 * key tables, arrays — so a snapshot is its structured clone (the teams' entry lists packed into
 * one array), and restores without building a Map.
 */
export interface ActivityFeedState {
  /** Entries' events, in global order (entry index = ref index). */
  readonly refs: LogRefs;
  /** Per entry: the team (index in `teams`) it shows on. */
  readonly team: Column<'int32'>;
  /** Per entry: its kind (index in ACTIVITY_KINDS), plus COUNTS while no effective retraction stands against it. */
  readonly kind: Column<'uint8'>;
  /**
   * Per entry, what its details need beyond its event: a roadmap change → the entry of its item's
   * planning; a training → its course title (index in `courseTitles`) or -1; a retraction → the entry it retracts.
   */
  readonly link: Column<'int32'>;
  readonly teams: Names;
  /** Per team index, its entries in global order. */
  readonly teamEntries: IntList[];
  /** Per stream index, the team index of a team stream; -1 for other streams. */
  readonly teamOfStream: Column<'int32'>;
  readonly memberships: Memberships;
  /** Course id → index of its title in `courseTitles`. */
  readonly courses: Map<string, number>;
  readonly courseTitles: string[];
  /** Roadmap items by (team index, item id), and per item the entry of its planning. */
  readonly items: KeyTable;
  itemEntry: Int32Array;
}

/** The teams' entry lists in one array, each at its full capacity (restored as views: no copy, same lists). */
export interface PackedEntryLists {
  readonly items: Int32Array;
  readonly capacities: Int32Array;
  readonly lengths: Int32Array;
}

/** What a snapshot keeps: the state, its thousands of small entry lists packed into one array. */
export type ActivityFeedSnapshot = Omit<ActivityFeedState, 'teamEntries'> & { readonly teamEntries: PackedEntryLists };

function packLists(lists: readonly IntList[]): PackedEntryLists {
  const capacities = new Int32Array(lists.length);
  const lengths = new Int32Array(lists.length);
  let total = 0;
  lists.forEach((list, i) => {
    capacities[i] = list.items.length;
    lengths[i] = list.length;
    total += list.items.length;
  });
  const items = new Int32Array(total);
  let at = 0;
  for (const list of lists) {
    items.set(list.items, at);
    at += list.items.length;
  }
  return { items, capacities, lengths };
}

function unpackLists({ items, capacities, lengths }: PackedEntryLists): IntList[] {
  const lists: IntList[] = [];
  let at = 0;
  for (let i = 0; i < capacities.length; i++) {
    // A view of its own capacity: pushes fill it, then `push` copies it out to grow.
    lists.push({ items: items.subarray(at, at + capacities[i]), length: lengths[i] });
    at += capacities[i];
  }
  return lists;
}

export const COUNTS = 0x80;
const KIND = 0x7f;
const RETRACTION = ACTIVITY_KINDS.indexOf('retraction');
const TRAINING = ACTIVITY_KINDS.indexOf('training');
const ROADMAP = ACTIVITY_KINDS.indexOf('roadmap');

/** Kind codes of team-stream event types shown in the feed: one Map lookup per event. */
const TEAM_KINDS: ReadonlyMap<string, number> = new Map(
  [
    'WorkshopHeld', 'CoachingSessionHeld', 'RecognitionGranted', 'SurveyResultRecorded', 'CsatRecorded', 'MysteryShopRecorded', 'KpiMeasured',
    ...Object.keys(ROADMAP_CHANGES),
  ].map((type) => [type, ACTIVITY_KINDS.indexOf(teamEntryKind(type) as ActivityKind)]),
);

export const kindOf = (state: ActivityFeedState, entry: number): ActivityKind => ACTIVITY_KINDS[get(state.kind, entry) & KIND];
export const entryCounts = (state: ActivityFeedState, entry: number): boolean => (get(state.kind, entry) & COUNTS) !== 0;
export const entryCount = (state: ActivityFeedState): number => state.kind.length;

function teamIndex(state: ActivityFeedState, teamId: string): number {
  const team = intern(state.teams, teamId);
  if (team === state.teamEntries.length) state.teamEntries.push(intList());
  return team;
}

/** The team of a team stream, cached per stream: this runs for every team event. */
function teamOfStream(state: ActivityFeedState, stream: number, streamId: string): number {
  while (state.teamOfStream.length <= stream) append(state.teamOfStream, -1);
  let team = get(state.teamOfStream, stream);
  if (team < 0) {
    team = teamIndex(state, streamId.slice(streamId.indexOf('-') + 1));
    set(state.teamOfStream, stream, team);
  }
  return team;
}

function add(state: ActivityFeedState, event: DecodedEvent, stream: number, team: number, kind: number, link: number): number {
  const entry = addRef(state.refs, event, stream);
  append(state.team, team);
  append(state.kind, kind | COUNTS);
  append(state.link, link);
  push(state.teamEntries[team], entry);
  return entry;
}

/** The person's team at an instant: the latest membership fact by then (business time, then global order) that counts now. */
function teamAt(state: ActivityFeedState, person: number, at: number): number {
  const m = state.memberships;
  let team = -1;
  let latestAt = -Infinity;
  let latestPosition = -Infinity;
  for (let ref = get(m.lastOfPerson, person); ref >= 0; ref = get(m.previousOfPerson, ref)) {
    const refAt = get(m.at, ref);
    const position = get(m.position, ref);
    if (refAt > at || get(m.counts, ref) === 0) continue;
    if (refAt > latestAt || (refAt === latestAt && position > latestPosition)) {
      latestAt = refAt;
      latestPosition = position;
      team = get(m.team, ref);
    }
  }
  return team;
}

function joined(state: ActivityFeedState, event: DecodedEvent, person: number, teamId: string | null): void {
  const m = state.memberships;
  while (m.lastOfPerson.length <= person) append(m.lastOfPerson, -1);
  const ref = append(m.at, Date.parse(event.occurredAt));
  append(m.position, Number(event.position));
  append(m.team, teamId === null ? -1 : teamIndex(state, teamId));
  append(m.counts, 1);
  addId(m.ids, ref, event.eventId);
  append(m.previousOfPerson, get(m.lastOfPerson, person));
  set(m.lastOfPerson, person, ref);
}

function personEvent(state: ActivityFeedState, event: DecodedEvent): void {
  const domain = { type: event.type, data: event.data } as PersonEvent;
  const person = streamIndex(state.refs, event.streamId);
  switch (domain.type) {
    case 'PersonEnrolled':
      return joined(state, event, person, domain.data.teamId);
    case 'PersonMovedTeam':
      return joined(state, event, person, domain.data.toTeamId);
    case 'PersonLeft':
      return joined(state, event, person, null);
    case 'TrainingCompleted': {
      const team = person < state.memberships.lastOfPerson.length ? teamAt(state, person, Date.parse(event.occurredAt)) : -1;
      if (team >= 0) add(state, event, person, team, TRAINING, state.courses.get(domain.data.courseId) ?? -1);
      return;
    }
    default:
      return;
  }
}

function teamEvent(state: ActivityFeedState, event: DecodedEvent): void {
  const kind = TEAM_KINDS.get(event.type);
  if (kind === undefined) return;
  const stream = streamIndex(state.refs, event.streamId);
  const team = teamOfStream(state, stream, event.streamId);
  if (kind !== ROADMAP) {
    add(state, event, stream, team, kind, -1);
    return;
  }
  const { itemId } = event.data as { itemId: string };
  if (event.type !== 'RoadmapItemPlanned') {
    const item = findKey(state.items, team, itemId);
    add(state, event, stream, team, kind, item < 0 ? -1 : state.itemEntry[item]);
    return;
  }
  const entry = add(state, event, stream, team, kind, -1);
  set(state.link, entry, entry);
  const item = addKey(state.items, team, itemId);
  state.itemEntry = room(state.itemEntry, item);
  state.itemEntry[item] = entry;
}

/** Whether a retraction entry that itself counts stands against an entry: they follow it in its stream. */
function retractedNow(state: ActivityFeedState, entry: number): boolean {
  const { refs } = state;
  for (let other = get(refs.lastOfStream, get(refs.stream, entry)); other > entry; other = get(refs.previousInStream, other)) {
    const code = get(state.kind, other);
    if ((code & KIND) === RETRACTION && code & COUNTS && get(state.link, other) === entry) return true;
  }
  return false;
}

/**
 * Sets whether an entry counts after a retraction against it came or went; a retraction that stops
 * (or starts again) counting restores (or retracts again) what it retracts, down the chain.
 */
function settle(state: ActivityFeedState, entry: number): void {
  const code = get(state.kind, entry);
  const counts = !retractedNow(state, entry);
  if (counts === ((code & COUNTS) !== 0)) return;
  set(state.kind, entry, (code & KIND) | (counts ? COUNTS : 0));
  if ((code & KIND) === RETRACTION) settle(state, get(state.link, entry));
}

/** Retractions of membership facts: which still count decides where a later training is placed. */
function membershipRetraction(state: ActivityFeedState, event: DecodedEvent, factId: string): void {
  const m = state.memberships;
  const person = indexOf(state.refs.streams, event.streamId);
  if (person === undefined || person >= m.lastOfPerson.length) return;
  const membershipOf = (id: string) => {
    const matches = idMatcher(m.ids, id);
    for (let ref = get(m.lastOfPerson, person); ref >= 0; ref = get(m.previousOfPerson, ref)) if (matches(ref)) return ref;
    return -1;
  };
  if (membershipOf(factId) < 0 && !isRetraction(m.retractions, factId)) return;
  for (const flip of recordRetraction(m.retractions, event.eventId, factId)) {
    const ref = membershipOf(flip.factId);
    if (ref >= 0) set(m.counts, ref, flip.counts ? 1 : 0);
  }
}

/**
 * A retraction of an entry (a fact or a retraction shown in the feed) is shown on its target's team
 * and takes the target out while it counts. Others matter only when they touch a membership fact.
 * A fact is retracted in its own stream: the target is looked for there.
 */
function retraction(state: ActivityFeedState, event: DecodedEvent): void {
  const { factId } = event.data as { factId: string };
  const target = findInStream(state.refs, event.streamId, factId);
  if (target < 0) {
    if (event.streamId.startsWith('person-')) membershipRetraction(state, event, factId);
    return;
  }
  add(state, event, get(state.refs.stream, target), get(state.team, target), RETRACTION, target);
  settle(state, target);
}

/**
 * Recent facts per team, for the feed of any unit: workshops, coaching sessions (without their
 * note), trainings of the team's members, recognitions, roadmap changes, measurements and the
 * retractions of any of these. An entry is shown while it counts: a retracted fact leaves the
 * feed, a retracted retraction brings it back (and its own entry leaves).
 */
export const activityFeedProjection: Projection<ActivityFeedState, ActivityFeedSnapshot> = {
  name: 'activity-feed',
  version: 3,
  canHandle: [
    'WorkshopHeld', 'CoachingSessionHeld', 'RecognitionGranted', 'SurveyResultRecorded', 'CsatRecorded', 'MysteryShopRecorded', 'KpiMeasured',
    'RoadmapItemPlanned', 'RoadmapItemStarted', 'RoadmapItemCompleted', 'RoadmapItemRescheduled', 'RoadmapItemBlocked', 'RoadmapItemUnblocked',
    'RoadmapItemCancelled', 'PersonEnrolled', 'PersonMovedTeam', 'PersonLeft', 'TrainingCompleted', 'CourseDefined', 'FactRetracted',
  ],
  init: () => ({
    refs: logRefs(),
    team: column('int32'),
    kind: column('uint8'),
    link: column('int32'),
    teams: names(),
    teamEntries: [],
    teamOfStream: column('int32'),
    memberships: {
      lastOfPerson: column('int32'),
      previousOfPerson: column('int32'),
      at: column('float64'),
      position: column('float64'),
      team: column('int32'),
      counts: column('uint8'),
      ids: eventIds(),
      retractions: emptyRetractions(),
    },
    courses: new Map(),
    courseTitles: [],
    items: keyTable(),
    itemEntry: new Int32Array(8),
  }),
  evolve(state, event) {
    // Prefix tests, not categoryOf: slicing a string per event costs at millions of events.
    const { streamId } = event;
    if (streamId.startsWith('team-')) {
      if (event.type === 'FactRetracted') retraction(state, event);
      else teamEvent(state, event);
    } else if (streamId.startsWith('person-')) {
      if (event.type === 'FactRetracted') retraction(state, event);
      else personEvent(state, event);
    } else if (streamId.startsWith('organisation-') && event.type === 'CourseDefined') {
      const { data } = event as unknown as Extract<OrganisationEvent, { type: 'CourseDefined' }>;
      state.courses.set(data.courseId, state.courseTitles.length);
      state.courseTitles.push(data.title);
    }
    return state;
  },
  toSnapshot: (state) => ({ ...state, teamEntries: packLists(state.teamEntries) }),
  fromSnapshot: (snapshot) => ({ ...snapshot, teamEntries: unpackLists(snapshot.teamEntries) }),
};
