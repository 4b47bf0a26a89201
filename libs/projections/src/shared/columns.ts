/**
 * Growable columns of numbers for read models indexing millions of events. Values live in
 * typed-array chunks of 64 k: growing copies at most the last chunk and leaves no slack beyond it,
 * and a column is plain data, so a snapshot (structured clone) keeps it as it is.
 */

const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK_SIZE - 1;

const ARRAYS = { uint8: Uint8Array, int32: Int32Array, uint32: Uint32Array, float64: Float64Array } as const;
export type ColumnKind = keyof typeof ARRAYS;
type Chunk = Uint8Array | Int32Array | Uint32Array | Float64Array;

export interface Column<K extends ColumnKind = ColumnKind> {
  readonly kind: K;
  readonly chunks: Chunk[];
  length: number;
}

export const column = <K extends ColumnKind>(kind: K): Column<K> => ({ kind, chunks: [], length: 0 });

const FIRST_CHUNK = 64;

/**
 * Appends a value and returns its index. Every chunk but the last holds CHUNK_SIZE values; the last
 * one starts small and doubles up to that size, so a small read model stays small.
 */
export function append(col: Column, value: number): number {
  const index = col.length;
  const chunk = index >>> CHUNK_BITS;
  const offset = index & IN_CHUNK;
  if (offset === 0) col.chunks.push(new ARRAYS[col.kind](FIRST_CHUNK));
  else if (offset === col.chunks[chunk].length) {
    const grown = new ARRAYS[col.kind](Math.min(CHUNK_SIZE, offset * 2));
    grown.set(col.chunks[chunk]);
    col.chunks[chunk] = grown;
  }
  col.chunks[chunk][offset] = value;
  col.length = index + 1;
  return index;
}

export const get = (col: Column, index: number): number => col.chunks[index >>> CHUNK_BITS][index & IN_CHUNK];

export function set(col: Column, index: number, value: number): void {
  col.chunks[index >>> CHUNK_BITS][index & IN_CHUNK] = value;
}

/** Last index in [0, length) whose value is below `bound`, for a column in ascending order; -1 if none. */
export function lastBelow(col: Column, length: number, bound: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (get(col, mid) < bound) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** The value at `index`, or `fallback` past the end. */
export const getOr = (col: Column, index: number, fallback: number): number => (index < col.length ? get(col, index) : fallback);

/** Sets a value, first growing the column with `fill` up to `index` (columns indexed by person or team number). */
export function put(col: Column, index: number, value: number, fill: number): void {
  while (col.length <= index) append(col, fill);
  set(col, index, value);
}

/** A small growable list of int32 (one per team, say): thousands of them, so no 64 k chunks. */
export interface IntList {
  items: Int32Array;
  length: number;
}

export const intList = (): IntList => ({ items: new Int32Array(8), length: 0 });

export function push(list: IntList, value: number): void {
  if (list.length === list.items.length) {
    const grown = new Int32Array(list.items.length * 2);
    grown.set(list.items);
    list.items = grown;
  }
  list.items[list.length++] = value;
}
