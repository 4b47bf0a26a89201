import { deserialize, serialize } from 'node:v8';
import { packed, pushString, stringAt, stringList, type StringList } from './string-list';

const clone = (list: StringList): StringList => deserialize(serialize(list)) as StringList;

describe('string lists', () => {
  it('gives strings back by number, packed or not, through snapshots and more strings', () => {
    const values = ['EMP-1', '', 'ñandú ✓', 'EMP-1', 'x'.repeat(5000), 'last'];
    const list = stringList();
    values.slice(0, 3).forEach((value, i) => expect(pushString(list, value)).toBe(i));
    const restored = clone(packed(list));
    expect(restored.tail).toEqual([]);
    expect(restored.packed).toBe(3);
    values.slice(3).forEach((value, i) => {
      expect(pushString(restored, value)).toBe(3 + i);
      pushString(list, value);
    });
    const again = clone(packed(restored));
    for (const l of [list, restored, again, packed(list)]) expect(values.map((_, i) => stringAt(l, i))).toEqual(values);
    expect(again.joined).toBe(values.join(''));
    expect(packed(again)).toBe(again);
  });
});
