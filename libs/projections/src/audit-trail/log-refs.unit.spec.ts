import { deserialize, serialize } from 'node:v8';
import { append, column, get, lastBelow } from '../shared/columns';
import { addRef, findInStream, logRefs, refAt, uuidWords } from './log-refs';

describe('columns', () => {
  it('keeps values across chunk boundaries and through a structured clone', () => {
    const col = column('float64');
    for (let i = 0; i < 70_000; i++) append(col, i * 1.5);
    const copy = deserialize(serialize(col)) as typeof col;
    expect([get(copy, 0), get(copy, 65_535), get(copy, 65_536), get(copy, 69_999)]).toEqual([0, 65_535 * 1.5, 65_536 * 1.5, 69_999 * 1.5]);
    expect(lastBelow(copy, copy.length, 3)).toBe(1);
    expect(lastBelow(copy, copy.length, 0)).toBe(-1);
  });
});

describe('log refs', () => {
  const uuid = 'd90cf055-91d4-53d4-bd13-d4b63ccb82b1';

  it('reads a lowercase canonical UUID as its 128 bits, and nothing else', () => {
    expect(uuidWords(uuid)).toEqual([0xd90cf055, 0x91d453d4, 0xbd13d4b6, 0x3ccb82b1]);
    expect(uuidWords(uuid.toUpperCase())).toBeNull();
    expect(uuidWords(uuid.replace('-', '_'))).toBeNull();
    expect(uuidWords('e1')).toBeNull();
  });

  it('finds an event of a stream by id, whatever the id looks like, and only in its stream', () => {
    const refs = logRefs();
    const nil = '00000000-0000-0000-0000-000000000000';
    const events = [
      { eventId: 'e1', streamId: 'team-a', revision: 0n, position: 1n },
      { eventId: uuid, streamId: 'team-a', revision: 1n, position: 5n },
      { eventId: nil, streamId: 'team-b', revision: 0n, position: 9n },
      { eventId: 'e4', streamId: 'team-b', revision: 1n, position: 2n ** 40n },
    ];
    for (const event of events) addRef(refs, event);
    const restored = deserialize(serialize(refs)) as typeof refs;
    for (const r of [refs, restored]) {
      expect(events.map((e) => findInStream(r, e.streamId, e.eventId))).toEqual([0, 1, 2, 3]);
      expect(findInStream(r, 'team-b', uuid)).toBe(-1);
      expect(findInStream(r, 'team-a', nil)).toBe(-1);
      expect(findInStream(r, 'team-c', 'e1')).toBe(-1);
      expect(refAt(r, 3)).toEqual({ streamId: 'team-b', revision: 1n, position: 2n ** 40n });
    }
  });
});
