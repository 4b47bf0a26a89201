import { badInput, notFound } from '@norte/domain';
import {
  activeMemberCount,
  cachedActiveMembers,
  cachedLevelsAt,
  PROCESS_IDS as ENGINE_PROCESS_IDS,
  roundHalfUpToTenth,
  teamProgramIndex,
  teamTimelines,
  toDay,
  trendDates,
  type IsoDate,
  type ProcessId,
  type Resolution,
  valueAt,
} from '../maturity';
import { levelsOn, teamSeries, valuesOnDays, type TeamSeries } from './cache-reader';
import { knownMsOf, unitsFor, type Structure } from './rollups';
import { indexForCached, indexOf, levelCacheFor, type MaturityReadModel } from './state';
import { requireDate, viewOf, type View, type ViewInput } from './time';

// A local copy: hot loops would otherwise read the binding through the barrels' export getters.
const PROCESS_IDS: readonly ProcessId[] = [...ENGINE_PROCESS_IDS];

export interface TrendInput extends Omit<ViewInput, 'asOf'> {
  /** A team, or a unit (null with no teamId: the organisation). */
  readonly teamId?: string | null;
  readonly unitId?: string | null;
  readonly from: string;
  readonly to: string;
  readonly resolution: Resolution;
  /** For a unit: which tree places its teams at each point (default: as organised then). */
  readonly structure?: Structure | null;
}

export interface TrendPoint {
  /** The period's last date, or the range's end if earlier. */
  readonly date: IsoDate;
  readonly members: number;
  /** A team's level, or a unit's weighted mean to one decimal (null when it weighs 0). */
  readonly processes: Readonly<Record<ProcessId, number | null>>;
  readonly programIndex: number | null;
}

export interface Trend {
  readonly teamId: string | null;
  readonly unitId: string | null;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly resolution: Resolution;
  readonly knownAt: string | null;
  readonly modelVersion: number;
  readonly points: readonly TrendPoint[];
}

export const MAX_TREND_POINTS = 1_000;

/** Levels per process and program index over a range, one point per day, ISO week, month or quarter. */
export function maturityTrend(state: MaturityReadModel, input: TrendInput, now: string): Trend {
  const view = viewOf(state, { knownAt: input.knownAt, modelVersion: input.modelVersion }, now);
  const from = requireDate('from', input.from);
  const to = requireDate('to', input.to);
  if (from > to) throw badInput('to', 'to must not be before from');
  const dates = trendDates(from, to, input.resolution);
  if (dates.length > MAX_TREND_POINTS) throw badInput('resolution', `At most ${MAX_TREND_POINTS} points: choose a coarser resolution or a shorter range`);
  const teamId = input.teamId ?? null;
  const unitId = teamId === null ? (input.unitId ?? null) : null;
  const points = teamId !== null ? teamPoints(state, view, teamId, from, to, dates) : unitPoints(state, view, unitId, input.structure ?? 'as-organised', from, to, dates);
  return { teamId, unitId, from, to, resolution: input.resolution, knownAt: view.knownAt ?? null, modelVersion: view.model.version, points };
}

function teamPoints(state: MaturityReadModel, view: View, teamId: string, from: IsoDate, to: IsoDate, dates: readonly IsoDate[]): TrendPoint[] {
  const unit = state.units.get(teamId);
  if (unit === undefined || unit.kind !== 'team') throw notFound('teamId', `No team '${teamId}'`);
  const series = seriesReader(state, view, [teamId], from, to, dates)(teamId);
  return dates.map((date) => {
    const levels = levelsOn(series, toDay(date));
    return { date, members: valueAt(series.members, toDay(date)), processes: levels, programIndex: teamProgramIndex(levels) };
  });
}

