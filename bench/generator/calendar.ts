/**
 * Time in the organisation's zone, America/Bogota: UTC−5 all year (no daylight saving since 1993),
 * so a fixed offset is exact. Instants are epoch milliseconds; the events carry ISO strings.
 */
export const TIME_ZONE = 'America/Bogota';
const OFFSET_MS = 5 * 3600_000;
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export interface Calendar {
  /** Local midnight of program day `d` (day 0 = the start date), as an instant. */
  dayStart(d: number): number;
  /** Program day of an instant. */
  dayOf(at: number): number;
  /** 0 = Sunday … 6 = Saturday, for program day `d`. */
  weekday(d: number): number;
  /** Local calendar date (YYYY-MM-DD) of an instant. */
  dateOf(at: number): string;
  /** Local month (1–12) of program day `d`. */
  month(d: number): number;
  readonly days: number;
}

export function calendar(start: string, days: number): Calendar {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) throw new Error(`start must be a date (YYYY-MM-DD), got '${start}'`);
  const origin = Date.parse(`${start}T00:00:00.000Z`) + OFFSET_MS;
  const local = (at: number) => new Date(at - OFFSET_MS);
  return {
    days,
    dayStart: (d) => origin + d * DAY_MS,
    dayOf: (at) => Math.floor((at - origin) / DAY_MS),
    weekday: (d) => local(origin + d * DAY_MS).getUTCDay(),
    dateOf: (at) => local(at).toISOString().slice(0, 10),
    month: (d) => local(origin + d * DAY_MS).getUTCMonth() + 1,
  };
}

let isoDay = NaN;
let isoPrefix = '';
const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** `new Date(at).toISOString()`, with the date part cached (times mostly move forward within a day). */
export function iso(at: number): string {
  const day = Math.floor(at / DAY_MS);
  if (day !== isoDay) {
    isoDay = day;
    isoPrefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
  }
  const ms = at - day * DAY_MS;
  return `${isoPrefix}${pad(Math.floor(ms / HOUR_MS), 2)}:${pad(Math.floor(ms / 60_000) % 60, 2)}:${pad(Math.floor(ms / 1000) % 60, 2)}.${pad(ms % 1000, 3)}Z`;
}

/** How busy a day is: weekdays full, Saturdays light, Sundays and the year-end break quiet. */
export function dayWeight(cal: Calendar, d: number): number {
  const weekday = cal.weekday(d);
  let w = weekday === 0 ? 0.04 : weekday === 6 ? 0.22 : 1;
  const date = cal.dateOf(cal.dayStart(d) + 12 * HOUR_MS).slice(5);
  if (date >= '12-20' || date <= '01-08') w *= 0.35;
  // The program ramps up over its first four months.
  return w * (0.45 + 0.55 * Math.min(1, d / 120));
}
