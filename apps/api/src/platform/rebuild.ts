import { FileSnapshotStore, openEventStore, ProjectionRunner } from '@norte/event-store';
import { norteCodec, openKeyStore } from './codec';
import type { NorteConfig } from './config';
import { PROJECTIONS } from './read-models';

export interface RebuildReport {
  readonly position: bigint;
  /** The first few events a projection could not apply (they are skipped, as in the API). */
  readonly errors: readonly string[];
  readonly ms: number;
  readonly snapshotBytes: number;
}

/**
 * Recomputes every read model from position 0 (the saved snapshot is ignored, not trusted) and
 * writes a fresh snapshot into this process's state folder. Run it with the API on that folder
 * stopped; the next start resumes from the new snapshot.
 */
export async function rebuildReadModels(config: NorteConfig, progress: (position: bigint, head: bigint) => void = () => undefined): Promise<RebuildReport> {
  const keys = openKeyStore(config);
  const store = openEventStore({ dataDir: config.dataDir, connectionString: config.eventStoreConnectionString });
  const errors: string[] = [];
  let snapshotBytes = 0;
  const runner = new ProjectionRunner(store, norteCodec(keys), PROJECTIONS, {
    snapshots: new FileSnapshotStore(config.stateDir),
    restore: false,
    snapshotPolicy: { minEvents: Number.POSITIVE_INFINITY, maxEvents: Number.POSITIVE_INFINITY },
    onError: (error, event) => {
      if (errors.length < 5) errors.push(`${event.type} ${event.eventId} at ${event.position}: ${error instanceof Error ? error.message : String(error)}`);
    },
    onSnapshot: ({ bytes }) => (snapshotBytes = bytes),
  });
  const started = performance.now();
  try {
    const head = await store.headPosition();
    runner.start();
    while (!(await runner.waitFor(head, 1_000))) progress(runner.position, head);
    runner.snapshot();
    return { position: runner.position, errors, ms: performance.now() - started, snapshotBytes };
  } finally {
    await runner.stop();
    await store.close();
    keys.close();
  }
}
