import Database from 'better-sqlite3';
import { FileSnapshotStore, openSqliteEventStore, ProjectionRunner } from '@norte/event-store';
import { PRAGMAS } from '../../../libs/event-store/src/sqlite/schema';
import { norteCodec, openKeyStore } from '../../../apps/api/src/platform/codec';
import { loadConfig } from '../../../apps/api/src/platform/config';
import { PROJECTIONS } from '../../../apps/api/src/platform/read-models';
import { PeakRss, settle, type DataDir } from './setup';

/** Reduce the parsed events in chunks this big (the whole log parsed at once would not fit in memory). */
const CHUNK = 65_536;

export interface Baselines {
  /** events/s of SELECT … ORDER BY position + JSON.parse of data and metadata. */
  readonly scanRate: number;
  /** ms of a plain reduce of the same parsed events into per-team counters. */
  readonly reduceMs: number;
  readonly teams: number;
}

/** The raw ceilings on the same file: better-sqlite3 scan + JSON.parse; a bare reduce of what it parsed. */
export function baselines(data: DataDir): Baselines {
  const db = new Database(data.eventsFile, { readonly: true });
  for (const pragma of PRAGMAS) if (!pragma.startsWith('journal_mode') && !pragma.startsWith('synchronous')) db.pragma(pragma);
  const rows = db.prepare('SELECT position, stream_id, revision, event_id, type, data, metadata FROM events ORDER BY position').raw().iterate() as IterableIterator<
    [number, string, number, string, string, string, string]
  >;
  const counters = new Map<string, Record<string, number>>();
  const reduce = (events: { streamId: string; type: string; data: unknown }[]): void => {
    for (const e of events) {
      const key = (e.data as { teamId?: string }).teamId ?? e.streamId;
      let c = counters.get(key);
      if (c === undefined) counters.set(key, (c = {}));
      c[e.type] = (c[e.type] ?? 0) + 1;
    }
  };
  let chunk: { streamId: string; type: string; data: unknown; metadata: unknown }[] = [];
  let reduceMs = 0;
  let count = 0;
  const started = performance.now();
  for (const row of rows) {
    chunk.push({ streamId: row[1], type: row[4], data: JSON.parse(row[5]), metadata: JSON.parse(row[6]) });
    if (chunk.length === CHUNK) {
      const t = performance.now();
      reduce(chunk);
      reduceMs += performance.now() - t;
      count += chunk.length;
      chunk = [];
    }
  }
  const t = performance.now();
  reduce(chunk);
  reduceMs += performance.now() - t;
  count += chunk.length;
  const scanMs = performance.now() - started - reduceMs;
  db.close();
  if (count !== data.events) throw new Error(`raw scan read ${count} events, expected ${data.events}`);
  return { scanRate: (count * 1000) / scanMs, reduceMs, teams: counters.size };
}

export interface Rebuild {
  readonly ms: number;
  readonly snapshotMs: number;
  readonly rate: number;
  readonly peakRssMiB: number;
  readonly errors: number;
  readonly firstError: string | null;
  readonly snapshotMiB: number;
  /** Why the snapshot could not be written (then restart and the API cannot be measured from it). */
  readonly snapshotError: string | null;
}

let snapshotBytes = 0;

function openRunner(data: DataDir, onError: (error: unknown) => void) {
  const config = loadConfig({ NORTE_DATA_DIR: data.dataDir, NORTE_STATE_DIR: data.stateDir, LOG_LEVEL: 'warn' });
  const keys = openKeyStore(config);
  const store = openSqliteEventStore({ file: data.eventsFile });
  // No snapshot on idle: one at the end of the replay, timed as part of the rebuild.
  const runner = new ProjectionRunner(store, norteCodec(keys), PROJECTIONS, {
    snapshots: new FileSnapshotStore(config.stateDir),
    snapshotPolicy: { minEvents: Number.POSITIVE_INFINITY, maxEvents: Number.POSITIVE_INFINITY },
    onError: (error) => onError(error),
    onSnapshot: (info) => (snapshotBytes = info.bytes),
  });
  const close = async () => {
    await runner.stop();
    await store.close();
    keys.close();
  };
  return { runner, close };
}

async function caughtUp(runner: ProjectionRunner, head: bigint, rss?: PeakRss): Promise<void> {
  while (!(await runner.waitFor(head, 250))) rss?.sample();
}

/** Every projection of the API from position 0 with the real codec (personal fields decrypted), then the snapshot. */
export async function fullRebuild(data: DataDir): Promise<Rebuild> {
  await settle();
  let errors = 0;
  let firstError: string | null = null;
  const { runner, close } = openRunner(data, (error) => {
    if (errors++ === 0) firstError = error instanceof Error ? error.message : String(error);
  });
  const rss = new PeakRss();
  let applied = 0;
  runner.onApplied(() => {
    if ((++applied & 16383) === 0) rss.sample();
  });
  const started = performance.now();
  runner.start();
  await caughtUp(runner, data.lastPosition, rss);
  const replayed = performance.now();
  let snapshotError: string | null = null;
  try {
    runner.snapshot();
  } catch (error) {
    snapshotError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  const ms = performance.now() - started;
  const peakRssMiB = rss.mib;
  await close();
  const snapshotMiB = snapshotError ? 0 : snapshotBytes / 2 ** 20;
  return { ms, snapshotMs: ms - (replayed - started), rate: (data.events * 1000) / ms, peakRssMiB, errors, firstError, snapshotMiB, snapshotError };
}

/** A fresh runner restoring the snapshot and catching up (nothing new): until it reflects the head. */
export async function restart(data: DataDir): Promise<number> {
  await settle();
  const { runner, close } = openRunner(data, () => undefined);
  const started = performance.now();
  runner.start();
  await caughtUp(runner, data.lastPosition);
  const ms = performance.now() - started;
  await close();
  return ms;
}
