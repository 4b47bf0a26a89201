import { join } from 'node:path';
import { openSqliteEventStore } from '@norte/event-store';
import { type BenchResult, type Suite, type SuiteContext, withBaseline } from '../../types';
import { interleaved, perSecond, time } from './measure';
import { reads } from './reads';
import { RawSqlite } from './raw-sqlite';
import { NorteSide, RawSide, STREAMS, eventsFor } from './workload';

const FULL = { total: 1_000_000, single: 5_000, batches: 200, readRounds: 2, writers: 50 };
const QUICK = { total: 50_000, single: 1_000, batches: 50, readRounds: 2, writers: 50 };
const BATCH = 100;
const SLICE = 50;

export const eventStoreSuite: Suite = {
  name: 'event-store',
  title: 'Event store: SQLite adapter vs raw better-sqlite3',
  description:
    'Baseline: plain better-sqlite3 on a second file with the same DDL, indexes and pragmas (WAL, synchronous=FULL), ' +
    'no Norte code, paying the same JSON.stringify / JSON.parse. Appends run on files already holding the whole log, ' +
    'Norte and raw alternating in small slices (same disk conditions); reads are the best of alternating rounds.',
  run,
};

async function run(ctx: SuiteContext): Promise<BenchResult[]> {
  const size = ctx.quick ? QUICK : FULL;
  const norteFile = join(ctx.tmpDir, 'norte.sqlite');
  const norte = new NorteSide(openSqliteEventStore({ file: norteFile }));
  const raw = new RawSide(new RawSqlite(join(ctx.tmpDir, 'raw.sqlite')));
  const results: BenchResult[] = [];
  try {
    const label = size.total.toLocaleString('en-US');
    ctx.progress(`filling both logs to ${label} events`);
    const fill = { norte: 0, raw: 0 };
    for (let i = 0; i < size.total / BATCH; i++) {
      const events = eventsFor(i % STREAMS, BATCH);
      fill.norte += await time(() => norte.append(i % STREAMS, events));
      fill.raw += await time(() => raw.append(i % STREAMS, events));
    }
    results.push(withBaseline({
      name: `append, ${BATCH} events per append, filling 0 → ${label}`,
      value: perSecond(size.total, fill.norte), baseline: perSecond(size.total, fill.raw), unit: 'events/s',
    }));

    // The disk's fsync latency swings several-fold within seconds on shared machines: Norte and
    // raw run in alternating small slices so that both see the same weather.
    ctx.progress(`single-event appends: ${size.single} each`);
    const singles = Array.from({ length: size.single }, (_, j) => eventsFor(j % STREAMS, 1));
    const single = await interleaved(size.single / SLICE, (slice) => {
      for (let j = slice * SLICE; j < (slice + 1) * SLICE; j++) raw.append(j % STREAMS, singles[j]!);
    }, async (slice) => {
      for (let j = slice * SLICE; j < (slice + 1) * SLICE; j++) await norte.append(j % STREAMS, singles[j]!);
    });
    results.push(withBaseline({
      name: `append, 1 event per append and transaction, ${label} events present`,
      value: perSecond(size.single, single.b), baseline: perSecond(size.single, single.a), unit: 'events/s',
      note: 'Bound by the fsync of each FULL commit; the baseline is the same one-row transaction.',
    }));

    ctx.progress(`batched appends: ${size.batches} × ${BATCH} each`);
    const batches = Array.from({ length: size.batches }, (_, j) => eventsFor((j * 7) % STREAMS, BATCH));
    const batched = await interleaved(size.batches, (j) => raw.append((j * 7) % STREAMS, batches[j]!), (j) =>
      norte.append((j * 7) % STREAMS, batches[j]!),
    );
    results.push(withBaseline({
      name: `append, ${BATCH} events per append and transaction, ${label} events present`,
      value: perSecond(size.batches * BATCH, batched.b), baseline: perSecond(size.batches * BATCH, batched.a), unit: 'events/s',
      target: { kind: 'ratio-at-least', value: 0.7 },
    }));

    ctx.progress(`group commit: ${size.single} single-event appends from ${size.writers} concurrent writers`);
    const grouped = Array.from({ length: size.single }, (_, j) => eventsFor(j % STREAMS, 1));
    const burst = size.writers * 10;
    const group = await interleaved(size.single / burst, (slice) => {
      for (let j = slice * burst; j < (slice + 1) * burst; j++) raw.append(j % STREAMS, grouped[j]!);
    }, (slice) =>
      Promise.all(Array.from({ length: size.writers }, async (_, w) => {
        for (let j = slice * burst + w; j < (slice + 1) * burst; j += size.writers) await norte.append(j % STREAMS, grouped[j]!);
      })),
    );
    results.push(withBaseline({
      name: `append, 1 event per append, ${size.writers} concurrent writers (group commit)`,
      value: perSecond(size.single, group.b), baseline: perSecond(size.single, group.a), unit: 'events/s',
      note: 'Baseline: raw one-row transactions, one after the other. Concurrent appends submitted in the same event-loop turn share one FULL transaction; each keeps its own expected-revision check and result.',
    }));

    results.push(...(await reads(ctx, norte, raw, size.readRounds, norteFile)));
  } finally {
    await norte.store.close();
    raw.raw.close();
  }
  return results;
}
