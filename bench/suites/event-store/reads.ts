import { statSync } from 'node:fs';
import type { BenchResult, SuiteContext } from '../../types';
import { withBaseline } from '../../types';
import { RssPeak, inTurns, perSecond, settle, time } from './measure';
import type { NorteSide, RawSide } from './workload';

/** readAll and subscription catch-up over the whole log, against a raw scan; RSS sampled while reading. */
export async function reads(ctx: SuiteContext, norte: NorteSide, raw: RawSide, rounds: number, file: string): Promise<BenchResult[]> {
  const best = { norte: 0, raw: 0, norteRss: 0, norteRssPeak: 0, rawRss: 0, catchUp: 0 };
  let count = 0;
  let checksum = 0;
  const score = (data: unknown): number => (data as { score: number }).score;
  for (let round = 0; round < rounds; round++) {
    ctx.progress(`read round ${round + 1}/${rounds}`);
    await inTurns(
      round,
      async () => {
        const rss = new RssPeak();
        let scanned = 0;
        const ms = await time(() => {
          count = raw.raw.scan((_, data) => {
            checksum += score(data);
            if ((++scanned & 8191) === 0) rss.sample();
          });
        });
        best.raw = Math.max(best.raw, perSecond(count, ms));
        best.rawRss = Math.max(best.rawRss, rss.growthMiB);
      },
      async () => {
        const rss = new RssPeak();
        let read = 0;
        const ms = await time(async () => {
          for await (const event of norte.store.readAll()) {
            checksum += score(event.data);
            if ((++read & 8191) === 0) rss.sample();
          }
        });
        best.norte = Math.max(best.norte, perSecond(read, ms));
        best.norteRss = Math.max(best.norteRss, rss.growthMiB);
        best.norteRssPeak = Math.max(best.norteRssPeak, rss.peakMiB);
      },
    );
    await settle();
    let delivered = 0;
    const ms = await time(async () => {
      for await (const event of norte.store.subscribeToAll()) {
        checksum += score(event.data);
        if (++delivered === count) break;
      }
    });
    best.catchUp = Math.max(best.catchUp, perSecond(delivered, ms));
  }
  if (checksum === 0) throw new Error('nothing was read');

  const sizeMiB = Math.round(statSync(file).size / 2 ** 20);
  const label = count.toLocaleString('en-US');
  return [
    withBaseline({
      name: `readAll with JSON.parse of data + metadata, ${label} events`,
      value: best.norte, baseline: best.raw, unit: 'events/s',
      target: { kind: 'ratio-at-least', value: 0.7 },
      note: 'Baseline: one raw-mode SELECT … ORDER BY position iterated to the end. Norte reads keyset pages (position > ?) and yields RecordedEvents with bigint positions through an async iterator.',
    }),
    withBaseline({
      name: 'subscribeToAll catch-up over the whole log',
      value: best.catchUp, baseline: best.raw, unit: 'events/s',
    }),
    {
      name: `peak RSS growth during readAll of ${label} events`,
      value: best.norteRss, unit: 'MiB',
      target: { kind: 'at-most', value: 100 },
      note: `Growth over the RSS at the start of the read (after a GC); peak RSS ${Math.round(best.norteRssPeak)} MiB. The log file is ${sizeMiB} MiB; the raw streaming scan grew RSS by ${best.rawRss.toFixed(1)} MiB. Flat memory: far below the log size, independent of it.`,
    },
  ];
}
