import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** One projection's saved state, as `toSnapshot` gave it (or the state itself). */
export interface SnapshotPart {
  readonly name: string;
  readonly version: number;
  readonly state: unknown;
}

/** A saved generation: every projection's state at one checkpoint. States are read on demand. */
export interface LoadedSnapshot {
  readonly position: bigint;
  /** Saved version of each projection. */
  readonly versions: ReadonlyMap<string, number>;
  /** Reads and deserialises one projection's state (undefined when the generation lacks it). */
  read(name: string): unknown;
}

interface Manifest {
  readonly position: string;
  readonly generation: string;
  readonly projections: Record<string, { readonly version: number; readonly file: string; readonly bytes: number }>;
}

const CURRENT = 'CURRENT';

/**
 * Projection snapshots with their checkpoint, in a folder of this process's own (processes sharing a
 * data directory never overwrite each other's state).
 *
 * One file per projection, each written with `v8.serialize` (structured clone: Maps, typed arrays
 * and bigints survive; no giant JSON string is ever built, and one projection's bytes are released
 * before the next is serialised). A generation is a folder named after its position; it becomes
 * the current one by an atomic rename of the `CURRENT` manifest, so a crash at any point leaves
 * either the old or the new generation, never a mix: every state restored belongs to one checkpoint.
 */
export class FileSnapshotStore {
  private readonly dir: string;

  constructor(stateDir: string) {
    this.dir = join(stateDir, 'snapshots');
  }

  load(): LoadedSnapshot | undefined {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(readFileSync(join(this.dir, CURRENT), 'utf8')) as Manifest;
    } catch {
      return undefined;
    }
    const folder = join(this.dir, manifest.generation);
    return {
      position: BigInt(manifest.position),
      versions: new Map(Object.entries(manifest.projections).map(([name, p]) => [name, p.version])),
      read: (name) => {
        const part = manifest.projections[name];
        return part === undefined ? undefined : (deserialize(readFileSync(join(folder, part.file))) as { state: unknown }).state;
      },
    };
  }

  /** Writes a new generation, makes it current, then removes older ones. Returns the bytes written. */
  save(position: bigint, parts: Iterable<SnapshotPart>): number {
    mkdirSync(this.dir, { recursive: true });
    const generation = `g${position}`;
    const temp = join(this.dir, `${generation}.tmp-${process.pid}`);
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp);
    const projections: Manifest['projections'] = {};
    let total = 0;
    for (const part of parts) {
      const file = `${encodeURIComponent(part.name)}.v8`;
      const bytes = writeDurably(join(temp, file), serialize({ name: part.name, version: part.version, position: position.toString(), state: part.state }));
      projections[part.name] = { version: part.version, file, bytes };
      total += bytes;
    }
    syncDirectory(temp);
    const folder = join(this.dir, generation);
    rmSync(folder, { recursive: true, force: true });
    renameSync(temp, folder);
    const manifest: Manifest = { position: position.toString(), generation, projections };
    writeDurably(join(this.dir, `${CURRENT}.tmp`), Buffer.from(JSON.stringify(manifest)));
    renameSync(join(this.dir, `${CURRENT}.tmp`), join(this.dir, CURRENT));
    syncDirectory(this.dir);
    for (const entry of readdirSync(this.dir)) {
      if (entry !== generation && entry !== CURRENT) rmSync(join(this.dir, entry), { recursive: true, force: true });
    }
    return total;
  }
}

function writeDurably(file: string, bytes: Uint8Array): number {
  const fd = openSync(file, 'w');
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return bytes.length;
}

/** Makes renames and new entries in a folder durable (a no-op where folders cannot be opened). */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms cannot fsync a directory; the rename itself is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
