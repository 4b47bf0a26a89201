import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultDeserializer, DefaultSerializer } from 'node:v8';

/** One projection's saved state, as `toSnapshot` gave it (or the state itself). */
export interface SnapshotPart {
  readonly name: string;
  readonly version: number;
  readonly state: unknown;
}

/** A part written into a pending generation: what the manifest records about it. */
export interface WrittenPart {
  readonly name: string;
  readonly version: number;
  readonly file: string;
  readonly bytes: number;
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
 * One file per projection (see `writeSnapshotPart`). A generation is a folder named after its
 * position; it becomes the current one by an atomic rename of the `CURRENT` manifest, so a crash at
 * any point leaves either the old or the new generation, never a mix: every state restored belongs
 * to one checkpoint. Parts of one generation may be written by several threads (`begin` gives the
 * folder, `commit` the manifest).
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
        return part === undefined ? undefined : readSnapshotPart(join(folder, part.file)).state;
      },
    };
  }

  /** Writes a new generation, makes it current, then removes older ones. Returns the bytes written. */
  save(position: bigint, parts: Iterable<SnapshotPart>): number {
    const pending = this.begin(position);
    try {
      const written: WrittenPart[] = [];
      for (const part of parts) written.push(writeSnapshotPart(pending.folder, position, part));
      return pending.commit(written);
    } catch (error) {
      pending.abort();
      throw error;
    }
  }

  /** A new generation's folder, not current until `commit`. Parts go in with `writeSnapshotPart`. */
  begin(position: bigint): PendingGeneration {
    mkdirSync(this.dir, { recursive: true });
    const generation = `g${position}`;
    const temp = join(this.dir, `${generation}.tmp-${process.pid}`);
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp);
    let open = true;
    return {
      folder: temp,
      commit: (written) => {
        if (!open) throw new Error(`Generation ${generation} already committed or aborted`);
        open = false;
        syncDirectory(temp);
        const folder = join(this.dir, generation);
        rmSync(folder, { recursive: true, force: true });
        renameSync(temp, folder);
        const projections: Manifest['projections'] = {};
        for (const part of written) projections[part.name] = { version: part.version, file: part.file, bytes: part.bytes };
        const manifest: Manifest = { position: position.toString(), generation, projections };
        writeDurably(join(this.dir, `${CURRENT}.tmp`), [Buffer.from(JSON.stringify(manifest))]);
        renameSync(join(this.dir, `${CURRENT}.tmp`), join(this.dir, CURRENT));
        syncDirectory(this.dir);
        for (const entry of readdirSync(this.dir)) {
          if (entry !== generation && entry !== CURRENT) rmSync(join(this.dir, entry), { recursive: true, force: true });
        }
        return written.reduce((sum, part) => sum + part.bytes, 0);
      },
      abort: () => {
        if (!open) return;
        open = false;
        rmSync(temp, { recursive: true, force: true });
      },
    };
  }
}

export interface PendingGeneration {
  /** Where this generation's part files go until it is committed. */
  readonly folder: string;
  /** Makes the generation current (manifest renamed into place) and removes older ones. Returns the bytes of its parts. */
  commit(written: readonly WrittenPart[]): number;
  /** Drops the folder: the current generation stays as it was. */
  abort(): void;
}

/**
 * File layout: MAGIC, the skeleton's length (u64 LE), the skeleton (structured clone, `node:v8`:
 * Maps, typed arrays and bigints survive), then the bytes of every large typed array, each at an
 * 8-byte boundary. Read-model columns hold hundreds of MiB of typed arrays: written straight from
 * their memory (no serialiser buffer growing to their size and copied again) and read back as
 * views into the file's buffer.
 */
const MAGIC = Buffer.from('NORTESN1');
const HEADER = MAGIC.length + 8;
/** Typed arrays at least this big go out of band; smaller ones stay in the skeleton. */
const OUT_OF_BAND_BYTES = 4096;
const INLINE = 0;
const OUT_OF_BAND = 1;
const VIEW_TYPES = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
] as const;
type View = InstanceType<(typeof VIEW_TYPES)[number]>;

const align8 = (n: number) => (n + 7) & ~7;

