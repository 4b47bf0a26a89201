import Database from 'better-sqlite3';
import type { EventData } from '@norte/event-store';
// The SQL text only (DDL and pragmas), so the baseline has the very same file layout and settings.
import { MIGRATIONS, PRAGMAS } from '../../../libs/event-store/src/sqlite/schema';

export interface RawRow {
  readonly streamId: string;
  readonly revision: number;
  readonly event: EventData;
}

/**
 * The ceiling: plain better-sqlite3 with the store's DDL, indexes and pragmas, no Norte code.
 * Appends pay the same JSON.stringify the store pays; scans the same JSON.parse.
 */
export class RawSqlite {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, number, string, string, string, string]>;
  private readonly write: (rows: readonly RawRow[]) => void;

  constructor(file: string) {
    this.db = new Database(file);
    for (const pragma of PRAGMAS) this.db.pragma(pragma);
    for (const ddl of MIGRATIONS) this.db.exec(ddl);
    this.insert = this.db.prepare(
      'INSERT INTO events (stream_id, revision, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.write = this.db.transaction((rows: readonly RawRow[]) => {
      for (const { streamId, revision, event } of rows) {
        this.insert.run(streamId, revision, event.id, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata));
      }
    }).immediate;
  }

  /** One BEGIN IMMEDIATE … COMMIT holding these rows. */
  appendTransaction(rows: readonly RawRow[]): void {
    this.write(rows);
  }

  /** Full scan in position order, parsing data and metadata; calls `each` with the parsed row. */
  scan(each: (position: number, data: unknown, metadata: unknown) => void): number {
    let count = 0;
    const rows = this.db
      .prepare('SELECT position, stream_id, revision, event_id, type, data, metadata FROM events ORDER BY position')
      .raw()
      .iterate() as IterableIterator<[number, string, number, string, string, string, string]>;
    for (const row of rows) {
      each(row[0], JSON.parse(row[5]), JSON.parse(row[6]));
      count++;
    }
    return count;
  }

  close(): void {
    this.db.close();
  }
}
