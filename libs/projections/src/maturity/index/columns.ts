import { formatUuid, parseUuid as parseInto } from '../../shared/uuid';

/**
 * The facts as columns: one growable typed array per field, a fact's number (its row) indexing
 * every column. Millions of facts cost a few dozen bytes each and no object at all, so the garbage
 * collector has nothing to trace, and a snapshot is the columns themselves.
 *
 * Per row: kind (+ flags), day number, position, recordedAt in ms, four Int32 slots whose meaning
 * depends on the kind (symbol codes, or an offset into the `ints` / `nums` pools for attendee
 * lists and numbers; see fields.ts), and the event id: a UUID as four Int32 words, any other id in
 * `oddIds`. `idTable` maps ids to rows (open addressing, row + 1, 0 = empty).
 */
export interface FactColumns {
  count: number;
  kind: Uint8Array;
  day: Int32Array;
  position: Float64Array;
  recordedMs: Float64Array;
  a: Int32Array;
  b: Int32Array;
  c: Int32Array;
  d: Int32Array;
  /** Four words per row: the UUID's 16 bytes. */
  idWords: Int32Array;
  /** Ids that are not lower-case UUIDs (tests, imports), by row. */
  readonly oddIds: Map<number, string>;
  idTable: Int32Array;
  /** Variable-length symbol lists (attendees, coachees): a count, then the codes. */
  ints: Int32Array;
  intCount: number;
  /** Numbers of the facts that have any (versions, targets, scores, values). */
  nums: Float64Array;
  numCount: number;
}

/** Flags kept in the kind byte. */
export const KIND_MASK = 0x3f;
/** Some retraction names this row (see `retractedBy`). */
export const RETRACTED = 0x40;
/** The row's id is in `oddIds`, not `idWords`. */
export const ODD_ID = 0x80;

const INITIAL = 1024;

export function createColumns(): FactColumns {
  return {
    count: 0,
    kind: new Uint8Array(INITIAL),
    day: new Int32Array(INITIAL),
    position: new Float64Array(INITIAL),
    recordedMs: new Float64Array(INITIAL),
    a: new Int32Array(INITIAL),
    b: new Int32Array(INITIAL),
    c: new Int32Array(INITIAL),
    d: new Int32Array(INITIAL),
    idWords: new Int32Array(INITIAL * 4),
    oddIds: new Map(),
    idTable: new Int32Array(INITIAL * 2),
    ints: new Int32Array(INITIAL),
    intCount: 0,
    nums: new Float64Array(INITIAL),
    numCount: 0,
  };
}

type Growable = Uint8Array | Int32Array | Float64Array;

/** `array`, or a copy 1.5 times larger (at least `length`) if it is too short. */
export function ensure<T extends Growable>(array: T, length: number): T {
  if (length <= array.length) return array;
  const grown = new (array.constructor as new (n: number) => T)(Math.max(length, Math.ceil(array.length * 1.5)));
  grown.set(array);
  return grown;
}

/**
 * A new row (all slots -1), its id registered. The caller has checked the id is not there with
 * `rowOfId` just before: its parse of the id is reused (ids are parsed once per fact).
 */
export function appendRow(f: FactColumns, id: string): number {
  const row = f.count;
  if (row === f.kind.length) {
    const n = row + 1;
    f.kind = ensure(f.kind, n);
    f.day = ensure(f.day, n);
    f.position = ensure(f.position, n);
    f.recordedMs = ensure(f.recordedMs, n);
    f.a = ensure(f.a, n);
    f.b = ensure(f.b, n);
    f.c = ensure(f.c, n);
    f.d = ensure(f.d, n);
  }
  f.idWords = ensure(f.idWords, (row + 1) * 4);
  f.a[row] = f.b[row] = f.c[row] = f.d[row] = -1;
  f.count = row + 1;
  if (lastId === id ? lastWasUuid : parseUuid(id)) f.idWords.set(WORDS, row * 4);
  else {
    f.oddIds.set(row, id);
    f.kind[row] = ODD_ID;
  }
  if (f.count * 2 > f.idTable.length) rehash(f, f.idTable.length * 2);
  else place(f, row, hashOfRow(f, row));
  return row;
}

