import { deserialize, serialize } from 'node:v8';
import { addRow, ID_WIDTH, idTest, intern, interned, readId, table, trimmed, writeId } from './compact';

describe('compact storage', () => {
  it('gives ids back as written: UUIDs packed in 16 bytes, anything else kept aside', () => {
    const ids = [
      '00000000-0000-4000-8000-000000000000',
      'ffffffff-ffff-5fff-bfff-ffffffffffff',
      '6c6962ca-79bd-5ed6-85ca-a128acebaeef',
      'e1',
      'ABCDEF01-79bd-5ed6-85ca-a128acebaeef',
      // Not an RFC 4122 variant, still a UUID: packed.
      '6c6962ca-79bd-5ed6-c5ca-a128acebaeef',
      // Its third word is exactly the mark of a kept-aside id: kept aside too.
      '6c6962ca-79bd-5ed6-c000-0000acebaeef',
      '',
    ];
    const words = new Uint32Array(ids.length * ID_WIDTH);
    const others: string[] = [];
    ids.forEach((id, row) => writeId(words, row, id, others));
    expect(ids.map((_, row) => readId(words, row, others))).toEqual(ids);
    expect(others).toEqual(['e1', 'ABCDEF01-79bd-5ed6-85ca-a128acebaeef', '6c6962ca-79bd-5ed6-c000-0000acebaeef', '']);
    for (const [row, id] of ids.entries()) {
      expect(ids.map((_, other) => idTest(words, id, others)(other))).toEqual(ids.map((_, other) => other === row));
    }
    expect(ids.map((_, row) => idTest(words, '6c6962ca-79bd-5ed6-85ca-a128acebaef0', others)(row))).not.toContain(true);
  });

  it('grows every column together, keeps rows, and trims to the rows in use', () => {
    const rows = table((n) => ({ value: new Float64Array(n), id: new Uint32Array(n * ID_WIDTH), position: new BigInt64Array(n) }), 2);
    const others: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const row = addRow(rows);
      rows.columns.value[row] = i / 3;
      rows.columns.position[row] = BigInt(i) * 10n ** 15n;
      writeId(rows.columns.id, row, `id-${i}`, others);
    }
    expect(rows.count).toBe(1000);
    expect(rows.capacity).toBeGreaterThanOrEqual(1000);
    const saved = deserialize(serialize(trimmed(rows))) as typeof rows;
    expect(saved.capacity).toBe(1000);
    expect(saved.columns.id.length).toBe(1000 * ID_WIDTH);
    expect(Array.from(saved.columns.value)).toEqual(Array.from({ length: 1000 }, (_, i) => i / 3));
    expect(readId(saved.columns.id, 999, others)).toBe('id-999');
    expect(saved.columns.position[999]).toBe(999n * 10n ** 15n);
    expect(addRow(saved)).toBe(1000);
    expect(saved.columns.id.length / saved.capacity).toBe(ID_WIDTH);
  });

  it('keeps the width of an empty table through a snapshot', () => {
    const empty = deserialize(serialize(trimmed(table((n) => ({ id: new Uint32Array(n * ID_WIDTH) }))))) as ReturnType<typeof trimmed<{ id: Uint32Array }>>;
    expect(addRow(empty)).toBe(0);
    expect(empty.columns.id.length / empty.capacity).toBe(ID_WIDTH);
  });

  it('numbers each distinct string once, and again the same way when rebuilt from its values', () => {
    const strings = interned();
    expect(['a', 'b', 'a', 'c', 'b'].map((s) => intern(strings, s))).toEqual([0, 1, 0, 2, 1]);
    const rebuilt = interned(deserialize(serialize(strings.values)));
    expect(intern(rebuilt, 'c')).toBe(2);
    expect(intern(rebuilt, 'd')).toBe(3);
  });
});
