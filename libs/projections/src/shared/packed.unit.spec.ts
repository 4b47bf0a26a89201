import { deserialize, serialize } from 'node:v8';
import { packLists, packStrings, unpackLists, unpackStrings } from './packed';

const roundTrip = <T>(value: T): T => deserialize(serialize(value)) as T;

describe('packed snapshot forms', () => {
  it('restores strings of any content and length, empty ones and non-Latin-1 included', () => {
    const values = ['', 'a', '0f8b6c3e-8a1d-4b7e-9c2a-1d2e3f4a5b6c', 'Ñandú — “quoted”', '', '😀 emoji', 'x'.repeat(5_000)];
    expect(unpackStrings(roundTrip(packStrings(values)))).toEqual(values);
    expect(unpackStrings(roundTrip(packStrings([])))).toEqual([]);
    expect(unpackStrings(roundTrip(packStrings(new Set(['b', 'a']))))).toEqual(['b', 'a']);
  });

  it('restores lists of integers, empty lists included, as plain mutable arrays', () => {
    const lists = [[1, 2, 3], [], [-7], [2 ** 31 - 1, -(2 ** 31)], []];
    const restored = unpackLists(roundTrip(packLists(lists)));
    expect(restored).toEqual(lists);
    expect(Array.isArray(restored[0])).toBe(true);
    restored[1]!.push(4);
    expect(restored[1]).toEqual([4]);
    expect(unpackLists(packLists([]))).toEqual([]);
  });
});
