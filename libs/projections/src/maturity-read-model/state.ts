import {
  addEntry,
  cachedActiveMembers,
  cachedLevelsAt,
  createLevelCache,
  createMaturityIndex,
  fromDay,
  insertFact,
  internAll,
  invalidateLevels,
  PROCESS_IDS as ENGINE_PROCESS_IDS,
  type ProcessId,
  toDay,
  type IsoDate,
  type Entry,
  type LevelCache,
  type MaturityFact,
  type MaturityIndex,
} from '../maturity';
import { OrgCalendar } from '../maturity-facts';
import type { EncodedFacts } from './fact-codec';
import { decodeChunk } from './fact-decode';
import { BUILT_IN_MODEL, type ModelVersion } from './models';
import type { UnitView } from './rollups';
import type { UnitTree } from './units';

// A local copy: hot loops would otherwise read the binding through the barrels' export getters.
const PROCESS_IDS: readonly ProcessId[] = [...ENGINE_PROCESS_IDS];

/**
 * The maturity read model: the engine's index of every fact, the unit tree with its history, the
 * model versions, and per model version a cache of level timelines (derived, dropped per fact).
 * Mutable: the projection's private state, updated in place.
 *
 * The index is the only copy of the facts: a snapshot encodes it (fact-log.ts). After a restore
 * the index fills lazily from the snapshot's encoded facts (`pending`): the level caches saved
 * with the facts serve heatmaps, trends and exports at once; anything else reads the index through
 * `indexOf`, which completes it first. `materialize` completes it in steps, off the critical path.
 */
export interface MaturityReadModel {
  timeZone: string;
  calendar: OrgCalendar;
  /** Read it through `indexOf` (or where a level cache is known to cover the query). */
  readonly index: MaturityIndex;
  pending: Pending | null;
  readonly units: UnitTree;
  /** Derived from `units`, dropped when a unit changes: the days units changed, and trees by date (rollups.ts). */
  unitDays: number[] | null;
  readonly treeMemo: Map<string, UnitView | null>;
  /** By version; 1 is the built-in default. */
  readonly models: Map<number, ModelVersion>;
  readonly caches: Map<number, LevelCache>;
  /** The earliest fact date, where level caches start. */
  firstDay: number | null;
}

interface Pending {
  /**
   * The restored facts, all of them: until the index holds them all no fact can be added (applyFact
   * completes it first), so a snapshot taken meanwhile is these, as they are.
   */
  readonly facts: EncodedFacts;
  /** Next chunk to decode, and the decoded entries of the current one not yet added. */
  chunk: number;
  decoded: Entry[];
  offset: number;
}

export function createMaturityReadModel(timeZone = 'UTC', facts?: EncodedFacts): MaturityReadModel {
  const index = createMaturityIndex();
  // The decoded entries take their strings from the index's table: it is the snapshot's.
  if (facts !== undefined) internAll(index, facts.symbols);
  return {
    timeZone,
    calendar: new OrgCalendar(timeZone),
    index,
    pending: facts !== undefined && facts.chunks.length > 0 ? { facts, chunk: 0, decoded: [], offset: 0 } : null,
    units: new Map(),
    unitDays: null,
    treeMemo: new Map(),
    models: new Map([[1, BUILT_IN_MODEL]]),
    caches: new Map(),
    firstDay: null,
  };
}

/** The complete index: finishes a lazy restore first. */
export function indexOf(state: MaturityReadModel): MaturityIndex {
  while (state.pending !== null) materialize(state, Number.POSITIVE_INFINITY);
  return state.index;
}

