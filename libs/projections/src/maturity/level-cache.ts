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
  /** Timelines in use; read them through `cachedTeamTimelines`, which also unpacks restored ones. */
  readonly teams: Map<string, TeamTimelines>;
  /** Timelines restored from a snapshot and not used since: unpacked into `teams` one team at a time. */
  packed?: PackedTimelines;
}

export interface TeamTimelines {
  readonly levels: Partial<Record<ProcessId, Segments>>;
  members?: { readonly days: readonly number[]; readonly values: readonly number[] };
}

/**
 * Many teams' timelines in a few typed arrays (what snapshots save): restoring them makes no
 * objects, so a restart is not slowed by tens of thousands of small arrays it may never read.
 * Series s of slot t (s = 0…6 the processes in PROCESS_IDS order, 7 the member counts) spans
 * `days`/`values` from offsets[t × 8 + s] to offsets[t × 8 + s + 1]; bit s of present[t] says
 * whether it was computed at all.
 */
export interface PackedTimelines {
  readonly teamIds: readonly string[];
  readonly present: Uint8Array;
  readonly offsets: Int32Array;
  readonly days: Int32Array;
  readonly values: Int32Array;
}

const SERIES = PROCESS_IDS.length + 1;
const MEMBERS = PROCESS_IDS.length;

export function createLevelCache(model: MaturityModel, from: IsoDate, to: IsoDate): LevelCache {
  return { model, from: toDay(from), to: toDay(to), teams: new Map() };
}

/** A team's timelines as far as computed (unpacking restored ones), or undefined. */
export function cachedTeamTimelines(cache: LevelCache, teamId: string): TeamTimelines | undefined {
  return cache.teams.get(teamId) ?? unpack(cache, teamId);
}

/** Every team's computed timelines in packed form (the restored ones not yet unpacked included). */
export function packTimelines(cache: LevelCache): PackedTimelines {
  const teams: [string, TeamTimelines][] = [...cache.teams];
  const packed = cache.packed;
  if (packed !== undefined) {
    for (const [teamId, slot] of slotsOf(packed)) if (!cache.teams.has(teamId)) teams.push([teamId, unpackSlot(packed, slot)]);
  }
  const present = new Uint8Array(teams.length);
  const offsets = new Int32Array(teams.length * SERIES + 1);
  let length = 0;
  for (const [, timelines] of teams) {
    for (let s = 0; s < SERIES; s++) length += seriesOf(timelines, s)?.days.length ?? 0;
  }
  const days = new Int32Array(length);
  const values = new Int32Array(length);
  let at = 0;
  teams.forEach(([, timelines], t) => {
    for (let s = 0; s < SERIES; s++) {
      offsets[t * SERIES + s] = at;
      const series = seriesOf(timelines, s);
      if (series === undefined) continue;
      present[t] |= 1 << s;
      days.set(series.days, at);
      values.set(series.values, at);
      at += series.days.length;
    }
  });
  offsets[teams.length * SERIES] = at;
  return { teamIds: teams.map(([teamId]) => teamId), present, offsets, days, values };
}

/** Whether the team's seven level timelines and member counts are all computed. */
export function teamComplete(cache: LevelCache, teamId: string): boolean {
  const timelines = cache.teams.get(teamId);
  if (timelines !== undefined) return timelines.members !== undefined && PROCESS_IDS.every((p) => timelines.levels[p] !== undefined);
  const packed = cache.packed;
  if (packed === undefined) return false;
  const slot = slotsOf(packed).get(teamId);
  return slot !== undefined && packed.present[slot] === (1 << SERIES) - 1;
}

function seriesOf(timelines: TeamTimelines, s: number): { readonly days: readonly number[]; readonly values: readonly number[] } | undefined {
  return s === MEMBERS ? timelines.members : timelines.levels[PROCESS_IDS[s]];
}

/** Slot of each packed team: built on first use, not saved. */
const slotIndex = new WeakMap<PackedTimelines, Map<string, number>>();

function slotsOf(packed: PackedTimelines): Map<string, number> {
  let slots = slotIndex.get(packed);
  if (slots === undefined) {
    slots = new Map(packed.teamIds.map((teamId, slot) => [teamId, slot]));
    slotIndex.set(packed, slots);
  }
  return slots;
}

function unpackSlot(packed: PackedTimelines, slot: number): TeamTimelines {
  const levels: Partial<Record<ProcessId, Segments>> = {};
  const timelines: TeamTimelines = { levels };
  for (let s = 0; s < SERIES; s++) {
    if ((packed.present[slot] & (1 << s)) === 0) continue;
    const start = packed.offsets[slot * SERIES + s];
    const end = packed.offsets[slot * SERIES + s + 1];
    const series = { days: Array.from(packed.days.subarray(start, end)), values: Array.from(packed.values.subarray(start, end)) };
    if (s === MEMBERS) timelines.members = series;
    else levels[PROCESS_IDS[s]] = series as Segments;
  }
  return timelines;
}

/** Moves a restored team's timelines into `teams` (they may change there from now on). */
function unpack(cache: LevelCache, teamId: string): TeamTimelines | undefined {
  const packed = cache.packed;
  if (packed === undefined) return undefined;
  const slots = slotsOf(packed);
  const slot = slots.get(teamId);
  if (slot === undefined) return undefined;
  slots.delete(teamId);
  const timelines = unpackSlot(packed, slot);
  cache.teams.set(teamId, timelines);
  return timelines;
}

/** Drops what `fact` may change. Call after adding it to the index. */
export function invalidateLevels(cache: LevelCache, index: MaturityIndex, fact: MaturityFact): void {
  const { teams, processes } = affectedBy(index, fact);
  const forget = (teamId: string) => {
    const timelines = cachedTeamTimelines(cache, teamId);
    if (timelines === undefined) return;
    if (processes === 'all') cache.teams.delete(teamId);
    else for (const process of processes) delete timelines.levels[process];
  };
  if (teams === 'all') {
    if (processes === 'all') cache.packed = undefined;
    const packed = cache.packed === undefined ? [] : [...slotsOf(cache.packed).keys()];
    for (const teamId of [...cache.teams.keys(), ...packed]) forget(teamId);
  } else for (const teamId of teams) forget(teamId);
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
  let timelines = cachedTeamTimelines(cache, teamId);
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