/** node:v8's documented hooks for host objects (typed arrays, for its default serialiser); @types/node lacks them. */
const writeInline = (DefaultSerializer.prototype as unknown as { _writeHostObject(view: NodeJS.ArrayBufferView): void })._writeHostObject;
const readInline = (DefaultDeserializer.prototype as unknown as { _readHostObject(): NodeJS.ArrayBufferView })._readHostObject;

class PartSerializer extends DefaultSerializer {
  readonly blobs: View[] = [];

  _writeHostObject(view: NodeJS.ArrayBufferView): void {
    const type = VIEW_TYPES.findIndex((ctor) => view.constructor === ctor);
    if (type < 0 || view.byteLength < OUT_OF_BAND_BYTES) {
      this.writeUint32(INLINE);
      writeInline.call(this, view);
      return;
    }
    this.writeUint32(OUT_OF_BAND);
    this.writeUint32(type);
    this.writeDouble(view.byteLength);
    this.blobs.push(view as View);
  }
}

class PartDeserializer extends DefaultDeserializer {
  private next: number;

  constructor(
    skeleton: Buffer,
    private readonly file: Buffer,
    dataStart: number,
  ) {
    super(skeleton);
    this.next = dataStart;
  }

  _readHostObject(): NodeJS.ArrayBufferView {
    if (this.readUint32() === INLINE) return readInline.call(this);
    const ctor = VIEW_TYPES[this.readUint32()];
    const byteLength = this.readDouble();
    const at = align8(this.next);
    if (ctor === undefined || at + byteLength > this.file.length) throw new Error('Corrupt snapshot: typed array out of range');
    this.next = at + byteLength;
    return new ctor(this.file.buffer as ArrayBuffer, this.file.byteOffset + at, byteLength / ctor.BYTES_PER_ELEMENT);
  }
}

/** Writes one projection's part into a generation folder (fsynced). Safe to call from any thread. */
export function writeSnapshotPart(folder: string, position: bigint, part: SnapshotPart): WrittenPart {
  const serializer = new PartSerializer();
  serializer.writeHeader();
  serializer.writeValue({ name: part.name, version: part.version, position: position.toString(), state: part.state });
  const skeleton = serializer.releaseBuffer();
  const header = Buffer.alloc(HEADER);
  MAGIC.copy(header);
  header.writeBigUInt64LE(BigInt(skeleton.length), MAGIC.length);
  const chunks: Uint8Array[] = [header, skeleton];
  let offset = HEADER + skeleton.length;
  for (const view of serializer.blobs) {
    const at = align8(offset);
    if (at > offset) chunks.push(Buffer.alloc(at - offset));
    chunks.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    offset = at + view.byteLength;
  }
  const file = `${encodeURIComponent(part.name)}.snap`;
  const bytes = writeDurably(join(folder, file), chunks);
  return { name: part.name, version: part.version, file, bytes };
}

/** Reads a part written by `writeSnapshotPart`; large typed arrays come back as views into one buffer. */
export function readSnapshotPart(path: string): { name: string; version: number; position: string; state: unknown } {
  const file = readWhole(path);
  if (file.length < HEADER || !file.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`${path} is not a snapshot part`);
  const skeletonLength = Number(file.readBigUInt64LE(MAGIC.length));
  const dataStart = HEADER + skeletonLength;
  if (dataStart > file.length) throw new Error(`${path} is truncated`);
  const deserializer = new PartDeserializer(file.subarray(HEADER, dataStart), file, dataStart);
  deserializer.readHeader();
  return deserializer.readValue() as { name: string; version: number; position: string; state: unknown };
}

/** The whole file in a buffer of its own, starting at offset 0 of its memory (views stay aligned). */
function readWhole(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.allocUnsafeSlow(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) throw new Error(`${path} shrank while being read`);
      read += n;
    }
    return buffer;
  } finally {
    closeSync(fd);
  }
}

function writeDurably(file: string, chunks: readonly Uint8Array[]): number {
  const fd = openSync(file, 'w');
  let total = 0;
  try {
    for (const bytes of chunks) {
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      total += bytes.length;
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return total;
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
