import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteEventStore } from '@norte/event-store';
import { writeProgramWithApiCodec } from '../../generator';

/** The generated organisation: fixed seed, two years from START (America/Bogota). */
export const FULL = { teams: 4_000, people: 50_000, events: 2_000_000 };
export const QUICK = { teams: 100, people: 1_000, events: 50_000 };
export const SEED = 1;
export const START = '2025-01-01';
export const DAYS = 730;
/** "Now" for the API: the evening of the history's last day, so "today" is the end of the data. */
export const NOW = '2026-12-31T23:00:00.000Z';

export interface DataDir {
  readonly dataDir: string;
  readonly eventsFile: string;
  readonly stateDir: string;
  readonly events: number;
  readonly lastPosition: bigint;
}

/** Writes the program into <tmp>/data/events.sqlite (+ keys.sqlite) through the API's codec. */
export async function generate(tmpDir: string, size: typeof FULL, progress: (m: string) => void): Promise<DataDir & { ms: number }> {
  const dataDir = join(tmpDir, 'data');
  const reuse = process.env.NORTE_BENCH_REUSE;
  if (reuse) return copyGenerated(reuse, dataDir, tmpDir, size, progress);
  mkdirSync(dataDir, { recursive: true });
  const eventsFile = join(dataDir, 'events.sqlite');
  const store = openSqliteEventStore({ file: eventsFile });
  const started = performance.now();
  let next = 0;
  const summary = await writeProgramWithApiCodec(store, join(dataDir, 'keys.sqlite'), {
    seed: SEED, ...size, start: START, days: DAYS,
    onProgress: (written) => {
      if (written >= next) {
        progress(`generated ${written.toLocaleString('en-US')} events`);
        next += Math.max(size.events / 5, 1);
      }
    },
  });
  await store.close();
  return { dataDir, eventsFile, stateDir: join(tmpDir, 'state'), events: summary.events, lastPosition: summary.lastPosition, ms: performance.now() - started };
}

/**
 * For iterating on the read models: NORTE_BENCH_REUSE=<folder> copies events.sqlite and keys.sqlite
 * generated earlier with this seed and size (a folder of a previous run's `data/`) instead of
 * generating them again; the copy is what the suite then writes to. Figures of such runs say so.
 */
async function copyGenerated(from: string, dataDir: string, tmpDir: string, size: typeof FULL, progress: (m: string) => void): Promise<DataDir & { ms: number }> {
  progress(`copying the generated program from ${from} (NORTE_BENCH_REUSE)`);
  mkdirSync(dataDir, { recursive: true });
  for (const file of ['events.sqlite', 'keys.sqlite']) copyFileSync(join(from, file), join(dataDir, file));
  const eventsFile = join(dataDir, 'events.sqlite');
  const store = openSqliteEventStore({ file: eventsFile });
  const lastPosition = await store.headPosition();
  await store.close();
  if (lastPosition !== BigInt(size.events)) throw new Error(`${from} holds ${lastPosition} events, not ${size.events}`);
  return { dataDir, eventsFile, stateDir: join(tmpDir, 'state'), events: size.events, lastPosition, ms: Number.NaN };
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export async function settle(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
}
