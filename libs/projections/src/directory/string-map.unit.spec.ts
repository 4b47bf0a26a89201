import { deserialize, serialize } from 'node:v8';
import { getValue, setValue, stringMap, type StringMap } from './string-map';

describe('string map (typed arrays)', () => {
  it('answers as a Map would: growth, overwrites, keys beyond one byte, prefixes, the empty key', () => {
    const map = stringMap();
    const model = new Map<string, number>();
    const put = (key: string, value: number) => {
      setValue(map, key, value);
      model.set(key, value);
    };
    // Enough keys to grow the slot table several times and the columns past their first chunks.
    for (let i = 0; i < 5000; i++) put(`EMP-${i}`, i);
    for (let i = 0; i < 5000; i += 7) put(`EMP-${i}`, -1 - i);
    for (const key of ['', 'E', 'EMP-', 'EMP-1', 'EMP-10', 'émp-1', 'Ωmega', '名前', 'x\u0100', 'x\u00ff']) put(key, key.length);
    put('Ωmega', 42);

    const keys = [...model.keys(), 'EMP-5000', 'EMP-10 ', 'emp-1', 'Ω', 'x\u0101', 'x'];
    for (const key of keys) expect(getValue(map, key)).toBe(model.get(key));
    expect(map.others.size).toBe(3);

    const restored = deserialize(serialize(map)) as StringMap;
    for (const key of keys) expect(getValue(restored, key)).toBe(model.get(key));
  });
});
