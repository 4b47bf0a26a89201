/**
 * Snapshot forms for many small values: a structured clone restores each string, array or Map
 * entry as an object of its own (~0.4 µs apiece), while one string plus a typed array of offsets
 * restores at once and unpacks in a tight loop. For what a read model saves by the tens of
 * thousands (interned ids, lists per key); typed arrays of 4 KiB or more are written out of band.
 */

/** Strings end to end: value i is text.slice(ends[i - 1] ?? 0, ends[i]). */
export interface PackedStrings {
  readonly text: string;
  readonly ends: Int32Array;
}

export function packStrings(values: Iterable<string>): PackedStrings {
  const list = [...values];
  const ends = new Int32Array(list.length);
  let at = 0;
  for (let i = 0; i < list.length; i++) ends[i] = at += list[i]!.length;
  return { text: list.join(''), ends };
}

export function unpackStrings(packed: PackedStrings): string[] {
  const out = new Array<string>(packed.ends.length);
  let start = 0;
  for (let i = 0; i < out.length; i++) {
    const end = packed.ends[i]!;
    out[i] = packed.text.slice(start, end);
    start = end;
  }
  return out;
}

/** Lists of integers end to end: list i is values[ends[i - 1] ?? 0 … ends[i]). */
export interface PackedLists {
  readonly values: Int32Array;
  readonly ends: Int32Array;
}

export function packLists(lists: Iterable<readonly number[]>): PackedLists {
  const all = [...lists];
  const ends = new Int32Array(all.length);
  let at = 0;
  for (let i = 0; i < all.length; i++) ends[i] = at += all[i]!.length;
  const values = new Int32Array(at);
  at = 0;
  for (const list of all) {
    values.set(list, at);
    at += list.length;
  }
  return { values, ends };
}

export function unpackLists(packed: PackedLists): number[][] {
  const out = new Array<number[]>(packed.ends.length);
  let start = 0;
  for (let i = 0; i < out.length; i++) {
    const end = packed.ends[i]!;
    const list = new Array<number>(end - start);
    for (let j = start; j < end; j++) list[j - start] = packed.values[j]!;
    out[i] = list;
    start = end;
  }
  return out;
}
