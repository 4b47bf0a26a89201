import Database from 'better-sqlite3';
import { PRAGMAS } from '../../../libs/event-store/src/sqlite/schema';
import { nodeFlagsOf, runToEnd } from './children';
import type { DataDir } from './setup';

/** The rebuild runs with the node flags `npm run rebuild` gives it. */
const REBUILD_NODE_FLAGS = nodeFlagsOf('rebuild', 'apps/api/dist/rebuild.js');

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

/** A full rebuild can take many minutes on a busy 2-core machine; past this the child is killed. */
const REBUILD_TIMEOUT_MS = 60 * 60_000;
const RESTART_TIMEOUT_MS = 10 * 60_000;

export interface Rebuild {
  /** rebuildReadModels' own figure: replay + snapshot, in the child. */
  readonly ms: number;
  /** Worker threads the rebuild used, when its report says (null otherwise). */
  readonly threads: number | null;
  readonly rate: number;
  /** The child's VmHWM at the end: the whole rebuild process, worker threads included. */
  readonly peakRssMiB: number;
  /** Bench side: from spawning the child until it exited (Node start and module loading included). */
  readonly wallMs: number;
  /** Events a projection could not apply (rebuildReadModels keeps the first 5). */
  readonly errors: number;
  readonly firstError: string | null;
  readonly snapshotMiB: number;
  /** Why the rebuild failed (e.g. the snapshot could not be written): then restart and the API cannot be measured from it. */
  readonly failure: string | null;
  /** The child's stderr (its tail), to show when it failed. */
  readonly stderr: string;
}

type RebuildLine =
  | { ms: number; snapshotBytes: number; position: string; errors: string[]; threads: number | null; peakRssMiB: number; error?: undefined }
  | { error: string; ms: number; peakRssMiB: number };

/** `rebuildReadModels` (what `npm run rebuild` runs) in its own process: every projection from position 0, personal fields decrypted, then the snapshot. */
export async function fullRebuild(data: DataDir): Promise<Rebuild> {
  const { result, wallMs, stderr } = await runToEnd<RebuildLine>('rebuild', [data.dataDir, data.stateDir], REBUILD_TIMEOUT_MS, REBUILD_NODE_FLAGS);
  const common = { ms: result.ms, rate: (data.events * 1000) / result.ms, peakRssMiB: result.peakRssMiB, wallMs, stderr };
  if (result.error !== undefined) {
    return { ...common, threads: null, errors: 0, firstError: null, snapshotMiB: 0, failure: result.error };
  }
  if (BigInt(result.position) !== data.lastPosition) throw new Error(`the rebuild stopped at position ${result.position}, the log ends at ${data.lastPosition}`);
  return {
    ...common,
    threads: result.threads,
    errors: result.errors.length,
    firstError: result.errors[0] ?? null,
    snapshotMiB: result.snapshotBytes / 2 ** 20,
    failure: null,
  };
}

export interface Restart {
  /** From runner.start() until the read models reflect the head. */
  readonly ms: number;
  /** The same moment since the child process started (Node start and module loading included). */
  readonly readyMs: number;
  /** Bench side: from spawning the child until it exited. */
  readonly wallMs: number;
  readonly peakRssMiB: number;
}

/** A fresh runner in its own process restoring the snapshot and catching up (nothing new): until it reflects the head. */
export async function restart(data: DataDir): Promise<Restart> {
  const { result, wallMs } = await runToEnd<{ ms: number; readyMs: number; position: string; peakRssMiB: number }>(
    'restart', [data.dataDir, data.stateDir, String(data.lastPosition)], RESTART_TIMEOUT_MS,
  );
  return { ms: result.ms, readyMs: result.readyMs, wallMs, peakRssMiB: result.peakRssMiB };
}
