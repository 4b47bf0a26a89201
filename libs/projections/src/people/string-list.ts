/**
 * Strings numbered in order of arrival (external ids, say), read back by number. A snapshot keeps
 * them as one string and where each ends, so a restart deserialises one string and a typed array
 * instead of tens of thousands of strings; those restored are sliced out when read.
 */
export interface StringList {
  /** The first `packed` strings, one after the other. */
  readonly joined: string;
  /** Where each of them ends in `joined`. */
  readonly ends: Int32Array;
  readonly packed: number;
  /** Strings added since (all of them, until a snapshot). */
  readonly tail: string[];
}

export const stringList = (): StringList => ({ joined: '', ends: new Int32Array(0), packed: 0, tail: [] });

/** Adds a string and returns its number. */
export const pushString = (list: StringList, value: string): number => list.packed + list.tail.push(value) - 1;

export function stringAt(list: StringList, index: number): string {
  if (index >= list.packed) return list.tail[index - list.packed];
  return list.joined.slice(index === 0 ? 0 : list.ends[index - 1], list.ends[index]);
}

/** The same strings, all packed (a new list: the given one is left as it is). */
export function packed(list: StringList): StringList {
  if (list.tail.length === 0) return list;
  const count = list.packed + list.tail.length;
  const ends = new Int32Array(count);
  ends.set(list.ends.subarray(0, list.packed));
  let end = list.packed === 0 ? 0 : list.ends[list.packed - 1];
  list.tail.forEach((value, i) => {
    end += value.length;
    ends[list.packed + i] = end;
  });
  return { joined: list.joined + list.tail.join(''), ends, packed: count, tail: [] };
}
