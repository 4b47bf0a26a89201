import { formatUuid } from './uuid';

/**
 * Ids numbered in order of first use (interned), kept in typed arrays instead of strings and a Map:
 * each key is a small int `code` (a stream's category, a team…) and a lowercase canonical UUID as
 * four words, found again through an open-addressing hash table of key numbers. A read model's
 * snapshot is a structured clone, and typed arrays restore as views into the file: a table of a
 * hundred thousand ids restores in no time, where a Map of their strings costs tens of ms to
 * rebuild. Ids that are no lowercase UUID (test ids, upper case) are kept as strings, in a Map.
 *
 * Used by the audit trail, activity feed, roadmap, people and outcomes read models.
 */
export interface KeyTable {
  /** Keys in use: 0 … count - 1. */
  count: number;
  /** Per key: its code, or ~code for a key whose id is no UUID (kept in `others`). */
  codes: Int32Array;
  /** Four words per key: its UUID, or its index in `others` then three zeros. */
  words: Uint32Array;
  /** Key + 1 per slot, 0 for an empty one (linear probing); a power of two, at least twice `count`. */
  slots: Int32Array;
  /** Ids that are no lowercase UUID, in order of first use. */
  readonly others: string[];
  /** `<code> <id>` → key, for ids kept in `others`. */
  readonly otherKeys: Map<string, number>;
}

const FIRST_CAPACITY = 8;

export const keyTable = (): KeyTable => ({
  count: 0,
  codes: new Int32Array(FIRST_CAPACITY),
  words: new Uint32Array(FIRST_CAPACITY * 4),
  slots: new Int32Array(FIRST_CAPACITY * 2),
  others: [],
  otherKeys: new Map(),
});

// ---- UUIDs at an offset (shared/uuid.ts parses whole ids; stream ids carry a prefix) ----

const HEX_VALUE = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 16; digit++) HEX_VALUE['0123456789abcdef'.charCodeAt(digit)] = digit;
const DASH = 45;

function hexWord(id: string, at: number, split: number): number {
  let value = 0;
  for (let k = 0; k < 8; k++) {
    const code = id.charCodeAt(k < split ? at + k : at + k + 1);
    const digit = code < 128 ? HEX_VALUE[code] : -1;
    if (digit < 0) return -1;
    value = (value << 4) | digit;
  }
  return value >>> 0;
}

/**
 * Writes the four words of the lowercase canonical UUID that makes up `id` from `from` to its end
 * into `out` and returns true (the words as shared/uuid.ts's parseUuid gives them); false for
 * anything else, `out` then holding garbage.
 */
export function parseUuidAt(id: string, from: number, out: Uint32Array): boolean {
  if (id.length !== from + 36 || id.charCodeAt(from + 8) !== DASH || id.charCodeAt(from + 13) !== DASH || id.charCodeAt(from + 18) !== DASH || id.charCodeAt(from + 23) !== DASH) {
    return false;
  }
  // Digits 8k … 8k + 7 of the id without its dashes: words 1 and 2 straddle a dash.
  const w0 = hexWord(id, from, 8);
  const w1 = hexWord(id, from + 9, 4);
  const w2 = hexWord(id, from + 19, 4);
  const w3 = hexWord(id, from + 28, 8);
  if (w0 < 0 || w1 < 0 || w2 < 0 || w3 < 0) return false;
  out[0] = w0;
  out[1] = w1;
  out[2] = w2;
  out[3] = w3;
  return true;
}

/** Scratch words for parsing ids (single-threaded, never held across calls). */
export const probe = new Uint32Array(4);

// ---- the table ----

function hash(code: number, w0: number, w1: number, w2: number, w3: number): number {
  let h = Math.imul(code ^ 0x9e3779b9, 0x85ebca6b) ^ w0;
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35) ^ w1;
  h = Math.imul(h ^ (h >>> 13), 0x85ebca6b) ^ w2;
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35) ^ w3;
  h = Math.imul(h ^ (h >>> 13), 0x85ebca6b);
  return h ^ (h >>> 16);
}

