import { activeMemberCount, levelsAt, type EvaluationOptions } from './engine';
import type { IsoDate } from './facts';
import type { MaturityIndex } from './index/maturity-index';
import type { MaturityModel } from './model';
import { PROCESS_IDS, type Level, type ProcessId } from './processes';
import { roundHalfUpToTenth } from './rounding';

/**
 * A unit of the organisation tree, as the caller chooses it: the tree at T ("as organised then")
 * or today's tree without archived units ("restated").
 */
export interface UnitNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly kind: 'division' | 'team';
}

export interface TeamLevels {
  readonly teamId: string;
  /** Active members at T: the team's weight. */
  readonly activeMembers: number;
  readonly levels: Readonly<Record<ProcessId, Level>>;
}

export interface ProcessMean {
  /** Σ (level × members) over the unit's teams. */
  readonly weightedSum: number;
  /** Σ members; the mean is weightedSum / members. */
  readonly members: number;
  /** Rounded half up to one decimal; null when the unit weighs 0. */
  readonly mean: number | null;
}

export interface UnitRollup {
  readonly unitId: string;
  readonly kind: UnitNode['kind'];
  readonly teams: number;
  readonly members: number;
  readonly processes: Readonly<Record<ProcessId, ProcessMean>>;
  /** From the unrounded process means, rounded once; null when the unit weighs 0. */
  readonly programIndex: number | null;
}

/**
 * Every unit's levels: the means of the teams below it weighted by active members. Sums stay
 * integers and are rounded only at the end. One pass from the leaves up: O(units × processes).
 */
export function rollUp(units: readonly UnitNode[], teams: readonly TeamLevels[]): Map<string, UnitRollup> {
  const byTeam = new Map(teams.map((team) => [team.teamId, team]));
  const children = new Map<string | null, UnitNode[]>();
  for (const unit of units) {
    const siblings = children.get(unit.parentId) ?? [];
    siblings.push(unit);
    children.set(unit.parentId, siblings);
  }
  const known = new Set(units.map((unit) => unit.id));
  const out = new Map<string, UnitRollup>();
  const visit = (unit: UnitNode): Totals => {
    const totals = emptyTotals();
    const team = unit.kind === 'team' ? byTeam.get(unit.id) : undefined;
    if (unit.kind === 'team') totals.teams = 1;
    if (team !== undefined) add(totals, { teams: 0, members: team.activeMembers, sums: weighted(team) });
    for (const child of children.get(unit.id) ?? []) add(totals, visit(child));
    out.set(unit.id, summarise(unit, totals));
    return totals;
  };
  for (const unit of units) if (unit.parentId === null || !known.has(unit.parentId)) visit(unit);
  return out;
}

/** Evaluates every team of the tree as of a date and rolls the tree up. */
export function rollUpAt(
  index: MaturityIndex,
  model: MaturityModel,
  units: readonly UnitNode[],
  asOf: IsoDate,
  options: Pick<EvaluationOptions, 'knownAt'> = {},
): Map<string, UnitRollup> {
  const teams = units
    .filter((unit) => unit.kind === 'team')
    .map((unit) => ({
      teamId: unit.id,
      activeMembers: activeMemberCount(index, unit.id, asOf, options),
      levels: levelsAt(index, model, unit.id, asOf, options),
    }));
  return rollUp(units, teams);
}

interface Totals {
  teams: number;
  members: number;
  sums: Record<ProcessId, number>;
}

function emptyTotals(): Totals {
  return { teams: 0, members: 0, sums: weighted({ activeMembers: 0, levels: zeroLevels() }) };
}

function zeroLevels(): Record<ProcessId, Level> {
  return Object.fromEntries(PROCESS_IDS.map((p) => [p, 0])) as Record<ProcessId, Level>;
}

function weighted(team: Pick<TeamLevels, 'activeMembers' | 'levels'>): Record<ProcessId, number> {
  return Object.fromEntries(PROCESS_IDS.map((p) => [p, team.levels[p] * team.activeMembers])) as Record<
    ProcessId,
    number
  >;
}

function add(into: Totals, other: Totals): void {
  into.teams += other.teams;
  into.members += other.members;
  for (const process of PROCESS_IDS) into.sums[process] += other.sums[process];
}

function summarise(unit: UnitNode, totals: Totals): UnitRollup {
  const { members } = totals;
  let all = 0;
  const processes = {} as Record<ProcessId, ProcessMean>;
  for (const process of PROCESS_IDS) {
    const weightedSum = totals.sums[process];
    all += weightedSum;
    processes[process] = {
      weightedSum,
      members,
      mean: members === 0 ? null : roundHalfUpToTenth(weightedSum, members),
    };
  }
  return {
    unitId: unit.id,
    kind: unit.kind,
    teams: totals.teams,
    members,
    processes,
    programIndex: members === 0 ? null : roundHalfUpToTenth(all * 20, PROCESS_IDS.length * members),
  };
}
