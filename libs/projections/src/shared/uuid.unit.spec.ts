import { formatUuid, parseUuid } from './uuid';

describe('UUIDs as four words', () => {
  const uuid = 'd90cf055-91d4-53d4-bd13-d4b63ccb82b1';

  it('parses a lowercase canonical UUID into words, signed or unsigned, and formats it back', () => {
    const unsigned = new Uint32Array(6);
    expect(parseUuid(uuid, unsigned, 2)).toBe(true);
    expect([...unsigned]).toEqual([0, 0, 0xd90cf055, 0x91d453d4, 0xbd13d4b6, 0x3ccb82b1]);
    const signed = new Int32Array(4);
    expect(parseUuid(uuid, signed)).toBe(true);
    expect(formatUuid(signed[0]!, signed[1]!, signed[2]!, signed[3]!)).toBe(uuid);
    expect(formatUuid(0, 0, 0, 0)).toBe('00000000-0000-0000-0000-000000000000');
    expect(formatUuid(-1, -1, -1, -1)).toBe('ffffffff-ffff-ffff-ffff-ffffffffffff');
  });

  it('refuses anything else and leaves the output untouched', () => {
    const out = new Uint32Array([7, 7, 7, 7]);
    for (const id of [uuid.toUpperCase(), uuid.replace('-', '_'), `${uuid}0`, uuid.slice(1), 'e1', '', uuid.replace('b', 'g')]) {
      expect(parseUuid(id, out)).toBe(false);
    }
    expect([...out]).toEqual([7, 7, 7, 7]);
  });

  it('round-trips ids of every digit at every place', () => {
    const out = new Uint32Array(4);
    for (let i = 0; i < 200; i++) {
      const digits = Array.from({ length: 32 }, (_, k) => '0123456789abcdef'[(i * 7 + k * 13 + ((i * k) >> 3)) % 16]).join('');
      const id = `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
      expect(parseUuid(id, out)).toBe(true);
      expect(formatUuid(out[0]!, out[1]!, out[2]!, out[3]!)).toBe(id);
    }
  });
});