/** Moves up to `maxFacts` facts of a lazy restore into the index; true once none is left. */
export function materialize(state: MaturityReadModel, maxFacts: number): boolean {
  const pending = state.pending;
  if (pending === null) return true;
  const chunks = pending.facts.chunks;
  let budget = maxFacts;
  while (budget > 0) {
    if (pending.offset === pending.decoded.length) {
      if (pending.chunk === chunks.length) {
        state.pending = null;
        return true;
      }
      pending.decoded = decodeChunk(state.index.symbols, chunks[pending.chunk++]);
      pending.offset = 0;
    }
    const end = Math.min(pending.decoded.length, pending.offset + budget);
    // Caches restored with these facts already reflect them: nothing to invalidate.
    for (let i = pending.offset; i < end; i++) addEntry(state.index, pending.decoded[i]);
    budget -= end - pending.offset;
    pending.offset = end;
  }
  if (pending.offset === pending.decoded.length && pending.chunk === chunks.length) state.pending = null;
  return state.pending === null;
}

/** Adds a fact to the index and drops the cached levels it may change. */
export function applyFact(state: MaturityReadModel, fact: MaturityFact): void {
  const index = indexOf(state);
  const entry = insertFact(index, fact);
  if (entry === undefined) return;
  for (const cache of state.caches.values()) invalidateLevels(cache, index, fact);
  if (state.firstDay === null || entry.day < state.firstDay) state.firstDay = entry.day;
}

/**
 * Cached levels cover a year before the earliest fact up to a year past today; dates outside are
 * evaluated directly (correct, slower). The margins keep ordinary back-dating and the passing of
 * days from recreating the cache, which recomputes every timeline on use.
 */
const MARGIN_DAYS = 366;

/** The level cache of a model version, (re)created when today has moved past its span. */
export function levelCacheFor(state: MaturityReadModel, version: number, today: IsoDate): LevelCache {
  const todayDay = toDay(today);
  const existing = state.caches.get(version);
  if (existing !== undefined && todayDay <= existing.to && (state.firstDay === null || state.firstDay >= existing.from)) return existing;
  const model = state.models.get(version)?.model;
  if (model === undefined) throw new RangeError(`No maturity model version ${version}`);
  const from = Math.min(state.firstDay ?? todayDay, todayDay) - MARGIN_DAYS;
  const cache = createLevelCache(model, fromDay(from), fromDay(todayDay + MARGIN_DAYS));
  state.caches.set(version, cache);
  return cache;
}

/**
 * Whether the cache holds, for every one of these teams, all seven level timelines and the member
 * counts over days `from` … `to`: reading them then touches neither the index nor the engine.
 * Relies on the shape of the engine's cache entries (also what snapshots save).
 */
export function cacheServes(cache: LevelCache, teamIds: Iterable<string>, from: number, to: number): boolean {
  if (from < cache.from || to > cache.to) return false;
  for (const teamId of teamIds) {
    const timelines = cache.teams.get(teamId) as { levels: Record<string, unknown>; members?: unknown } | undefined;
    if (timelines === undefined || timelines.members === undefined) return false;
    for (const process of PROCESS_IDS) if (timelines.levels[process] === undefined) return false;
  }
  return true;
}

/** The index a cached read may use: the lazy one if the cache covers it, else the complete one. */
export function indexForCached(state: MaturityReadModel, cache: LevelCache, teamIds: Iterable<string>, from: number, to: number): MaturityIndex {
  return state.pending === null || cacheServes(cache, teamIds, from, to) ? state.index : indexOf(state);
}

/**
 * One step of warming up after a restore: materialise the index, then fill the current model's
 * level cache team by team (today's tree and every team ever known). True when nothing is left.
 */
export function warmUp(state: MaturityReadModel, today: IsoDate, maxFacts: number, maxTeams: number): boolean {
  if (!materialize(state, maxFacts)) return false;
  const version = latestModelVersion(state);
  const cache = levelCacheFor(state, version, today);
  const day = toDay(today);
  let filled = 0;
  for (const unit of state.units.values()) {
    if (unit.kind !== 'team' || cacheServes(cache, [unit.id], cache.from, cache.to)) continue;
    if (filled++ === maxTeams) return false;
    cachedLevelsAt(cache, state.index, unit.id, fromDay(day));
    cachedActiveMembers(cache, state.index, unit.id, fromDay(day));
  }
  return true;
}

export function latestModelVersion(state: MaturityReadModel): number {
  return Math.max(...state.models.keys());
}
