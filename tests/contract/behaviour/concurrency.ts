import { WrongExpectedVersionError } from '@norte/event-store';
import { anEvent, collect, uniqueStream } from '../../support/events';
import type { Harness } from '../harness';
import { ids } from './helpers';

export function describeConcurrency(h: () => Harness): void {
  describe('optimistic concurrency', () => {
    it('lets exactly one of several writers in separate processes win each revision', async () => {
      const harness = h();
      const writers = await Promise.all([harness.child(), harness.child(), harness.child()]);
      const stream = uniqueStream();
      const winners: string[] = [];
      for (let round = 0; round < 5; round++) {
        const expected = round === 0 ? 'no_stream' : BigInt(round - 1);
        const attempts = writers.map(() => anEvent('Raced', { round }));
        const outcomes = await Promise.all(writers.map((w, i) => w.append(stream, [attempts[i]!], expected)));
        const won = outcomes.flatMap((o, i) => (o.ok ? [attempts[i]!.id] : []));
        expect(won).toHaveLength(1);
        expect(outcomes.filter((o) => !o.ok).map((o) => !o.ok && o.code)).toEqual(['WRONG_EXPECTED_VERSION', 'WRONG_EXPECTED_VERSION']);
        winners.push(won[0]!);
      }
      expect(ids(await collect(harness.store.readStream(stream)))).toEqual(winners);
    });

    it('lets exactly one of several concurrent appends in one process win', async () => {
      const { store } = h();
      const stream = uniqueStream();
      const settled = await Promise.allSettled(Array.from({ length: 5 }, () => store.append(stream, [anEvent()], 'no_stream')));
      expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
      for (const s of settled.filter((s) => s.status === 'rejected')) {
        expect((s as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedVersionError);
      }
    });
  });
}
