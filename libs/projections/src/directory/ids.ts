import { append, column, get, type Column } from '../shared/columns';
import { formatUuid, parseUuid as parseShared } from '../shared/uuid';

/**
 * Event, person and team ids are lowercase UUIDs (but need not be): as four 32-bit words they take
 * 16 bytes in a column instead of a ~56-byte string on the heap, and looking one up compares
 * numbers instead of hashing and comparing strings (millions of person lookups on a replay).
 */

/** The words of the last id parsed. Evolve is synchronous: read them right after parsing. */
const parsed = new Uint32Array(4);

/** Parses a lowercase UUID into the scratch words (`parsedWord`); false for any other string. */
export const parseUuid = (id: string): boolean => parseShared(id, parsed);

/** Word `k` (0-3) of the last id parsed. */
export const parsedWord = (k: number): number => parsed[k] as number;

export const uuidOf = formatUuid;

/**
 * Ids interned as numbers 0, 1, 2… in order of first sight: the directory's columns hold the
 * numbers. UUIDs are found through an open-addressing table over their words; other ids through a
 * map. Plain data (typed arrays, maps), so a snapshot keeps it as it is.
 */
export interface IdTable {
  /** Four words per id; zeros for an id that is not a lowercase UUID. */
  readonly words: Column<'uint32'>;
  /** Number + 1 of the UUID in each slot, 0 when free; never more than half full. */
  slots: Int32Array;
  readonly otherNumbers: Map<string, number>;
  readonly otherIds: Map<number, string>;
}

export const idTable = (): IdTable => ({ words: column('uint32'), slots: new Int32Array(1024), otherNumbers: new Map(), otherIds: new Map() });

export const sizeOf = (table: IdTable): number => table.words.length / 4;

const hashOf = (w0: number, w1: number, w2: number, w3: number) => Math.imul(w0 ^ w1 ^ w2 ^ w3, 0x9e3779b1) >>> 0;

function sameWords(table: IdTable, n: number, w0: number, w1: number, w2: number, w3: number): boolean {
  const at = n * 4;
  return get(table.words, at) === w0 && get(table.words, at + 1) === w1 && get(table.words, at + 2) === w2 && get(table.words, at + 3) === w3;
}

/** The slot holding that UUID, or the free slot where it would go. */
function slotOf(table: IdTable, w0: number, w1: number, w2: number, w3: number): number {
  const mask = table.slots.length - 1;
  for (let slot = hashOf(w0, w1, w2, w3) & mask; ; slot = (slot + 1) & mask) {
    const held = table.slots[slot] as number;
    if (held === 0 || sameWords(table, held - 1, w0, w1, w2, w3)) return slot;
  }
}

function grow(table: IdTable): void {
  const slots = table.slots;
  table.slots = new Int32Array(slots.length * 2);
  for (const held of slots) {
    if (held === 0) continue;
    const at = (held - 1) * 4;
    const w = [0, 1, 2, 3].map((k) => get(table.words, at + k)) as [number, number, number, number];
    table.slots[slotOf(table, ...w)] = held;
  }
}

/** The id's number: -1 if never seen, unless `add`, which gives it the next number. */
function lookup(table: IdTable, id: string, add: boolean): number {
  if (!parseUuid(id)) {
    const known = table.otherNumbers.get(id);
    if (known !== undefined || !add) return known ?? -1;
    const n = sizeOf(table);
    for (let k = 0; k < 4; k++) append(table.words, 0);
    table.otherNumbers.set(id, n);
    table.otherIds.set(n, id);
    return n;
  }
  const w0 = parsedWord(0);
  const w1 = parsedWord(1);
  const w2 = parsedWord(2);
  const w3 = parsedWord(3);
  const slot = slotOf(table, w0, w1, w2, w3);
  const held = table.slots[slot] as number;
  if (held !== 0 || !add) return held - 1;
  const n = sizeOf(table);
  append(table.words, w0);
  append(table.words, w1);
  append(table.words, w2);
  append(table.words, w3);
  table.slots[slot] = n + 1;
  if (sizeOf(table) * 2 > table.slots.length) grow(table);
  return n;
}

/** The id's number, given the next one on first sight. */
export const intern = (table: IdTable, id: string): number => lookup(table, id, true);

/** The id's number, or -1 if never seen. */
export const numberOf = (table: IdTable, id: string): number => lookup(table, id, false);

export function idOf(table: IdTable, n: number): string {
  const at = n * 4;
  return table.otherIds.get(n) ?? uuidOf(get(table.words, at), get(table.words, at + 1), get(table.words, at + 2), get(table.words, at + 3));
}

/**
 * Event ids of a run of entries (facts, retractions), entry k at words 4k…4k+3: the id's words when
 * it is a lowercase UUID, zeros and the id verbatim in `others` when it is not.
 */
export interface EventIds {
  readonly words: Column<'uint32'>;
  readonly others: Map<number, string>;
}

export const eventIds = (): EventIds => ({ words: column('uint32'), others: new Map() });

/** Appends an entry's event id; returns the entry. */
export function addEventId(ids: EventIds, id: string): number {
  const entry = ids.words.length >>> 2;
  if (parseUuid(id)) {
    append(ids.words, parsed[0] as number);
    append(ids.words, parsed[1] as number);
    append(ids.words, parsed[2] as number);
    append(ids.words, parsed[3] as number);
  } else {
    for (let k = 0; k < 4; k++) append(ids.words, 0);
    ids.others.set(entry, id);
  }
  return entry;
}

const otherOf = (ids: EventIds, entry: number): string | undefined => (ids.others.size === 0 ? undefined : ids.others.get(entry));

export function eventIdAt(ids: EventIds, entry: number): string {
  const at = entry * 4;
  return otherOf(ids, entry) ?? uuidOf(get(ids.words, at), get(ids.words, at + 1), get(ids.words, at + 2), get(ids.words, at + 3));
}

/** Whether entry `i` of `a` and entry `j` of `b` have the same event id. */
export function sameEventId(a: EventIds, i: number, b: EventIds, j: number): boolean {
  const otherA = otherOf(a, i);
  const otherB = otherOf(b, j);
  if (otherA !== undefined || otherB !== undefined) return otherA === otherB;
  const x = i * 4;
  const y = j * 4;
  return get(a.words, x) === get(b.words, y) && get(a.words, x + 1) === get(b.words, y + 1) && get(a.words, x + 2) === get(b.words, y + 2) && get(a.words, x + 3) === get(b.words, y + 3);
}
