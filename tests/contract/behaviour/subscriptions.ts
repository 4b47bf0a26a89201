import { anEvent, collect, someEvents, takeUntil, uniqueStream } from '../../support/events';
import type { ContractTarget, Harness } from '../harness';
import { ids, positions } from './helpers';

export function describeSubscriptions(h: () => Harness, target: ContractTarget): void {
  describe('subscription to all', () => {
    it('catches up, then stays live, with no gap and no duplicate while appends go on', async () => {
      const harness = h();
      const { store } = harness;
      const [a, b, c] = [uniqueStream(), uniqueStream(), uniqueStream()];
      const own = new Set([a, b, c]);
      const head = await store.headPosition();
      for (let i = 0; i < 15; i++) await store.append(i % 2 ? a : b, someEvents(100), 'any');

      let writing: Promise<void> | undefined;
      const writeWhileCatchingUp = async () => {
        for (let i = 0; i < 60; i++) await store.append(i % 2 ? c : a, [anEvent()], 'any');
      };
      // The consumer yields to the event loop every 50 events, so the writer's commits land
      // between catch-up pages, not only after the subscription went live.
      const received = await takeUntil(store.subscribeToAll({ after: head }), (r) => r.length === 1560, {
        keep: (e) => own.has(e.streamId),
        onEvent: async (_, soFar) => {
          writing ??= writeWhileCatchingUp();
          if (soFar.length % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
        },
      });
      await writing;
      const log = await harness.logOf([a, b, c], head);
      expect(log).toHaveLength(1560);
      expect(positions(received)).toEqual(positions(log));
      expect(ids(received)).toEqual(ids(log));
    });

    it('starts strictly after a given position', async () => {
      const harness = h();
      const { store } = harness;
      const stream = uniqueStream();
      const head = await store.headPosition();
      await store.append(stream, someEvents(10), 'no_stream');
      const log = await harness.logOf([stream], head);
      const subscription = store.subscribeToAll({ after: log[4]!.position });
      const live = anEvent();
      const received = await takeUntil(subscription, (r) => r.length === 6, {
        keep: (e) => e.streamId === stream,
        onEvent: (e) => void (e.id === log[9]!.id && store.append(stream, [live], 9n)),
      });
      expect(ids(received)).toEqual([...ids(log.slice(5)), live.id]);
    });

    (target.isolatedLog ? it : it.skip)('starts from the beginning without a checkpoint', async () => {
      const { store } = h();
      const events = someEvents(3);
      await store.append(uniqueStream(), events, 'no_stream');
      const received = await takeUntil(store.subscribeToAll(), (r) => r.length === 3);
      expect(ids(received)).toEqual(ids(events));
    });

    it('sees events appended by another process, in order, with local ones interleaved', async () => {
      const harness = h();
      const { store } = harness;
      const child = await harness.child();
      const [local, remote] = [uniqueStream(), uniqueStream()];
      const head = await store.headPosition();
      const received = takeUntil(store.subscribeToAll({ after: head }), (r) => r.length === 40, {
        keep: (e) => e.streamId === local || e.streamId === remote,
      });
      const appendRemotely = async (count: number) => {
        for (let i = 0; i < count; i++) {
          const outcome = await child.append(remote, [anEvent('Remote')], 'any');
          if (!outcome.ok) throw new Error(outcome.code);
        }
      };
      const remoteWhileLocal = appendRemotely(10);
      for (let i = 0; i < 20; i++) {
        await store.append(local, [anEvent('Local')], 'any');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await remoteWhileLocal;
      // Nothing local happens from here on: only noticing the other process's commits delivers these.
      await appendRemotely(10);
      const log = await harness.logOf([local, remote], head);
      expect(log.filter((e) => e.streamId === remote)).toHaveLength(20);
      expect(ids(await received)).toEqual(ids(log));
    });

    it('ends when closed, and when its store is closed', async () => {
      const harness = h();
      const first = harness.store.subscribeToAll({ after: await harness.store.headPosition() });
      const ended = collect(first);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await first.close();
      await ended;

      const second = harness.store.subscribeToAll({ after: await harness.store.headPosition() });
      const secondEnded = collect(second);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await harness.store.close();
      await secondEnded;
    });
  });
}
