import { WrongExpectedVersionError } from '@norte/event-store';
import { anEvent, collect, someEvents, uniqueStream } from '../../support/events';
import type { Harness } from '../harness';
import { rejection } from './helpers';

export function describeExpectedRevisions(h: () => Harness): void {
  const wrongVersion = async (promise: Promise<unknown>, actual: bigint | 'no_stream') => {
    const error = await rejection(promise);
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect((error as WrongExpectedVersionError).actual).toBe(actual);
  };

  describe('expected revision', () => {
    it("'no_stream' creates a stream and refuses an existing one", async () => {
      const { store } = h();
      const stream = uniqueStream();
      expect((await store.append(stream, [anEvent()], 'no_stream')).nextExpectedRevision).toBe(0n);
      await wrongVersion(store.append(stream, [anEvent()], 'no_stream'), 0n);
    });

    it("'stream_exists' refuses a missing stream and appends to an existing one", async () => {
      const { store } = h();
      const stream = uniqueStream();
      await wrongVersion(store.append(stream, [anEvent()], 'stream_exists'), 'no_stream');
      await store.append(stream, [anEvent()], 'no_stream');
      expect((await store.append(stream, [anEvent()], 'stream_exists')).nextExpectedRevision).toBe(1n);
    });

    it('an exact revision appends only when it is the last revision', async () => {
      const { store } = h();
      const stream = uniqueStream();
      await wrongVersion(store.append(stream, [anEvent()], 0n), 'no_stream');
      await store.append(stream, someEvents(2), 'no_stream');
      await wrongVersion(store.append(stream, [anEvent()], 0n), 1n);
      await wrongVersion(store.append(stream, [anEvent()], 2n), 1n);
      expect((await store.append(stream, someEvents(2), 1n)).nextExpectedRevision).toBe(3n);
    });

    it("'any' appends whatever the stream's state", async () => {
      const { store } = h();
      const stream = uniqueStream();
      expect((await store.append(stream, [anEvent()], 'any')).nextExpectedRevision).toBe(0n);
      expect((await store.append(stream, [anEvent()], 'any')).nextExpectedRevision).toBe(1n);
    });

    it('refuses an empty append', async () => {
      expect(await rejection(h().store.append(uniqueStream(), [], 'any'))).toBeInstanceOf(RangeError);
    });

    it('a refused append writes nothing', async () => {
      const { store } = h();
      const stream = uniqueStream();
      await store.append(stream, someEvents(2), 'no_stream');
      await rejection(store.append(stream, someEvents(3), 5n));
      expect(await collect(store.readStream(stream))).toHaveLength(2);
    });
  });
}
