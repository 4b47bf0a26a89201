import {
  cachedActiveMembers,
  cachedLevelsAt,
  createLevelCache,
  createMaturityIndex,
  fromDay,
  insertFact,
  invalidateLevels,
  teamComplete,
  toDay,
  dayOf,
  type IsoDate,
  type LevelCache,
  type MaturityFact,
  type MaturityIndex,
} from '../maturity';
import { OrgCalendar } from '../maturity-facts';
import { BUILT_IN_MODEL, type ModelVersion } from './models';
import type { UnitView } from './rollups';
import type { UnitTree } from './units';

/**
 * The maturity read model: the engine's index of every fact, the unit tree with its history, the
 * model versions, and per model version a cache of level timelines (derived, dropped per fact).
 * Mutable: the projection's private state, updated in place.
 *
 * The index is the only copy of the facts, as typed-array columns: a snapshot is those columns
 * and a restore wraps them, so the index is complete as soon as it is restored.
 */
export interface MaturityReadModel {
  timeZone: string;
  calendar: OrgCalendar;
  readonly index: MaturityIndex;
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

export function createMaturityReadModel(timeZone = 'UTC', index: MaturityIndex = createMaturityIndex()): MaturityReadModel {
  return {
    timeZone,
    calendar: new OrgCalendar(timeZone),
    index,
    units: new Map(),
    unitDays: null,
    treeMemo: new Map(),
    models: new Map([[1, BUILT_IN_MODEL]]),
    caches: new Map(),
    firstDay: null,
  };
}

/** The index (kept for callers of the lazy restore this replaced: it is always complete). */
export function indexOf(state: MaturityReadModel): MaturityIndex {
  return state.index;
}

/** Nothing left to materialise: a restored index is complete at once. Kept for callers; true. */
export function materialize(_state: MaturityReadModel, _maxFacts: number): boolean {
  return true;
}

/** Adds a fact to the index and drops the cached levels it may change. */
export function applyFact(state: MaturityReadModel, fact: MaturityFact): void {
  const index = state.index;
  const row = insertFact(index, fact);
  if (row === undefined) return;
  for (const cache of state.caches.values()) invalidateLevels(cache, index, fact);
  const day = dayOf(index, row);
  if (state.firstDay === null || day < state.firstDay) state.firstDay = day;
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
 */
export function cacheServes(cache: LevelCache, teamIds: Iterable<string>, from: number, to: number): boolean {
  if (from < cache.from || to > cache.to) return false;
  for (const teamId of teamIds) if (!teamComplete(cache, teamId)) return false;
  return true;
}

/** The index a cached read may use (kept for its callers: always the complete one). */
export function indexForCached(state: MaturityReadModel, _cache: LevelCache, _teamIds: Iterable<string>, _from: number, _to: number): MaturityIndex {
  return state.index;
}

/**
 * One step of warming up after a restore: fill the current model's level cache team by team
 * (today's tree and every team ever known). True when nothing is left. `maxFacts` is unused since
 * the index no longer fills lazily; the signature stays for its callers.
 */
export function warmUp(state: MaturityReadModel, today: IsoDate, _maxFacts: number, maxTeams: number): boolean {
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