/** Appends `values` to a pool; returns where they start. */
export function pushInts(f: FactColumns, values: readonly number[]): number {
  const start = f.intCount;
  f.ints = ensure(f.ints, start + values.length);
  for (let i = 0; i < values.length; i++) f.ints[start + i] = values[i];
  f.intCount = start + values.length;
  return start;
}

export function pushNums(f: FactColumns, values: readonly number[]): number {
  const start = f.numCount;
  f.nums = ensure(f.nums, start + values.length);
  for (let i = 0; i < values.length; i++) f.nums[start + i] = values[i];
  f.numCount = start + values.length;
  return start;
}

/** The row of the fact with this event id, or -1. */
export function rowOfId(f: FactColumns, id: string): number {
  const uuid = parseUuid(id);
  lastId = id;
  lastWasUuid = uuid;
  const hash = uuid ? hashWords(WORDS[0], WORDS[1], WORDS[2], WORDS[3]) : hashString(id);
  const table = f.idTable;
  const mask = table.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = table[slot];
    if (entry === 0) return -1;
    const row = entry - 1;
    if (uuid ? sameWords(f, row) : f.oddIds.get(row) === id) return row;
  }
}

/** The event id of a row: what explanations name. */
export function idAt(f: FactColumns, row: number): string {
  if ((f.kind[row] & ODD_ID) !== 0) return f.oddIds.get(row) as string;
  const w = f.idWords;
  const o = row * 4;
  return formatUuid(w[o], w[o + 1], w[o + 2], w[o + 3]);
}

function sameWords(f: FactColumns, row: number): boolean {
  if ((f.kind[row] & ODD_ID) !== 0) return false;
  const w = f.idWords;
  const o = row * 4;
  return w[o] === WORDS[0] && w[o + 1] === WORDS[1] && w[o + 2] === WORDS[2] && w[o + 3] === WORDS[3];
}

/** The last id rowOfId parsed, and whether WORDS holds it. */
let lastId = '';
let lastWasUuid = false;

/** Scratch output of parseUuid. */
const WORDS = new Int32Array(4);

const parseUuid = (id: string): boolean => parseInto(id, WORDS);

function hashWords(w0: number, w1: number, w2: number, w3: number): number {
  let h = Math.imul(w0 ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ w1 ^ (h >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ w2 ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ w3 ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hashString(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function hashOfRow(f: FactColumns, row: number): number {
  if ((f.kind[row] & ODD_ID) !== 0) return hashString(f.oddIds.get(row) as string);
  const o = row * 4;
  return hashWords(f.idWords[o], f.idWords[o + 1], f.idWords[o + 2], f.idWords[o + 3]);
}

function place(f: FactColumns, row: number, hash: number): void {
  const table = f.idTable;
  const mask = table.length - 1;
  let slot = hash & mask;
  while (table[slot] !== 0) slot = (slot + 1) & mask;
  table[slot] = row + 1;
}

function rehash(f: FactColumns, size: number): void {
  f.idTable = new Int32Array(size);
  for (let row = 0; row < f.count; row++) place(f, row, hashOfRow(f, row));
}

/**
 * The columns cut to their length: what a snapshot stores. Views, not copies (a copy of ~175 MiB
 * of columns at 1.7 M facts would double the memory a snapshot needs): the runner serialises a
 * snapshot before the next event is applied, and serialising a view writes only its rows.
 */
export function trimmedColumns(f: FactColumns): FactColumns {
  const n = f.count;
  return {
    count: n,
    kind: f.kind.subarray(0, n),
    day: f.day.subarray(0, n),
    position: f.position.subarray(0, n),
    recordedMs: f.recordedMs.subarray(0, n),
    a: f.a.subarray(0, n),
    b: f.b.subarray(0, n),
    c: f.c.subarray(0, n),
    d: f.d.subarray(0, n),
    idWords: f.idWords.subarray(0, n * 4),
    oddIds: new Map(f.oddIds),
    idTable: f.idTable,
    ints: f.ints.subarray(0, f.intCount),
    intCount: f.intCount,
    nums: f.nums.subarray(0, f.numCount),
    numCount: f.numCount,
  };
}
