import { append, column, get, set, type Column } from '../shared/columns';

/**
 * Business times are kept as epoch ms when the ISO string can be given back exactly. The common
 * shape (`2025-01-03T13:31:08.060Z`) is read digit by digit, which is several times faster than
 * `Date.parse` plus a `toISOString` round trip; anything else takes the round trip.
 */

const SHAPE = 'dddd-dd-ddTdd:dd:dd.dddZ';
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The digits of `s` from `from` (inclusive) to `to` (exclusive) as a number; the shape was checked. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

function hasShape(s: string): boolean {
  if (s.length !== SHAPE.length) return false;
  for (let i = 0; i < SHAPE.length; i++) {
    const c = s.charCodeAt(i);
    const expected = SHAPE.charCodeAt(i);
    if (expected === 100 ? c < 48 || c > 57 : c !== expected) return false;
  }
  return true;
}

/** Epoch ms of `s` when `new Date(ms).toISOString()` gives back exactly `s`; null otherwise. */
export function canonicalIsoMs(s: string): number | null {
  if (hasShape(s)) {
    const year = digits(s, 0, 4);
    const month = digits(s, 5, 7);
    const day = digits(s, 8, 10);
    const hour = digits(s, 11, 13);
    const minute = digits(s, 14, 16);
    const second = digits(s, 17, 19);
    const daysInMonth = month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 0);
    // Date.UTC reads years 0-99 as 1900-1999: those take the slow path.
    if (year >= 100 && month >= 1 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second < 60) {
      return Date.UTC(year, month - 1, day, hour, minute, second, digits(s, 20, 23));
    }
  }
  const ms = Date.parse(s);
  return !Number.isNaN(ms) && new Date(ms).toISOString() === s ? ms : null;
}

/**
 * Business times of a run of entries (facts): epoch ms (what `Date.parse` gives), and the string
 * verbatim on the side when it is not the canonical ISO form of its instant.
 */
export interface Times {
  readonly ms: Column<'float64'>;
  readonly others: Map<number, string>;
}

export const times = (): Times => ({ ms: column('float64'), others: new Map() });

/** Appends an entry's business time; returns the entry. */
export function addTime(times: Times, occurredAt: string): number {
  const ms = canonicalIsoMs(occurredAt);
  const entry = append(times.ms, ms ?? Date.parse(occurredAt));
  if (ms === null) times.others.set(entry, occurredAt);
  return entry;
}

/** Sets an existing entry's business time. */
export function setTime(times: Times, entry: number, occurredAt: string): void {
  const ms = canonicalIsoMs(occurredAt);
  set(times.ms, entry, ms ?? Date.parse(occurredAt));
  if (ms === null) times.others.set(entry, occurredAt);
  else times.others.delete(entry);
}

/** The entry's time as `Date.parse` reads it. */
export const msAt = (times: Times, entry: number): number => get(times.ms, entry);

/** The entry's time exactly as recorded. */
export const isoAt = (times: Times, entry: number): string =>
  (times.others.size === 0 ? undefined : times.others.get(entry)) ?? new Date(get(times.ms, entry)).toISOString();
