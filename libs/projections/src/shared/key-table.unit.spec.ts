import { deserialize, serialize } from 'node:v8';
import { parseUuid } from './uuid';
import { addKey, addOther, addWords, codeOf, findKey, findOther, findWords, idOf, isOther, keyTable, parseUuidAt, type KeyTable } from './key-table';
import { indexOf, intern, nameCount, nameOf, names } from '../audit-trail/log-refs';
import { uuidOf } from '../audit-trail/log.fixtures.spec';

const clone = <T>(value: T): T => deserialize(serialize(value)) as T;

describe('UUIDs at an offset', () => {
  it('reads the same words as parseUuid, after any prefix, and refuses anything else', () => {
    const expected = new Uint32Array(4);
    const words = new Uint32Array(4);
    for (let i = 0; i < 300; i++) {
      const id = uuidOf(`id-${i}`);
      expect(parseUuid(id, expected)).toBe(true);
      for (const prefix of ['', 'team-', 'person-', 'x']) {
        expect(parseUuidAt(prefix + id, prefix.length, words)).toBe(true);
        expect([...words]).toEqual([...expected]);
      }
    }
    const id = uuidOf('one');
    for (const [text, from] of [[id.toUpperCase(), 0], [id.replace('-', '_'), 0], [`${id}0`, 0], [id.slice(1), 0], ['e1', 0], ['', 0], [id.replace(/[a-f]/, 'g'), 0], [`team-${id}`, 4], [`team-${id}`, 6]] as const) {
      expect(parseUuidAt(text, from, words)).toBe(false);
    }
  });
});

describe('key tables', () => {
  it('numbers ids in order of first use, per code, and gives them back as given', () => {
    const table = keyTable();
    const [a, b] = [uuidOf('a'), uuidOf('b')];
    expect([addKey(table, 0, a), addKey(table, 0, b), addKey(table, 3, a), addKey(table, 0, 'desk'), addKey(table, 3, 'desk'), addKey(table, 0, a.toUpperCase())]).toEqual([0, 1, 2, 3, 4, 5]);
    expect([addKey(table, 0, a), addKey(table, 3, 'desk'), addKey(table, 0, a.toUpperCase())]).toEqual([0, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((key) => [idOf(table, key), codeOf(table, key), isOther(table, key)])).toEqual([
      [a, 0, false], [b, 0, false], [a, 3, false], ['desk', 0, true], ['desk', 3, true], [a.toUpperCase(), 0, true],
    ]);
    expect([findKey(table, 1, a), findKey(table, 0, uuidOf('c')), findKey(table, 1, 'desk'), findKey(table, 0, 'phones')]).toEqual([-1, -1, -1, -1]);
    const words = new Uint32Array(4);
    parseUuid(b, words);
    expect([findWords(table, 0, words), addWords(table, 0, words), findOther(table, 3, 'desk'), addOther(table, 0, 'desk')]).toEqual([1, 1, 4, 3]);
  });

  it('finds every key of a large table, also through a structured clone, and goes on numbering after it', () => {
    const table = keyTable();
    const ids = Array.from({ length: 20_000 }, (_, i) => (i % 97 === 0 ? `other-${i}` : uuidOf(`key-${i}`)));
    ids.forEach((id, i) => expect(addKey(table, i % 3, id)).toBe(i));
    const restored = clone(table);
    for (const t of [table, restored] as KeyTable[]) {
      expect(t.count).toBe(ids.length);
      expect(ids.every((id, i) => findKey(t, i % 3, id) === i && idOf(t, i) === id && codeOf(t, i) === i % 3)).toBe(true);
      expect(ids.slice(0, 500).some((id, i) => findKey(t, (i + 1) % 3, id) >= 0)).toBe(false);
    }
    for (let i = 0; i < 5_000; i++) {
      expect(addKey(restored, 1, uuidOf(`more-${i}`))).toBe(ids.length + i);
      addKey(table, 1, uuidOf(`more-${i}`));
    }
    expect(restored).toEqual(table);
    expect(findKey(restored, 0, ids[3])).toBe(3);
  });
});

describe('interned names', () => {
  it('keeps prefixed UUIDs as a prefix and four words, anything else whole, and finds them again', () => {
    const table = names();
    const ids = [`team-${uuidOf('t1')}`, `person-${uuidOf('p1')}`, uuidOf('bare'), 'team-desk', `team-${uuidOf('t2')}`, `TEAM-${uuidOf('t1')}`, `team-${uuidOf('t1').toUpperCase()}`, ''];
    expect(ids.map((id) => intern(table, id))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(ids.map((id) => intern(table, id))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(table.prefixes).toEqual(['team-', 'person-', '', 'TEAM-']);
    const restored = clone(table);
    for (const t of [table, restored]) {
      expect(nameCount(t)).toBe(ids.length);
      expect(ids.map((_, i) => nameOf(t, i))).toEqual(ids);
      expect(ids.map((id) => indexOf(t, id))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect([indexOf(t, `team-${uuidOf('p1')}`), indexOf(t, `unit-${uuidOf('t1')}`), indexOf(t, 'team-phones')]).toEqual([undefined, undefined, undefined]);
    }
    expect(intern(restored, `unit-${uuidOf('t1')}`)).toBe(8);
    expect(nameOf(restored, 8)).toBe(`unit-${uuidOf('t1')}`);
  });
});
