import { DuplicateEventIdError, WrongExpectedVersionError } from '@norte/event-store';
import { anEvent, collect, someEvents, uniqueStream } from '../../support/events';
import type { ContractTarget, Harness } from '../harness';
import { rejection, ids } from './helpers';

export function describeIdempotency(h: () => Harness, target: ContractTarget): void {
  describe('idempotent append', () => {
    it('stores the same events at the same expected revision once and returns the original result', async () => {
      const { store } = h();
      const stream = uniqueStream();
      const events = someEvents(2);
      const first = await store.append(stream, events, 'no_stream');
      const again = await store.append(stream, events, 'no_stream');
      expect(again).toEqual(first);
      expect(ids(await collect(store.readStream(stream)))).toEqual(ids(events));
    });

    it('recognises a retry at an exact revision after the stream moved on', async () => {
      const harness = h();
      const { store } = harness;
      const stream = uniqueStream();
      const head = await store.headPosition();
      await store.append(stream, [anEvent()], 'no_stream');
      const retried = someEvents(2);
      const first = await store.append(stream, retried, 0n);
      await store.append(stream, [anEvent()], 2n);
      expect(await store.append(stream, retried, 0n)).toEqual(first);
      expect(await harness.logOf([stream], head)).toHaveLength(4);
    });

    it('treats a partial overlap with stored events as a conflict', async () => {
      const { store } = h();
      const stream = uniqueStream();
      const [a, b, c] = someEvents(3);
      await store.append(stream, [a!, b!], 'no_stream');
      expect(await rejection(store.append(stream, [a!, c!], 'no_stream'))).toBeInstanceOf(WrongExpectedVersionError);
    });

    (target.globallyUniqueEventIds ? it : it.skip)('refuses the same event ids in another stream or at another revision', async () => {
      const { store } = h();
      const stream = uniqueStream();
      const events = someEvents(2);
      await store.append(stream, events, 'no_stream');
      const elsewhere = await rejection(store.append(uniqueStream(), events, 'no_stream'));
      expect(elsewhere).toBeInstanceOf(DuplicateEventIdError);
      expect((elsewhere as DuplicateEventIdError).eventId).toBe(events[0]!.id);
      expect(await rejection(store.append(stream, [events[1]!], 1n))).toBeInstanceOf(DuplicateEventIdError);
    });
  });
}
