import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../sqlite/driver';
import type { KeyStore } from './key-store';

const MAX_CACHED_KEYS = 16_384;
/** AES-256 keys. */
const KEY_BYTES = 32;

/**
 * Keys in a SQLite file of their own, apart from the events. `secure_delete` overwrites deleted
 * content, and a truncating WAL checkpoint after each deletion removes the old pages from the WAL,
 * so a deleted key is gone from the disk, not just unlinked. Keys are cached in memory: a key is
 * evicted when deleted here or when another process's deletion is learnt (see `evict`). The cache
 * is bounded (oldest first out): a replay touches every person's and every coaching session's key
 * once, and keeping them all would cost tens of MiB for nothing.
 */
export class SqliteKeyStore implements KeyStore {
  private readonly db: Database.Database;
  private readonly cache = new Map<string, Buffer>();
  private readonly select: Database.Statement<[string], { key: Buffer }>;
  private readonly insert: Database.Statement<[string, Buffer]>;
  private readonly remove: Database.Statement<[string]>;
  private readonly link: Database.Statement<[string, string]>;
  private readonly linked: Database.Statement<[string], { key_id: string }>;
  private readonly unlink: Database.Statement<[string]>;

  constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = openDatabase(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS keys (key_id TEXT PRIMARY KEY, key BLOB NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS key_subjects (subject TEXT NOT NULL, key_id TEXT NOT NULL, PRIMARY KEY (subject, key_id)) WITHOUT ROWID;
    `);
    this.select = this.db.prepare('SELECT key FROM keys WHERE key_id = ?');
    this.insert = this.db.prepare('INSERT INTO keys (key_id, key) VALUES (?, ?) ON CONFLICT (key_id) DO NOTHING');
    this.remove = this.db.prepare('DELETE FROM keys WHERE key_id = ?');
    this.link = this.db.prepare('INSERT OR IGNORE INTO key_subjects (subject, key_id) VALUES (?, ?)');
    this.linked = this.db.prepare('SELECT key_id FROM key_subjects WHERE subject = ?');
    this.unlink = this.db.prepare('DELETE FROM key_subjects WHERE key_id = ?');
  }

  get(keyId: string): Buffer | undefined {
    const cached = this.cache.get(keyId);
    if (cached) return cached;
    const row = this.select.get(keyId);
    if (row) {
      if (this.cache.size >= MAX_CACHED_KEYS) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(keyId, row.key);
    }
    return row?.key;
  }

  getOrCreate(keyId: string, subjects: readonly string[] = []): Buffer {
    const existing = this.get(keyId);
    if (existing && subjects.length === 0) return existing;
    // Another process may create the same key at the same moment: insert-or-ignore, then read back.
    this.db.transaction(() => {
      if (!existing) this.insert.run(keyId, randomBytes(KEY_BYTES));
      for (const subject of subjects) this.link.run(subject, keyId);
    })();
    return existing ?? (this.get(keyId) as Buffer);
  }

  delete(keyId: string): boolean {
    const deleted = this.db.transaction(() => {
      this.unlink.run(keyId);
      return this.remove.run(keyId).changes > 0;
    })();
    this.cache.delete(keyId);
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return deleted;
  }

  forgetSubject(subject: string): readonly string[] {
    const keyIds = this.linked.all(subject).map((row) => row.key_id);
    for (const keyId of keyIds) this.delete(keyId);
    return keyIds;
  }

  /**
   * Every key read in one scan, for a replay from position 0: a replay touches each person's and
   * each coaching session's key in log order, i.e. at random (~200k keys for 2 M events), and a
   * lookup per event costs ~5–10 µs against ~3 µs a row for the scan. The result is read-only.
   */
  preloaded(): PreloadedKeys {
    const rows = this.db.prepare('SELECT key_id, key FROM keys').raw().iterate() as IterableIterator<[string, Buffer]>;
    return PreloadedKeys.from(rows);
  }

  /** Forget a cached key whose deletion another process made (learnt from the log). */
  evict(keyId: string): void {
    this.cache.delete(keyId);
  }

  close(): void {
    this.db.close();
  }
}

/**
 * A read-only copy of every key at one moment (see `SqliteKeyStore.preloaded`), for replays only:
 * the keys packed in one buffer, ~100 bytes per key in all. Creating or deleting keys through it
 * throws — a replay never does either; forgetting runs against the real store.
 */
export class PreloadedKeys implements KeyStore {
  private constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly bytes: Buffer,
  ) {}

  static from(rows: Iterable<readonly [string, Buffer]>): PreloadedKeys {
    const index = new Map<string, number>();
    let bytes = Buffer.allocUnsafe(KEY_BYTES * 1024);
    for (const [keyId, key] of rows) {
      if (key.length !== KEY_BYTES) throw new Error(`Key ${keyId} is ${key.length} bytes, not ${KEY_BYTES}`);
      const at = index.size * KEY_BYTES;
      if (at + KEY_BYTES > bytes.length) {
        const grown = Buffer.allocUnsafe(bytes.length * 2);
        bytes.copy(grown, 0, 0, at);
        bytes = grown;
      }
      key.copy(bytes, at);
      index.set(keyId, at);
    }
    return new PreloadedKeys(index, bytes.subarray(0, index.size * KEY_BYTES));
  }

  get size(): number {
    return this.index.size;
  }

  get(keyId: string): Buffer | undefined {
    const at = this.index.get(keyId);
    return at === undefined ? undefined : this.bytes.subarray(at, at + KEY_BYTES);
  }

  getOrCreate(keyId: string): Buffer {
    const key = this.get(keyId);
    if (key === undefined) throw new Error(`Preloaded keys are read-only: cannot create ${keyId}`);
    return key;
  }

  delete(): boolean {
    throw new Error('Preloaded keys are read-only: delete through the key store');
  }

  forgetSubject(): readonly string[] {
    throw new Error('Preloaded keys are read-only: forget through the key store');
  }

  close(): void {
    // Nothing to release: the copy is garbage once unreferenced.
  }
}
