import { StreamNotFoundError } from '@norte/event-store';
import { anEvent, collect, someEvents, uniqueStream } from '../../support/events';
import type { Harness } from '../harness';
import { rejection, positions, strictlyIncreasing } from './helpers';

export function describeStreams(h: () => Harness): void {
  describe('a stream', () => {
    it('reads back what was appended, in order, with revisions from 0n', async () => {
      const { store } = h();
      const stream = uniqueStream();
      const events = someEvents(3);
      const result = await store.append(stream, events, 'no_stream');
      const read = await collect(store.readStream(stream));
      expect(result.nextExpectedRevision).toBe(2n);
      expect(read.map(({ id, type, data, metadata }) => ({ id, type, data, metadata }))).toEqual(events);
      expect(read.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
      expect(read.every((e) => e.streamId === stream && typeof e.position === 'bigint')).toBe(true);
      expect(strictlyIncreasing(positions(read))).toBe(true);
      expect(read[2]!.position).toBe(result.position);
    });

    it('keeps JSON payloads intact: nesting, unicode, numbers, null metadata', async () => {
      const { store } = h();
      const stream = uniqueStream();
      const event = { ...anEvent(), data: { name: 'Équipe Norte ✓', scores: [1, 2.5, -3], nested: { ok: true, none: null } }, metadata: null };
      await store.append(stream, [event], 'no_stream');
      const [read] = await collect(store.readStream(stream));
      expect(read).toMatchObject({ data: event.data, metadata: null });
    });

    it('reads from a revision, up to a count', async () => {
      const { store } = h();
      const stream = uniqueStream();
      await store.append(stream, someEvents(5), 'no_stream');
      const read = await collect(store.readStream(stream, { fromRevision: 2n, maxCount: 2 }));
      expect(read.map((e) => e.revision)).toEqual([2n, 3n]);
    });

    it('throws StreamNotFoundError for a stream without events', async () => {
      const error = await rejection(collect(h().store.readStream(uniqueStream())));
      expect(error).toBeInstanceOf(StreamNotFoundError);
    });
  });
}
