import type { DomainEvent, Fact } from '@norte/domain';
import { formatUuid, parseUuid } from '../shared/uuid';

/**
 * Compact storage shared by the roadmap, people and outcomes read models. They hold hundreds of
 * thousands of facts: one JS object per fact (with its id, timestamps and position as strings)
 * costs 150–500 bytes, a row of typed-array columns 40–60. Everything here is structured-cloneable
 * (typed arrays, arrays, Maps of strings and numbers), so states go to a snapshot (a structured clone) as they are.
 */

export type Column = Float64Array | Int32Array | Uint32Array | Uint8Array | BigInt64Array;

/** Rows stored column-wise: every column holds `capacity × its width` entries, `count` rows in use. */
export interface Table<C extends Record<string, Column>> {
  count: number;
  capacity: number;
  readonly columns: C;
}

const GROWTH = 1.5;
const FIRST_CAPACITY = 256;

export function table<C extends Record<string, Column>>(columns: (capacity: number) => C, capacity = FIRST_CAPACITY): Table<C> {
  return { count: 0, capacity, columns: columns(capacity) };
}

function resized<T extends Column>(column: T, from: number, to: number): T {
  const width = column.length / from;
  const copy = new (column.constructor as new (length: number) => T)(to * width);
  copy.set(column.subarray(0, Math.min(from, to) * width) as never);
  return copy;
}

/** Appends a row (zeroed) and returns its index, growing every column by half when full. */
export function addRow<C extends Record<string, Column>>(rows: Table<C>): number {
  if (rows.count === rows.capacity) {
    const capacity = Math.max(FIRST_CAPACITY, Math.ceil(rows.capacity * GROWTH));
    const columns = rows.columns as Record<string, Column>;
    for (const name of Object.keys(columns)) columns[name] = resized(columns[name], rows.capacity, capacity);
    rows.capacity = capacity;
  }
  return rows.count++;
}

/**
 * A copy cut to the rows in use: what snapshots keep (growth room is not worth writing to disk).
 * At least one row of room stays, so each column's width (entries per row) can still be told.
 */
export function trimmed<C extends Record<string, Column>>(rows: Table<C>): Table<C> {
  const capacity = Math.max(rows.count, 1);
  const columns: Record<string, Column> = {};
  for (const [name, column] of Object.entries(rows.columns)) columns[name] = resized(column, rows.capacity, capacity);
  return { count: rows.count, capacity, columns: columns as C };
}

// ---- strings met again and again (team ids, process ids, dates, reasons …) ----

/** Each distinct string once, numbered in order of first use. */
export interface Interned {
  readonly values: string[];
  /**
   * Value → number, built from `values` when first needed: a snapshot keeps `values` only, and a
   * restart does not pay for a Map no query or event has asked for yet.
   */
  index?: Map<string, number>;
}

export const interned = (values: string[] = []): Interned => ({ values });

const indexOf = (strings: Interned): Map<string, number> => (strings.index ??= new Map(strings.values.map((v, i) => [v, i])));

export function intern(strings: Interned, value: string): number {
  const index = indexOf(strings);
  let found = index.get(value);
  if (found === undefined) {
    found = strings.values.push(value) - 1;
    index.set(value, found);
  }
  return found;
}

/** Index of a string already met, or -1. */
export const lookup = (strings: Interned, value: string): number => indexOf(strings).get(value) ?? -1;

/** -1 stands for null. */
export const internOrNull = (strings: Interned, value: string | null | undefined): number => (typeof value === 'string' ? intern(strings, value) : -1);
export const valueOrNull = (strings: Interned, index: number): string | null => (index < 0 ? null : strings.values[index]);

// ---- event ids: 16 bytes instead of a 36-character string ----

/** Ids are stored as four 32-bit words per row. */
export const ID_WIDTH = 4;

// Any id that is no lowercase UUID is kept as a string in `others`; its row says so with a third
// word equal to OTHER (a UUID whose third word is exactly that is kept as a string too).
const OTHER = 0xc0000000;

/** Writes an id into `words` at `row`; an id that is no UUID goes to `others`. */
export function writeId(words: Uint32Array, row: number, id: string, others: string[]): void {
  const at = row * ID_WIDTH;
  if (!parseUuid(id, words, at) || words[at + 2] === OTHER) words.set([others.push(id) - 1, 0, OTHER, 0], at);
}

export function readId(words: Uint32Array, row: number, others: readonly string[]): string {
  const at = row * ID_WIDTH;
  if (words[at + 2] === OTHER) return others[words[at]];
  return formatUuid(words[at], words[at + 1], words[at + 2], words[at + 3]);
}

const probe = new Uint32Array(ID_WIDTH);

/** Whether the id at a row is `id`, comparing words (no string is built per row: retractions search a stream's facts). */
export function idTest(words: Uint32Array, id: string, others: readonly string[]): (row: number) => boolean {
  if (!parseUuid(id, probe) || probe[2] === OTHER) return (row) => words[row * ID_WIDTH + 2] === OTHER && others[words[row * ID_WIDTH]] === id;
  const [first, second, third, fourth] = probe;
  return (row) => {
    const at = row * ID_WIDTH;
    return words[at] === first && words[at + 1] === second && words[at + 2] === third && words[at + 3] === fourth;
  };
}

// ---- time ----

/** Business and record times are kept as epoch milliseconds and given back as ISO instants. */
export const instant = (ms: number): string => new Date(ms).toISOString();

const NONE: readonly string[] = Object.freeze([]);

/**
 * A fact for the domain's replay functions (roadmap, membership timeline), built from a stored row
 * when replaying (never stored). Its ISO instant is only built if the domain reads it: replays
 * order by `at` and `seq`.
 */
class RowFact<E extends DomainEvent> implements Fact<E> {
  readonly retractedBy = NONE;
  constructor(
    readonly eventId: string,
    readonly event: E,
    readonly at: number,
    readonly seq: number,
  ) {}

  get occurredAt(): string {
    return instant(this.at);
  }
}

export const ledgerFact = <E extends DomainEvent>(eventId: string, event: E, at: number, seq: number): Fact<E> => new RowFact(eventId, event, at, seq);
