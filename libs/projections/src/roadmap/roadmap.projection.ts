import type { ItemStatus, RoadmapEvent } from '@norte/domain';
import { counts, emptyRetractions, isRetraction, recordRetraction, type Retractions } from '../audit-trail/retractions';
import { categoryOf, entityOf } from '../audit-trail/streams';
import { addKey, findKey, idOf, keyTable, type KeyTable } from '../shared/key-table';
import type { DecodedEvent, Projection } from '../shared/projection';
import {
  addRow,
  ID_WIDTH,
  idTest,
  intern,
  interned,
  internOrNull,
  lookup,
  table,
  trimmed,
  writeId,
  type Interned,
  type Table,
} from './compact';

export type RoadmapChangeKind = 'planned' | 'started' | 'completed' | 'rescheduled' | 'blocked' | 'unblocked' | 'cancelled';

/** One accepted step of an item's history. */
export interface RoadmapChange {
  readonly eventId: string;
  readonly change: RoadmapChangeKind;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly position: string;
  /** The item's status after this change. */
  readonly status: ItemStatus;
  /** Planned and rescheduled: the due date set. */
  readonly dueDate: string | null;
  /** Rescheduled, blocked, cancelled. */
  readonly reason: string | null;
  /** Completed. */
  readonly evidence: string | null;
}

export interface RoadmapItemView {
  readonly teamId: string;
  readonly itemId: string;
  readonly processId: string;
  readonly practiceId: string;
  readonly title: string;
  /** Person id; names are read through the people directory by those allowed. */
  readonly ownerId: string;
  readonly dueDate: string;
  readonly status: ItemStatus;
  readonly blockedReason: string | null;
  readonly plannedAt: string;
  readonly updatedAt: string;
  /** Position of the planning fact: the order items were created in. */
  readonly position: string;
  readonly history: readonly RoadmapChange[];
}

export const ROADMAP_TYPES: readonly RoadmapEvent['type'][] = [
  'RoadmapItemPlanned', 'RoadmapItemStarted', 'RoadmapItemCompleted', 'RoadmapItemRescheduled',
  'RoadmapItemBlocked', 'RoadmapItemUnblocked', 'RoadmapItemCancelled',
];
/** A fact's type is stored as its index in ROADMAP_TYPES. */
export const PLANNED = 0;
export const COMPLETED = 2;
const KIND = new Map(ROADMAP_TYPES.map((type, kind) => [type as string, kind]));

/** Roadmap items: the team they belong to and the chain of their facts. */
const itemColumns = (n: number) => ({
  team: new Int32Array(n),
  firstFact: new Int32Array(n),
  lastFact: new Int32Array(n),
  /** Next item of the same team, in arrival order; -1 ends the chain. */
  nextInTeam: new Int32Array(n),
  /**
   * The item's replayed status, remembered by the queries (roadmap.items.ts) so a unit's attention
   * list replays only the items it shows: 0 not known (cleared by every change to the item's
   * facts), 1 no planning counts, else 2 + the index in ITEM_STATUSES.
   */
  knownStatus: new Uint8Array(n),
  /** With a known status: the due date (index in `strings`). */
  knownDueDate: new Int32Array(n),
});

/**
 * Every roadmap fact, retracted or not (a retracted retraction brings one back), in arrival order.
 * Only what the board and the history show is kept; the status is replayed when read.
 */
const factColumns = (n: number) => ({
  item: new Int32Array(n),
  /** Index in ROADMAP_TYPES. */
  kind: new Uint8Array(n),
  /** Business and record time, epoch ms. */
  at: new Float64Array(n),
  recordedAt: new Float64Array(n),
  position: new BigInt64Array(n),
  eventId: new Uint32Array(n * ID_WIDTH),
  /** Planned and rescheduled: the due date (index in `strings`), else -1. */
  dueDate: new Int32Array(n),
  /** Completed: the evidence; rescheduled, blocked, cancelled: the reason (index in `strings`, -1 for none). */
  text: new Int32Array(n),
  /** Planned: its row in `plans`, else -1. */
  plan: new Int32Array(n),
  /** Next fact of the same item; -1 ends the chain. */
  next: new Int32Array(n),
  /** 1 while an effective retraction targets it. */
  retracted: new Uint8Array(n),
});

