import type { IsoDate } from './facts';

/**
 * Calendar arithmetic on 'YYYY-MM-DD' dates, done on day numbers (days since 1970-01-01) so the
 * engine compares integers. Pure: every Date is built from explicit arguments.
 */

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toDay(date: IsoDate): number {
  const match = DATE_PATTERN.exec(date);
  if (match === null) throw new TypeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  if (month < 1 || month > 12 || new Date(ms).getUTCDate() !== day) {
    throw new TypeError(`Not a calendar date: ${date}`);
  }
  return ms / MS_PER_DAY;
}

export function fromDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDay(toDay(date) + days);
}

/** Milliseconds since the epoch of an ISO instant. */
export function toInstantMs(instant: string): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new TypeError(`Not an ISO instant: ${instant}`);
  return ms;
}

/** First day of a window of `windowDays` ending on `day` (T − D + 1); "ever" for null. */
export function windowStart(day: number, windowDays: number | null): number {
  return windowDays === null ? Number.NEGATIVE_INFINITY : day - windowDays + 1;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function endOfIsoWeek(day: number): number {
  return day + 6 - isoWeekday(day);
}

export function endOfMonth(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / MS_PER_DAY;
}

export function endOfQuarter(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  const lastMonthOfQuarter = Math.floor(d.getUTCMonth() / 3) * 3 + 2;
  return Date.UTC(d.getUTCFullYear(), lastMonthOfQuarter + 1, 0) / MS_PER_DAY;
}
