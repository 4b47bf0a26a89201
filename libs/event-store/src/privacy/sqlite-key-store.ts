import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { KeyStore } from './key-store';

/**
 * Keys in a SQLite file of their own, apart from the events. `secure_delete` overwrites deleted
 * content, and a truncating WAL checkpoint after each deletion removes the old pages from the WAL,
 * so a deleted key is gone from the disk, not just unlinked. Keys are cached in memory: a key is
 * evicted when deleted here or when another process's deletion is learnt (see `evict`).
 */
export class SqliteKeyStore implements KeyStore {
  private readonly db: Database.Database;
  private readonly cache = new Map<string, Buffer>();
  private readonly select: Database.Statement<[string], { key: Buffer }>;
  private readonly insert: Database.Statement<[string, Buffer]>;
  private readonly remove: Database.Statement<[string]>;

  constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec('CREATE TABLE IF NOT EXISTS keys (key_id TEXT PRIMARY KEY, key BLOB NOT NULL) WITHOUT ROWID');
    this.select = this.db.prepare('SELECT key FROM keys WHERE key_id = ?');
    this.insert = this.db.prepare('INSERT INTO keys (key_id, key) VALUES (?, ?) ON CONFLICT (key_id) DO NOTHING');
    this.remove = this.db.prepare('DELETE FROM keys WHERE key_id = ?');
  }

  get(keyId: string): Buffer | undefined {
    const cached = this.cache.get(keyId);
    if (cached) return cached;
    const row = this.select.get(keyId);
    if (row) this.cache.set(keyId, row.key);
    return row?.key;
  }

  getOrCreate(keyId: string): Buffer {
    const existing = this.get(keyId);
    if (existing) return existing;
    // Another process may create the same key at the same moment: insert-or-ignore, then read back.
    this.insert.run(keyId, randomBytes(32));
    return this.get(keyId) as Buffer;
  }

  delete(keyId: string): boolean {
    this.cache.delete(keyId);
    const { changes } = this.remove.run(keyId);
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return changes > 0;
  }

  /** Forget a cached key whose deletion another process made (learnt from the log). */
  evict(keyId: string): void {
    this.cache.delete(keyId);
  }

  close(): void {
    this.db.close();
  }
}