/** The slot holding the key (code, words), or the empty slot where it would go, as ~slot. */
function slotOf(table: KeyTable, code: number, words: Uint32Array): number {
  const { slots, codes } = table;
  const stored = table.words;
  const w0 = words[0];
  const w1 = words[1];
  const w2 = words[2];
  const w3 = words[3];
  const mask = slots.length - 1;
  for (let slot = hash(code, w0, w1, w2, w3) & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot];
    if (entry === 0) return ~slot;
    const key = entry - 1;
    const at = key * 4;
    if (codes[key] === code && stored[at] === w0 && stored[at + 1] === w1 && stored[at + 2] === w2 && stored[at + 3] === w3) return slot;
  }
}

/** The key of (code, UUID words), or -1. */
export function findWords(table: KeyTable, code: number, words: Uint32Array): number {
  const slot = slotOf(table, code, words);
  return slot < 0 ? -1 : table.slots[slot] - 1;
}

function grown<T extends Int32Array | Uint32Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}

/** Appends a key and returns its number; the caller files it (slots or `otherKeys`). */
function newKey(table: KeyTable, code: number, w0: number): number {
  const key = table.count;
  if (key === table.codes.length) {
    table.codes = grown(table.codes, key * 2);
    table.words = grown(table.words, key * 8);
  }
  table.codes[key] = code;
  table.words[key * 4] = w0;
  table.count = key + 1;
  return key;
}

function rehash(table: KeyTable): void {
  const slots = new Int32Array(table.slots.length * 2);
  const mask = slots.length - 1;
  const { codes, words } = table;
  for (let key = 0; key < table.count; key++) {
    if (codes[key] < 0) continue;
    const at = key * 4;
    let slot = hash(codes[key], words[at], words[at + 1], words[at + 2], words[at + 3]) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = key + 1;
  }
  table.slots = slots;
}

/** The key of (code, UUID words), added if new. */
export function addWords(table: KeyTable, code: number, words: Uint32Array): number {
  let slot = slotOf(table, code, words);
  if (slot >= 0) return table.slots[slot] - 1;
  if ((table.count + 1) * 2 > table.slots.length) {
    rehash(table);
    slot = slotOf(table, code, words);
  }
  const key = newKey(table, code, words[0]);
  const at = key * 4;
  table.words[at + 1] = words[1];
  table.words[at + 2] = words[2];
  table.words[at + 3] = words[3];
  table.slots[~slot] = key + 1;
  return key;
}

/** The key of (code, an id that is no UUID), or -1. */
export const findOther = (table: KeyTable, code: number, id: string): number => table.otherKeys.get(`${code} ${id}`) ?? -1;

/** The key of (code, an id that is no UUID), added if new. */
export function addOther(table: KeyTable, code: number, id: string): number {
  const name = `${code} ${id}`;
  const known = table.otherKeys.get(name);
  if (known !== undefined) return known;
  const key = newKey(table, ~code, table.others.push(id) - 1);
  table.otherKeys.set(name, key);
  return key;
}

/** The key of (code, id), or -1. */
export const findKey = (table: KeyTable, code: number, id: string): number =>
  parseUuidAt(id, 0, probe) ? findWords(table, code, probe) : findOther(table, code, id);

/** The key of (code, id), added if new. */
export const addKey = (table: KeyTable, code: number, id: string): number =>
  parseUuidAt(id, 0, probe) ? addWords(table, code, probe) : addOther(table, code, id);

/** Whether the key's id is kept as a string (no UUID). */
export const isOther = (table: KeyTable, key: number): boolean => table.codes[key] < 0;

/** The key's code. */
export const codeOf = (table: KeyTable, key: number): number => (table.codes[key] < 0 ? ~table.codes[key] : table.codes[key]);

/** The key's id as it was given (a UUID comes back in its canonical form, which is how it was given). */
export function idOf(table: KeyTable, key: number): string {
  const at = key * 4;
  const { words } = table;
  return table.codes[key] < 0 ? table.others[words[at]] : formatUuid(words[at], words[at + 1], words[at + 2], words[at + 3]);
}

/** `array` grown (doubling) to hold index `index`: columns kept per key grow with the table. */
export function room<T extends Int32Array | Uint32Array | Uint8Array | Float64Array>(array: T, index: number, fill = 0): T {
  if (index < array.length) return array;
  const copy = new (array.constructor as new (length: number) => T)(Math.max(index + 1, array.length * 2));
  copy.set(array as never);
  if (fill !== 0) copy.fill(fill as never, array.length);
  return copy;
}
