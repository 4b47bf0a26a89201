import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FileSnapshotStore, openEventStore } from '@norte/event-store';
import type { AnyProjection } from '@norte/projections';
import type { NorteConfig } from './config';
import { PROJECTIONS } from './read-models';
import type { RebuildMessage, RebuildTask } from './rebuild-worker';

export interface RebuildReport {
  readonly position: bigint;
  /** The first few events a projection could not apply (they are skipped, as in the API). */
  readonly errors: readonly string[];
  readonly ms: number;
  readonly snapshotBytes: number;
  /** How the projections were split across threads, and how long each thread took (replay, then writing its parts). */
  readonly threads: readonly { readonly projections: readonly string[]; readonly replayMs: number; readonly ms: number }[];
}

/**
 * Relative replay cost of each projection (CPU in `evolve` over the 2 M-event bench program, s),
 * used only to split a rebuild evenly across threads. A projection missing here counts as 1.
 */
export const REPLAY_COST: Readonly<Record<string, number>> = {
  maturity: 20, 'activity-feed': 6, directory: 4.6, 'audit-trail': 3.9, roadmap: 2.3, people: 1.7, outcomes: 1.7, organisation: 0.1,
};

/** Longest-first onto the least loaded thread: `threads` groups of projection names, none empty. */
export function splitForThreads(projections: readonly AnyProjection[], threads: number): string[][] {
  const count = Math.max(1, Math.min(threads, projections.length));
  const groups = Array.from({ length: count }, () => ({ cost: 0, names: [] as string[] }));
  const byCost = [...projections].sort((a, b) => (REPLAY_COST[b.name] ?? 1) - (REPLAY_COST[a.name] ?? 1));
  for (const p of byCost) {
    const least = groups.reduce((min, g) => (g.cost < min.cost ? g : min));
    least.cost += REPLAY_COST[p.name] ?? 1;
    least.names.push(p.name);
  }
  return groups.map((g) => g.names);
}

/**
 * Recomputes every read model from position 0 (the saved snapshot is ignored, not trusted) and
 * writes a fresh snapshot into this process's state folder. Run it with the API on that folder
 * stopped; the next start resumes from the new snapshot.
 *
 * Projections are independent, so the rebuild splits them across one worker thread per core; each
 * thread reads and decodes the log itself, stops at the head read when the rebuild began, and writes
 * its projections' parts into one pending snapshot generation, committed once every thread is done
 * (a failed thread leaves the previous snapshot current).
 */
export async function rebuildReadModels(
  config: NorteConfig,
  progress: (position: bigint, head: bigint) => void = () => undefined,
  threads = availableParallelism(),
): Promise<RebuildReport> {
  const started = performance.now();
  const store = openEventStore({ dataDir: config.dataDir, connectionString: config.eventStoreConnectionString });
  let head: bigint;
  try {
    head = await store.headPosition();
  } finally {
    await store.close();
  }
  const groups = splitForThreads(PROJECTIONS, threads);
  const pending = new FileSnapshotStore(config.stateDir).begin(head);
  const reached = groups.map(() => 0n);
  const workers: Worker[] = [];
  try {
    const results = await Promise.all(
      groups.map((projections, i) =>
        runThread({ config, projections, until: head.toString(), folder: pending.folder }, workers, (position) => {
          reached[i] = position;
          progress(reached.reduce((min, p) => (p < min ? p : min)), head);
        }),
      ),
    );
    const snapshotBytes = pending.commit(results.flatMap((r) => r.parts));
    return { position: head, errors: results.flatMap((r) => r.errors).slice(0, 5), ms: performance.now() - started, snapshotBytes, threads: results.map((r, i) => ({ projections: groups[i]!, replayMs: r.replayMs, ms: r.ms })) };
  } catch (error) {
    // One thread failed: stop the others before dropping the folder they write into.
    await Promise.all(workers.map((worker) => worker.terminate()));
    pending.abort();
    throw error;
  }
}

/** The worker script beside this module: compiled JavaScript, or TypeScript under a register hook. */
const WORKER = join(__dirname, `rebuild-worker${extname(__filename)}`);

type ThreadResult = Extract<RebuildMessage, { kind: 'done' }>;

function runThread(task: RebuildTask, workers: Worker[], onProgress: (position: bigint) => void): Promise<ThreadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: task });
    workers.push(worker);
    let result: ThreadResult | undefined;
    worker.on('message', (message: RebuildMessage) => {
      if (message.kind === 'progress') onProgress(BigInt(message.position));
      else result = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`Rebuild thread for ${task.projections.join(', ')} exited with code ${code} before finishing`));
    });
  });
}
