import { contextFor, levelsAt, activeMemberCount } from './engine';
import { memberDaysFor } from './criteria/context';
import { fromDay, toDay } from './dates';
import type { IsoDate, MaturityFact } from './facts';
import { affectedBy } from './index/affected';
import type { MaturityIndex } from './index/maturity-index';
import { countSegments } from './intervals';
import type { Segments } from './levels';
import type { MaturityModel } from './model';
import { PROCESS_IDS, type Level, type ProcessId } from './processes';
import { rollUp, type UnitNode, type UnitRollup } from './rollup';
import { timelineSegments, valueAt, type LevelChange } from './timeline';

/**
 * Level timelines (and active-member counts) of every team over a span of dates, computed on
 * first use and dropped when a fact may change them: a heatmap or a roll-up as of any date in the
 * span is then one binary search per cell. Facts as known now only (known-at views are evaluated
 * directly). Mutable, like the index it serves.
 */
export interface LevelCache {
  readonly model: MaturityModel;
  readonly from: number;
  readonly to: number;
  readonly teams: Map<string, TeamTimelines>;
}

interface TeamTimelines {
  readonly levels: Partial<Record<ProcessId, Segments>>;
  members?: { readonly days: readonly number[]; readonly values: readonly number[] };
}

export function createLevelCache(model: MaturityModel, from: IsoDate, to: IsoDate): LevelCache {
  return { model, from: toDay(from), to: toDay(to), teams: new Map() };
}

/** Drops what `fact` may change. Call after adding it to the index. */
export function invalidateLevels(cache: LevelCache, index: MaturityIndex, fact: MaturityFact): void {
  const { teams, processes } = affectedBy(index, fact);
  const forget = (teamId: string) => {
    const timelines = cache.teams.get(teamId);
    if (timelines === undefined) return;
    if (processes === 'all') cache.teams.delete(teamId);
    else for (const process of processes) delete timelines.levels[process];
  };
  if (teams === 'all') for (const teamId of [...cache.teams.keys()]) forget(teamId);
  else for (const teamId of teams) forget(teamId);
}

export function cachedLevelsAt(
  cache: LevelCache,
  index: MaturityIndex,
  teamId: string,
  asOf: IsoDate,
): Record<ProcessId, Level> {
  const day = toDay(asOf);
  if (!covers(cache, day)) return levelsAt(index, cache.model, teamId, asOf);
  const levels = {} as Record<ProcessId, Level>;
  for (const process of PROCESS_IDS) levels[process] = valueAt(segmentsOf(cache, index, teamId, process), day);
  return levels;
}

export function cachedTimeline(
  cache: LevelCache,
  index: MaturityIndex,
  teamId: string,
  process: ProcessId,
): LevelChange[] {
  const segments = segmentsOf(cache, index, teamId, process);
  return segments.days.map((day, i) => ({ date: fromDay(day), level: segments.values[i] }));
}

export function cachedActiveMembers(cache: LevelCache, index: MaturityIndex, teamId: string, asOf: IsoDate): number {
  const day = toDay(asOf);
  if (!covers(cache, day)) return activeMemberCount(index, teamId, asOf);
  const timelines = timelinesOf(cache, teamId);
  if (timelines.members === undefined) {
    const ctx = contextFor(index, cache.model, teamId, fromDay(cache.to), {}, false);
    timelines.members = countSegments(
      memberDaysFor(ctx).map((member) => member.active),
      cache.from,
      cache.to,
    );
  }
  return valueAt(timelines.members, day);
}

/** rollUpAt served from the cache. */
export function cachedRollUpAt(
  cache: LevelCache,
  index: MaturityIndex,
  units: readonly UnitNode[],
  asOf: IsoDate,
): Map<string, UnitRollup> {
  const teams = units
    .filter((unit) => unit.kind === 'team')
    .map((unit) => ({
      teamId: unit.id,
      activeMembers: cachedActiveMembers(cache, index, unit.id, asOf),
      levels: cachedLevelsAt(cache, index, unit.id, asOf),
    }));
  return rollUp(units, teams);
}

function covers(cache: LevelCache, day: number): boolean {
  return day >= cache.from && day <= cache.to;
}

function timelinesOf(cache: LevelCache, teamId: string): TeamTimelines {
  let timelines = cache.teams.get(teamId);
  if (timelines === undefined) cache.teams.set(teamId, (timelines = { levels: {} }));
  return timelines;
}

function segmentsOf(cache: LevelCache, index: MaturityIndex, teamId: string, process: ProcessId): Segments {
  const { levels } = timelinesOf(cache, teamId);
  if (levels[process] === undefined) {
    const ctx = contextFor(index, cache.model, teamId, fromDay(cache.to), {}, false);
    // Computing the missing ones together shares the members' days between processes.
    for (const p of PROCESS_IDS) if (levels[p] === undefined) levels[p] = timelineSegments(ctx, p, cache.from);
  }
  return levels[process] as Segments;
}