function unitPoints(
  state: MaturityReadModel,
  view: View,
  unitId: string | null,
  structure: Structure,
  from: IsoDate,
  to: IsoDate,
  dates: readonly IsoDate[],
): TrendPoint[] {
  if (unitId !== null && !state.units.has(unitId)) throw notFound('unitId', `No unit '${unitId}'`);
  const knownMs = knownMsOf(view);
  const restated = structure === 'restated' ? unitsFor(state, unitId, structure, to, knownMs) : undefined;
  if (structure === 'restated' && restated === undefined) throw notFound('unitId', `Unit '${unitId}' is not in today's tree`);
  const teamsOn = dates.map((date) => {
    const tree = restated ?? unitsFor(state, unitId, structure, date, knownMs);
    return tree === undefined ? NO_TEAMS : tree.teams;
  });
  // Dates share memoised trees: work per distinct list of teams, not per date.
  const lists = [...new Set(teamsOn)];
  const teams = [...new Set(lists.flat())];
  const seriesOf = seriesReader(state, view, teams, from, to, dates);
  // Every team's weight and levels on every date, one pass per series: [team][date][weight, 7 levels].
  const days = dates.map(toDay);
  const stride = WIDTH * days.length;
  const values = new Float64Array(teams.length * stride);
  const row = new Map<string, number>();
  teams.forEach((teamId, t) => {
    const series = seriesOf(teamId);
    valuesOnDays(series.members, days, values, t * stride, WIDTH);
    PROCESS_IDS.forEach((process, p) => valuesOnDays(series.levels[process], days, values, t * stride + p + 1, WIDTH));
    row.set(teamId, t * stride);
  });
  const rows = new Map(lists.map((list) => [list, Int32Array.from(list, (teamId) => row.get(teamId) as number)]));
  return dates.map((date, i) => summarise(date, rows.get(teamsOn[i]) as Int32Array, i * WIDTH, values));
}

const NO_TEAMS: readonly string[] = [];

/** A team's weight and its seven levels. */
const WIDTH = 8;

/**
 * Each team's levels and weight as series by day number: the level cache's own, or (known-at, or
 * outside the cache's span) evaluated on the trend's dates — from each team's timelines over the
 * range for levels. Computed once per team.
 */
function seriesReader(
  state: MaturityReadModel,
  view: View,
  teamIds: Iterable<string>,
  from: IsoDate,
  to: IsoDate,
  dates: readonly IsoDate[],
): (teamId: string) => TeamSeries {
  const days = dates.map(toDay);
  const onDates = (value: (date: IsoDate) => number) => ({ days, values: dates.map(value) });
  let compute: (teamId: string) => TeamSeries;
  if (view.knownAt === undefined) {
    const cache = levelCacheFor(state, view.model.version, view.today);
    const index = indexForCached(state, cache, teamIds, days[0], days[days.length - 1]);
    compute =
      days[0] >= cache.from && days[days.length - 1] <= cache.to
        ? (teamId) => teamSeries(cache, index, teamId)
        : (teamId) => {
            const levels = dates.map((date) => cachedLevelsAt(cache, index, teamId, date));
            return {
              levels: Object.fromEntries(PROCESS_IDS.map((p) => [p, { days, values: levels.map((l) => l[p]) }])) as unknown as TeamSeries['levels'],
              members: onDates((date) => cachedActiveMembers(cache, index, teamId, date)),
            };
          };
  } else {
    const index = indexOf(state);
    const options = { knownAt: view.knownAt };
    compute = (teamId) => {
      const timelines = teamTimelines(index, view.model, teamId, from, to, options);
      const levels = {} as Record<ProcessId, { days: number[]; values: number[] }>;
      for (const process of PROCESS_IDS) {
        levels[process] = { days: timelines[process].map((change) => toDay(change.date)), values: timelines[process].map((change) => change.level) };
      }
      return { levels, members: onDates((date) => activeMemberCount(index, teamId, date, options)) };
    };
  }
  const series = new Map<string, TeamSeries>();
  return (teamId) => {
    let team = series.get(teamId);
    if (team === undefined) series.set(teamId, (team = compute(teamId)));
    return team;
  };
}

/** Σ level × members over Σ members per process, rounded once, as the engine's rollUp does. */
function summarise(date: IsoDate, rows: Int32Array, shift: number, values: Float64Array): TrendPoint {
  let members = 0;
  let all = 0;
  const sums = new Float64Array(WIDTH - 1);
  for (let r = 0; r < rows.length; r++) {
    const offset = rows[r] + shift;
    const weight = values[offset];
    if (weight === 0) continue;
    members += weight;
    for (let p = 0; p < WIDTH - 1; p++) sums[p] += values[offset + 1 + p] * weight;
  }
  const processes = {} as Record<ProcessId, number | null>;
  PROCESS_IDS.forEach((process, p) => {
    all += sums[p];
    processes[process] = members === 0 ? null : roundHalfUpToTenth(sums[p], members);
  });
  return { date, members, processes, programIndex: members === 0 ? null : roundHalfUpToTenth(all * 20, PROCESS_IDS.length * members) };
}
