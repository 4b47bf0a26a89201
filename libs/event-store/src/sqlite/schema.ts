import type Database from 'better-sqlite3';

/**
 * Schema migrations, applied in order: entry i moves `PRAGMA user_version` from i to i + 1.
 * Never edit a shipped entry; append a new one.
 *
 * `position` is the rowid (INTEGER PRIMARY KEY), so a keyset read `position > ?` walks the table's
 * own B-tree. No AUTOINCREMENT: rows are never deleted, so max(rowid) + 1 never reuses a position
 * that anyone has seen, and we skip the sqlite_sequence write on every insert.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE events (
     position  INTEGER PRIMARY KEY,
     stream_id TEXT    NOT NULL,
     revision  INTEGER NOT NULL,
     event_id  TEXT    NOT NULL UNIQUE,
     type      TEXT    NOT NULL,
     data      TEXT    NOT NULL,
     metadata  TEXT    NOT NULL,
     UNIQUE (stream_id, revision)
   ) STRICT`,
];

/**
 * Per-connection settings. busy_timeout comes first so that switching to WAL waits for other
 * processes instead of failing. synchronous=FULL is explicit: in WAL mode the default NORMAL can lose
 * the last acknowledged transactions on power loss. The bench's raw baseline uses this same list.
 */
export const PRAGMAS: readonly string[] = [
  'busy_timeout = 5000',
  'journal_mode = WAL',
  'synchronous = FULL',
  // 64 MiB page cache: keeps the event_id and (stream_id, revision) indexes hot at ~1M events.
  'cache_size = -65536',
];

export function configureConnection(db: Database.Database): void {
  for (const pragma of PRAGMAS) db.pragma(pragma);
  const mode = db.pragma('journal_mode', { simple: true });
  if (mode !== 'wal') throw new Error(`SQLite event store needs WAL mode, got journal_mode=${String(mode)}`);
}

export function migrate(db: Database.Database): void {
  const version = (): number => db.pragma('user_version', { simple: true }) as number;
  const check = (v: number): void => {
    if (v > MIGRATIONS.length) {
      throw new Error(`Event store schema version ${v} is newer than this code (${MIGRATIONS.length})`);
    }
  };
  check(version());
  if (version() === MIGRATIONS.length) return;
  // IMMEDIATE: two processes opening a fresh file at once must not both run migration 0.
  db.transaction(() => {
    const from = version();
    check(from);
    for (let v = from; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}
