import {
  cachedActiveMembers,
  cachedLevelsAt,
  fromDay,
  PROCESS_IDS as ENGINE_PROCESS_IDS,
  type Level,
  type LevelCache,
  type MaturityIndex,
  type ProcessId,
  cachedTeamTimelines,
  valueAt,
} from '../maturity';

// A local copy: hot loops would otherwise read the binding through the barrels' export getters.
const PROCESS_IDS: readonly ProcessId[] = [...ENGINE_PROCESS_IDS];

/** Values that change on the given days (sorted); 0 before the first. */
interface Series {
  readonly days: readonly number[];
  readonly values: readonly number[];
}

/**
 * A team's cached level timelines and member counts, read as the engine's cache holds them (the
 * shape snapshots also save): a trend or a heatmap then reads them with day numbers, without
 * parsing a date per cell. Fills what is missing through the engine first.
 */
export interface TeamSeries {
  readonly levels: Readonly<Record<ProcessId, Series>>;
  readonly members: Series;
}

export function teamSeries(cache: LevelCache, index: MaturityIndex, teamId: string): TeamSeries {
  let timelines = cachedTeamTimelines(cache, teamId) as (Partial<TeamSeries> & { levels?: Partial<Record<ProcessId, Series>> }) | undefined;
  if (timelines?.members === undefined || PROCESS_IDS.some((p) => timelines?.levels?.[p] === undefined)) {
    const date = fromDay(cache.to);
    cachedLevelsAt(cache, index, teamId, date);
    cachedActiveMembers(cache, index, teamId, date);
    timelines = cachedTeamTimelines(cache, teamId) as Partial<TeamSeries>;
  }
  return timelines as TeamSeries;
}

/** The values on each of `days` (ascending), in one pass over the series, into out[offset + i × step]. */
export function valuesOnDays(series: Series, days: readonly number[], out: Float64Array, offset: number, step: number): void {
  let j = 0;
  let value = 0;
  for (let i = 0; i < days.length; i++) {
    while (j < series.days.length && series.days[j] <= days[i]) value = series.values[j++];
    out[offset + i * step] = value;
  }
}

export function levelsOn(series: TeamSeries, day: number): Record<ProcessId, Level> {
  const levels = {} as Record<ProcessId, Level>;
  for (const process of PROCESS_IDS) levels[process] = valueAt(series.levels[process], day) as Level;
  return levels;
}
