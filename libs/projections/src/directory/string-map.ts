import { append, column, get, set, type Column } from '../shared/columns';

/**
 * A map from strings to numbers (external id → person number: ~57 k of them on the benchmark's
 * data) held in typed arrays, so a snapshot restores it as it is instead of rebuilding a Map entry
 * and a string per key. Keys are open-addressed by hash over their characters; keys whose
 * characters all fit a byte (every external id in practice) are stored one byte per character,
 * any other key in a plain map on the side.
 */
export interface StringMap {
  /** Characters of every stored key, one after the other. */
  readonly chars: Column<'uint8'>;
  /** Where each key starts in `chars`; it ends where the next one starts. */
  readonly starts: Column<'int32'>;
  readonly values: Column<'int32'>;
  /** Key number + 1 in each slot, 0 when free; never more than half full. */
  slots: Int32Array;
  /** Keys with a character beyond one byte, with their values. */
  readonly others: Map<string, number>;
}

export const stringMap = (): StringMap => ({ chars: column('uint8'), starts: column('int32'), values: column('int32'), slots: new Int32Array(1024), others: new Map() });

/** FNV-1a over the key's characters; -1 when one does not fit a byte. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c > 255) return -1;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  return hash >>> 0;
}

const endOf = (map: StringMap, n: number): number => (n + 1 < map.starts.length ? get(map.starts, n + 1) : map.chars.length);

function sameKey(map: StringMap, n: number, key: string): boolean {
  const start = get(map.starts, n);
  if (endOf(map, n) - start !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (get(map.chars, start + i) !== key.charCodeAt(i)) return false;
  return true;
}

/** The slot holding that key, or the free slot where it would go. */
function slotOf(map: StringMap, key: string, hash: number): number {
  const mask = map.slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const held = map.slots[slot] as number;
    if (held === 0 || sameKey(map, held - 1, key)) return slot;
  }
}

function keyAt(map: StringMap, n: number): string {
  let key = '';
  for (let i = get(map.starts, n), end = endOf(map, n); i < end; i++) key += String.fromCharCode(get(map.chars, i));
  return key;
}

function grow(map: StringMap): void {
  const slots = map.slots;
  map.slots = new Int32Array(slots.length * 2);
  for (const held of slots) {
    if (held === 0) continue;
    const key = keyAt(map, held - 1);
    map.slots[slotOf(map, key, hashOf(key))] = held;
  }
}

export function getValue(map: StringMap, key: string): number | undefined {
  const hash = hashOf(key);
  if (hash < 0) return map.others.get(key);
  const held = map.slots[slotOf(map, key, hash)] as number;
  return held === 0 ? undefined : get(map.values, held - 1);
}

export function setValue(map: StringMap, key: string, value: number): void {
  const hash = hashOf(key);
  if (hash < 0) {
    map.others.set(key, value);
    return;
  }
  const slot = slotOf(map, key, hash);
  const held = map.slots[slot] as number;
  if (held !== 0) {
    set(map.values, held - 1, value);
    return;
  }
  const n = append(map.starts, map.chars.length);
  for (let i = 0; i < key.length; i++) append(map.chars, key.charCodeAt(i));
  append(map.values, value);
  map.slots[slot] = n + 1;
  if ((n + 1) * 2 > map.slots.length) grow(map);
}
