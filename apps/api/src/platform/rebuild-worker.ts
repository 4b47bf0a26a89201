import { parentPort, workerData } from 'node:worker_threads';
import { openEventStore, ProjectionRunner, writeSnapshotPart, type WrittenPart } from '@norte/event-store';
import { norteCodec, openKeyStore } from './codec';
import type { NorteConfig } from './config';
import { PROJECTIONS } from './read-models';

/** What `rebuildReadModels` gives each thread. */
export interface RebuildTask {
  readonly config: NorteConfig;
  /** Names of the projections this thread replays. */
  readonly projections: readonly string[];
  /** Replay up to this position exactly (as a string: workerData carries no bigint reliably across versions). */
  readonly until: string;
  /** The pending generation's folder the parts go into. */
  readonly folder: string;
}

export type RebuildMessage =
  | { readonly kind: 'progress'; readonly position: string }
  | { readonly kind: 'done'; readonly parts: readonly WrittenPart[]; readonly errors: readonly string[]; readonly replayMs: number; readonly ms: number };

const PROGRESS_EVERY = 65_536;

/**
 * One thread of a rebuild: its share of the projections from position 0 up to `until`, with every
 * key preloaded (one scan instead of a lookup per personal event), then its snapshot parts written
 * into the pending generation. The main thread commits the generation once every thread is done.
 */
async function run(task: RebuildTask): Promise<void> {
  const started = performance.now();
  const wanted = new Set(task.projections);
  const projections = PROJECTIONS.filter((p) => wanted.has(p.name));
  const keyStore = openKeyStore(task.config);
  const keys = keyStore.preloaded();
  keyStore.close();
  // The log is scanned once, in order: a big page cache would only hold pages never read again.
  const store = openEventStore({ dataDir: task.config.dataDir, connectionString: task.config.eventStoreConnectionString, cacheMiB: 4 });
  const errors: string[] = [];
  const runner = new ProjectionRunner(store, norteCodec(keys), projections, {
    onError: (error, event) => {
      if (errors.length < 5) errors.push(`${event.type} ${event.eventId} at ${event.position}: ${error instanceof Error ? error.message : String(error)}`);
    },
  });
  let applied = 0;
  runner.onApplied((event) => {
    if (++applied % PROGRESS_EVERY === 0) parentPort!.postMessage({ kind: 'progress', position: event.position.toString() } satisfies RebuildMessage);
  });
  try {
    const until = BigInt(task.until);
    await runner.replayUntil(until);
    const replayMs = performance.now() - started;
    const parts: WrittenPart[] = [];
    for (const part of runner.snapshotParts()) parts.push(writeSnapshotPart(task.folder, until, part));
    parentPort!.postMessage({ kind: 'done', parts, errors, replayMs, ms: performance.now() - started } satisfies RebuildMessage);
  } finally {
    await store.close();
  }
}

void run(workerData as RebuildTask);
