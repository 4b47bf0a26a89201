import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ProjectionSnapshot {
  readonly position: string;
  readonly projections: Record<string, { readonly version: number; readonly state: unknown }>;
}

/**
 * Projection snapshots with their checkpoint, written atomically (temp file, fsync, rename), in a
 * folder of this process's own: processes sharing a data directory never overwrite each other.
 */
export class FileSnapshotStore {
  private readonly file: string;

  constructor(stateDir: string) {
    this.file = join(stateDir, 'projections.snapshot.json');
  }

  load(): ProjectionSnapshot | undefined {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as ProjectionSnapshot;
    } catch {
      return undefined;
    }
  }

  save(snapshot: ProjectionSnapshot): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, JSON.stringify(snapshot));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, this.file);
  }
}