/** What a planning fact says about the item, as indexes in `strings`. */
const planColumns = (n: number) => ({
  process: new Int32Array(n),
  practice: new Int32Array(n),
  title: new Int32Array(n),
  owner: new Int32Array(n),
});

export type ItemTable = Table<ReturnType<typeof itemColumns>>;
export type FactTable = Table<ReturnType<typeof factColumns>>;
export type PlanTable = Table<ReturnType<typeof planColumns>>;

export interface RoadmapState {
  /** Team ids, numbered in order of first use. */
  teams: Interned;
  /** Per team number: its first and last item, -1 for none. */
  teamFirst: number[];
  teamLast: number[];
  /** Process and practice ids, titles, owner ids, due dates, reasons and evidence. */
  strings: Interned;
  items: ItemTable;
  /** Items by (team number, item id): an item's key is its row. */
  itemKeys: KeyTable;
  facts: FactTable;
  plans: PlanTable;
  /** Event ids that are no UUID (see compact.ts). */
  otherIds: string[];
  /** Only retractions whose chain ends at a roadmap fact. */
  retractions: Retractions;
  /**
   * Flips of a fact not held here when they happened (none in a consistent log: a fact precedes its
   * retractions in its stream). While there are none, arriving facts need no retraction lookup.
   */
  unmatchedFlips: number;
}

export type RoadmapSnapshot = Omit<RoadmapState, 'teams' | 'strings'> & {
  teams: string[];
  strings: string[];
};

