import {
  activeMemberCount,
  cachedActiveMembers,
  cachedLevelsAt,
  levelsAt,
  PROCESS_IDS as ENGINE_PROCESS_IDS,
  roundHalfUpToTenth,
  toDay,
  type IsoDate,
  type ProcessId,
  type ProcessMean,
  type TeamLevels,
  type UnitNode,
  type UnitRollup,
  valueAt,
} from '../maturity';
import { levelsOn, teamSeries } from './cache-reader';
import { indexForCached, indexOf, levelCacheFor, type MaturityReadModel } from './state';
import type { View } from './time';
import { subtree, treeAt, unitChangeDays } from './units';

// A local copy: hot loops would otherwise read the binding through the barrels' export getters.
const PROCESS_IDS: readonly ProcessId[] = [...ENGINE_PROCESS_IDS];

export type Structure = 'as-organised' | 'restated';

/** Stands for the organisation in a unit list (not a valid unit id, so it never collides with one). */
export const ORGANISATION_NODE = '(organisation)';

/** A unit, the units below it, its direct children, and for each team below it the child it rolls into. */
export interface UnitView {
  readonly root: UnitNode;
  /** The root first, then every unit below it. */
  readonly units: readonly UnitNode[];
  readonly children: readonly UnitNode[];
  /** Every team at or below the root … */
  readonly teams: readonly string[];
  /** … and the index in `children` it rolls into (-1: the root itself is the team). */
  readonly childOfTeam: readonly number[];
}

const MEMO_LIMIT = 5_000;

/**
 * The units to roll up for `unitId` (null: the organisation) on `date`: the tree at that date
 * ("as organised then") or today's tree without archived units ("restated"), both as known at K.
 * Undefined if the unit is not in that tree. Memoised: the tree only changes on the dates units
 * change, and the memo is dropped whenever a unit event arrives.
 */
export function unitsFor(state: MaturityReadModel, unitId: string | null, structure: Structure, date: IsoDate, knownMs: number): UnitView | undefined {
  const day = structure === 'as-organised' ? toDay(date) : Number.POSITIVE_INFINITY;
  const key = `${unitId ?? ''}|${lastChangeOnOrBefore(state, day)}|${knownMs}`;
  let view = state.treeMemo.get(key);
  if (view === undefined) {
    if (state.treeMemo.size >= MEMO_LIMIT) state.treeMemo.clear();
    state.treeMemo.set(key, (view = buildView(treeAt(state.units, day, knownMs), unitId) ?? null));
  }
  return view ?? undefined;
}

/** The last day ≤ `day` on which any unit changed: trees between two such days are the same. */
function lastChangeOnOrBefore(state: MaturityReadModel, day: number): number {
  const days = (state.unitDays ??= unitChangeDays(state.units));
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? Number.NEGATIVE_INFINITY : days[lo - 1];
}

function buildView(nodes: readonly UnitNode[], unitId: string | null): UnitView | undefined {
  let root: UnitNode = { id: ORGANISATION_NODE, parentId: null, kind: 'division' };
  if (unitId !== null) {
    const found = nodes.find((node) => node.id === unitId);
    if (found === undefined) return undefined;
    root = { ...found, parentId: null };
  }
  const { units, children } = subtree(nodes, unitId);
  const reparent = (node: UnitNode) => (node.parentId === null ? { ...node, parentId: root.id } : node);
  const childIndex = new Map(children.map((child, i) => [child.id, i]));
  const parents = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const teams: string[] = root.kind === 'team' ? [root.id] : [];
  const childOfTeam: number[] = root.kind === 'team' ? [-1] : [];
  for (const unit of units) {
    if (unit.kind !== 'team') continue;
    let at: string = unit.id;
    while (!childIndex.has(at)) at = parents.get(at) as string;
    teams.push(unit.id);
    childOfTeam.push(childIndex.get(at) as number);
  }
  return { root, units: [root, ...units.map(reparent)], children: children.map(reparent), teams, childOfTeam };
}

/** Levels and weights of these teams on `date`: from the level cache, or evaluated directly for a known-at view. */
export function teamLevels(state: MaturityReadModel, view: View, teamIds: readonly string[], date: IsoDate): TeamLevels[] {
  const options = { knownAt: view.knownAt };
  if (view.knownAt !== undefined) {
    const index = indexOf(state);
    return teamIds.map((teamId) => ({
      teamId,
      activeMembers: activeMemberCount(index, teamId, date, options),
      levels: levelsAt(index, view.model, teamId, date, options),
    }));
  }
  const cache = levelCacheFor(state, view.model.version, view.today);
  const day = toDay(date);
  const index = indexForCached(state, cache, teamIds, day, day);
  if (day < cache.from || day > cache.to) {
    return teamIds.map((teamId) => ({ teamId, activeMembers: cachedActiveMembers(cache, index, teamId, date), levels: cachedLevelsAt(cache, index, teamId, date) }));
  }
  return teamIds.map((teamId) => {
    const series = teamSeries(cache, index, teamId);
    return { teamId, activeMembers: valueAt(series.members, day), levels: levelsOn(series, day) };
  });
}

/**
 * The roll-up of a unit and of each of its direct children, as the engine's `rollUp` computes it
 * (Σ level × members and Σ members in integers, rounded half up once), without rolling up every
 * unit in between. `teams` are the view's teams, in its order.
 */
export function rollUpView(view: UnitView, teams: readonly TeamLevels[]): { unit: UnitRollup; rows: UnitRollup[] } {
  const width = PROCESS_IDS.length;
  const sums = new Float64Array((view.children.length + 1) * width);
  const members = new Float64Array(view.children.length + 1);
  const teamCounts = new Float64Array(view.children.length + 1);
  const rootAt = view.children.length;
  teams.forEach((team, i) => {
    const child = view.childOfTeam[i];
    for (const slot of child === -1 ? [rootAt] : [child, rootAt]) {
      teamCounts[slot] += 1;
      members[slot] += team.activeMembers;
      for (let p = 0; p < width; p++) sums[slot * width + p] += team.levels[PROCESS_IDS[p]] * team.activeMembers;
    }
  });
  const summary = (unit: UnitNode, slot: number): UnitRollup => {
    const weight = members[slot];
    const processes = {} as Record<ProcessId, ProcessMean>;
    let all = 0;
    PROCESS_IDS.forEach((process, p) => {
      const weightedSum = sums[slot * width + p];
      all += weightedSum;
      processes[process] = { weightedSum, members: weight, mean: weight === 0 ? null : roundHalfUpToTenth(weightedSum, weight) };
    });
    const programIndex = weight === 0 ? null : roundHalfUpToTenth(all * 20, width * weight);
    return { unitId: unit.id, kind: unit.kind, teams: teamCounts[slot], members: weight, processes, programIndex };
  };
  return { unit: summary(view.root, rootAt), rows: view.children.map((child, i) => summary(child, i)) };
}

export const knownMsOf = (view: View): number => (view.knownAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(view.knownAt));
