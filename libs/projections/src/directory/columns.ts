/**
 * Growable columns of numbers for the directory's millions of entries. Values live in fixed-size
 * typed-array chunks: growing never copies what is stored (no doubling, no slack beyond the last
 * chunk), and a column is plain data, so a snapshot (structured clone) keeps it as it is.
 */

const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK_SIZE - 1;

const arrays = { int32: Int32Array, uint32: Uint32Array, float64: Float64Array } as const;
export type ColumnKind = keyof typeof arrays;
type Chunk<K extends ColumnKind> = InstanceType<(typeof arrays)[K]>;

export interface Column<K extends ColumnKind = ColumnKind> {
  readonly kind: K;
  readonly chunks: Chunk<K>[];
  length: number;
}

export const column = <K extends ColumnKind>(kind: K): Column<K> => ({ kind, chunks: [], length: 0 });

/** Appends a value and returns its index. */
export function append(col: Column, value: number): number {
  const index = col.length;
  if ((index & IN_CHUNK) === 0) col.chunks.push(new arrays[col.kind](CHUNK_SIZE) as Chunk<typeof col.kind>);
  (col.chunks[index >>> CHUNK_BITS] as Chunk<typeof col.kind>)[index & IN_CHUNK] = value;
  col.length = index + 1;
  return index;
}

export const get = (col: Column, index: number): number => (col.chunks[index >>> CHUNK_BITS] as Chunk<typeof col.kind>)[index & IN_CHUNK] as number;

export function set(col: Column, index: number, value: number): void {
  (col.chunks[index >>> CHUNK_BITS] as Chunk<typeof col.kind>)[index & IN_CHUNK] = value;
}

/** The value at `index`, or `fallback` past the end. */
export const getOr = (col: Column, index: number, fallback: number): number => (index < col.length ? get(col, index) : fallback);

/** Sets a value, first growing the column with `fill` up to `index` (columns indexed by person or team number). */
export function put(col: Column, index: number, value: number, fill: number): void {
  while (col.length <= index) append(col, fill);
  set(col, index, value);
}