const text = (data: object, field: string): string | null => {
  const value = (data as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
};

/** The item's id. */
export const itemIdOf = (state: Pick<RoadmapState, 'itemKeys'>, item: number): string => idOf(state.itemKeys, item);

/** The item's row, added (at the end of its team's chain) on its first fact. */
function itemRow(state: RoadmapState, teamId: string, itemId: string): number {
  const team = intern(state.teams, teamId);
  const known = findKey(state.itemKeys, team, itemId);
  if (known >= 0) return known;

  const row = addRow(state.items);
  const { columns } = state.items;
  columns.team[row] = team;
  columns.firstFact[row] = -1;
  columns.lastFact[row] = -1;
  columns.nextInTeam[row] = -1;
  addKey(state.itemKeys, team, itemId);
  if (team === state.teamFirst.length) {
    state.teamFirst.push(row);
    state.teamLast.push(row);
  } else {
    columns.nextInTeam[state.teamLast[team]] = row;
    state.teamLast[team] = row;
  }
  return row;
}

function planRow(state: RoadmapState, data: Extract<RoadmapEvent, { type: 'RoadmapItemPlanned' }>['data']): number {
  const row = addRow(state.plans);
  const { columns } = state.plans;
  columns.process[row] = intern(state.strings, data.processId);
  columns.practice[row] = intern(state.strings, data.practiceId);
  columns.title[row] = intern(state.strings, data.title);
  columns.owner[row] = intern(state.strings, data.ownerId);
  return row;
}

function addFact(state: RoadmapState, event: DecodedEvent, kind: number): void {
  const data = event.data as RoadmapEvent['data'];
  const item = itemRow(state, data.teamId, data.itemId);
  const row = addRow(state.facts);
  const { columns } = state.facts;
  columns.item[row] = item;
  columns.kind[row] = kind;
  columns.at[row] = Date.parse(event.occurredAt);
  columns.recordedAt[row] = Date.parse(event.recordedAt);
  columns.position[row] = event.position;
  writeId(columns.eventId, row, event.eventId, state.otherIds);
  columns.dueDate[row] = internOrNull(state.strings, text(data, 'dueDate'));
  columns.text[row] = internOrNull(state.strings, text(data, kind === COMPLETED ? 'evidence' : 'reason'));
  columns.plan[row] = kind === PLANNED ? planRow(state, data as Extract<RoadmapEvent, { type: 'RoadmapItemPlanned' }>['data']) : -1;
  columns.next[row] = -1;
  // A fact recorded after its own retraction (never in a consistent log) must not count either.
  columns.retracted[row] = state.unmatchedFlips > 0 && !counts(state.retractions, event.eventId) ? 1 : 0;
  const items = state.items.columns;
  items.knownStatus[item] = 0;
  if (items.firstFact[item] < 0) items.firstFact[item] = row;
  else columns.next[items.lastFact[item]] = row;
  items.lastFact[item] = row;
}

/** A fact of the team stream with this id, or -1: a retraction lives in the stream of its fact. */
function factOfTeam(state: RoadmapState, teamId: string, eventId: string): number {
  const team = lookup(state.teams, teamId);
  if (team < 0) return -1;
  const { facts, items } = state;
  const isIt = idTest(facts.columns.eventId, eventId, state.otherIds);
  for (let item = state.teamFirst[team]; item >= 0; item = items.columns.nextInTeam[item]) {
    for (let fact = items.columns.firstFact[item]; fact >= 0; fact = facts.columns.next[fact]) if (isIt(fact)) return fact;
  }
  return -1;
}

/** Whether a retraction can end at a roadmap fact: its target is one, or is a retraction that does. */
function concernsRoadmap(retractions: Retractions, data: { factId: string; factType?: string }): boolean {
  if (data.factType === undefined) return true;
  if (data.factType === 'FactRetracted') return isRetraction(retractions, data.factId);
  return KIND.has(data.factType);
}

function applyRetraction(state: RoadmapState, event: DecodedEvent): void {
  const data = event.data as { factId: string; factType?: string };
  if (!concernsRoadmap(state.retractions, data)) return;
  for (const flip of recordRetraction(state.retractions, event.eventId, data.factId)) {
    const row = factOfTeam(state, entityOf(event.streamId), flip.factId);
    if (row < 0) state.unmatchedFlips++;
    else {
      state.facts.columns.retracted[row] = flip.counts ? 0 : 1;
      state.items.columns.knownStatus[state.facts.columns.item[row]] = 0;
    }
  }
}

const init = (): RoadmapState => ({
  teams: interned(),
  teamFirst: [],
  teamLast: [],
  strings: interned(),
  items: table(itemColumns),
  itemKeys: keyTable(),
  facts: table(factColumns),
  plans: table(planColumns),
  otherIds: [],
  retractions: emptyRetractions(),
  unmatchedFlips: 0,
});

/**
 * Each team's roadmap: items with their current status and the history of accepted changes.
 * Retracted facts leave it (an item whose planning is retracted disappears); a retracted retraction
 * brings them back. Facts are stored compactly as they arrive; an item's status and history are
 * replayed with the domain's state machine when read (roadmap.items.ts), so the board shows exactly
 * what the deciders accept.
 */
export const roadmapProjection: Projection<RoadmapState, RoadmapSnapshot> = {
  name: 'roadmap',
  version: 3,
  canHandle: [...ROADMAP_TYPES, 'FactRetracted'],
  init,
  evolve(state, event: DecodedEvent) {
    if (categoryOf(event.streamId) !== 'team') return state;
    if (event.type === 'FactRetracted') applyRetraction(state, event);
    else {
      const kind = KIND.get(event.type);
      if (kind !== undefined) addFact(state, event, kind);
    }
    return state;
  },
  toSnapshot: (state) => ({
    teams: state.teams.values,
    teamFirst: state.teamFirst,
    teamLast: state.teamLast,
    strings: state.strings.values,
    items: trimmed(state.items),
    itemKeys: state.itemKeys,
    facts: trimmed(state.facts),
    plans: trimmed(state.plans),
    otherIds: state.otherIds,
    retractions: state.retractions,
    unmatchedFlips: state.unmatchedFlips,
  }),
  fromSnapshot: (snapshot) => ({ ...snapshot, teams: interned(snapshot.teams), strings: interned(snapshot.strings) }),
};
