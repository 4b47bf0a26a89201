import { collect, someEvents, uniqueStream } from '../../support/events';
import type { ContractTarget, Harness } from '../harness';
import { ids, positions, strictlyIncreasing } from './helpers';

export function describeGlobalLog(h: () => Harness, target: ContractTarget): void {
  describe('the global log', () => {
    it('orders events across streams by commit, positions strictly increasing', async () => {
      const harness = h();
      const { store } = harness;
      const [a, b, c] = [uniqueStream(), uniqueStream(), uniqueStream()];
      const head = await store.headPosition();
      const appends = [
        [a, someEvents(2)],
        [b, someEvents(1)],
        [a, someEvents(1)],
        [c, someEvents(3)],
      ] as const;
      const results = [];
      for (const [stream, events] of appends) results.push(await store.append(stream, events, 'any'));
      const log = await harness.logOf([a, b, c], head);
      expect(ids(log)).toEqual(appends.flatMap(([, events]) => ids(events)));
      expect(strictlyIncreasing(positions(log))).toBe(true);
      const lastOfEachAppend = [1, 2, 3, 6].map((i) => log[i]!.position);
      expect(results.map((r) => r.position)).toEqual(lastOfEachAppend);
      if (target.isolatedLog) expect(await store.headPosition()).toBe(log[6]!.position);
    });

    it('pages with after and limit', async () => {
      const harness = h();
      const { store } = harness;
      const streams = [uniqueStream(), uniqueStream(), uniqueStream()];
      const head = await store.headPosition();
      const appended = [];
      for (let i = 0; i < 5; i++) {
        const events = someEvents(5);
        await store.append(streams[i % 3]!, events, 'any');
        appended.push(...ids(events));
      }
      const own = new Set(streams);
      const seen: string[] = [];
      let cursor = head;
      const pageSizes: number[] = [];
      while (seen.length < appended.length) {
        const page = await collect(store.readAll({ after: cursor, limit: 10 }));
        expect(page.length).toBeLessThanOrEqual(10);
        expect(page.length).toBeGreaterThan(0);
        expect(page.every((e) => e.position > cursor)).toBe(true);
        pageSizes.push(page.length);
        seen.push(...ids(page.filter((e) => own.has(e.streamId))));
        cursor = page[page.length - 1]!.position;
      }
      expect(seen).toEqual(appended);
      if (target.isolatedLog) {
        expect(pageSizes).toEqual([10, 10, 5]);
        expect(await collect(store.readAll({ after: cursor }))).toEqual([]);
      }
    });

    it('reads only the types asked for, in log order, limit counting those only', async () => {
      const harness = h();
      const { store } = harness;
      const [a, b] = [uniqueStream(), uniqueStream()];
      const head = await store.headPosition();
      const kept = [...someEvents(2, 'Kept'), ...someEvents(1, 'AlsoKept')];
      await store.append(a, [kept[0]!, ...someEvents(2, 'Skipped')], 'any');
      await store.append(b, [kept[1]!, ...someEvents(1, 'Skipped'), kept[2]!], 'any');
      const own = <E extends { streamId: string }>(events: E[]) => events.filter((e) => e.streamId === a || e.streamId === b);

      const read = own(await collect(store.readAll({ after: head, types: ['Kept', 'AlsoKept'] })));
      expect(ids(read)).toEqual(ids(kept));
      expect(strictlyIncreasing(positions(read))).toBe(true);
      expect(read.map((e) => e.type)).toEqual(['Kept', 'Kept', 'AlsoKept']);
      if (target.isolatedLog) {
        expect(ids(await collect(store.readAll({ after: head, types: ['Kept', 'AlsoKept'], limit: 2 })))).toEqual(ids(kept.slice(0, 2)));
        expect(await collect(store.readAll({ after: head, types: [] }))).toEqual([]);
      }
    });

    it('is the same after the store is closed and reopened', async () => {
      const harness = h();
      const stream = uniqueStream();
      const head = await harness.store.headPosition();
      await harness.store.append(stream, someEvents(3), 'no_stream');
      const before = await harness.logOf([stream], head);
      await harness.store.close();
      harness.store = harness.open();
      expect(await collect(harness.store.readStream(stream))).toEqual(before);
      expect(await harness.logOf([stream], head)).toEqual(before);
      if (target.isolatedLog) expect(await harness.store.headPosition()).toBe(before[2]!.position);
    });

    (target.isolatedLog ? it : it.skip)('has head position 0n while empty', async () => {
      expect(await h().store.headPosition()).toBe(0n);
      expect(await collect(h().store.readAll())).toEqual([]);
    });
  });
}
