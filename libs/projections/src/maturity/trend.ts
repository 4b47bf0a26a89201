import { endOfIsoWeek, endOfMonth, endOfQuarter, fromDay, toDay } from './dates';
import type { EvaluationOptions } from './engine';
import type { IsoDate } from './facts';
import type { MaturityIndex } from './index/maturity-index';
import type { MaturityModel } from './model';
import type { Level, ProcessId } from './processes';
import { levelOn, levelTimeline } from './timeline';

export type Resolution = 'day' | 'week' | 'month' | 'quarter';

export interface TrendPoint {
  /** The date the level is read on: the period's last date, or the range's end if earlier. */
  readonly date: IsoDate;
  readonly level: Level;
}

/** The last date of the period containing `day`: ISO weeks end on Sunday; calendar quarters. */
export function periodEnd(day: number, resolution: Resolution): number {
  switch (resolution) {
    case 'day':
      return day;
    case 'week':
      return endOfIsoWeek(day);
    case 'month':
      return endOfMonth(day);
    case 'quarter':
      return endOfQuarter(day);
    default: {
      const unhandled: never = resolution;
      throw new TypeError(`Unknown resolution: ${String(unhandled)}`);
    }
  }
}

/** One date per period overlapping from … to. */
export function trendDates(from: IsoDate, to: IsoDate, resolution: Resolution): IsoDate[] {
  const end = toDay(to);
  const dates: IsoDate[] = [];
  for (let day = toDay(from); day <= end; day = periodEnd(day, resolution) + 1) {
    dates.push(fromDay(Math.min(periodEnd(day, resolution), end)));
  }
  return dates;
}

/** A team's level per period for one process, read off its level timeline. */
export function teamTrend(
  index: MaturityIndex,
  model: MaturityModel,
  teamId: string,
  process: ProcessId,
  from: IsoDate,
  to: IsoDate,
  resolution: Resolution,
  options: Pick<EvaluationOptions, 'knownAt'> = {},
): TrendPoint[] {
  const timeline = levelTimeline(index, model, teamId, process, from, to, options);
  return trendDates(from, to, resolution).map((date) => ({ date, level: levelOn(timeline, date) }));
}
