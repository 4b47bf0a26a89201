import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../port';

/** An event with data and metadata already serialised, ready to bind. */
export interface EncodedEvent {
  readonly id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

/** Raw row of `events`, column order as in EVENT_COLUMNS. Integers arrive as bigint (safeIntegers). */
type EventRow = [position: bigint, streamId: string, revision: bigint, id: string, type: string, data: string, metadata: string];

/** A stored event's place, used by the idempotency check. */
export interface StoredPlace {
  readonly id: string;
  readonly revision: bigint;
  readonly position: bigint;
}

const EVENT_COLUMNS = 'position, stream_id, revision, event_id, type, data, metadata';

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    position: row[0],
    streamId: row[1],
    revision: row[2],
    id: row[3],
    type: row[4],
    data: JSON.parse(row[5]),
    metadata: JSON.parse(row[6]),
  };
}

export interface Statements {
  /** Last revision of the stream, undefined when it has no events. */
  lastRevision(streamId: string): bigint | undefined;
  /** Inserts one append's events from `firstRevision` on; returns the last position. */
  insertEvents(streamId: string, events: readonly EncodedEvent[], firstRevision: bigint): bigint;
  placesFrom(streamId: string, fromRevision: bigint, count: number): StoredPlace[];
  findById(eventId: string): { streamId: string; revision: bigint } | undefined;
  streamPage(streamId: string, fromRevision: bigint, limit: number): RecordedEvent[];
  allPage(after: bigint, limit: number): RecordedEvent[];
  /** Like allPage, only events whose type is one of `types` (a JSON array of strings). */
  allPageOfTypes(after: bigint, limit: number, types: string): RecordedEvent[];
  /** Last position, 0n when empty. */
  head(): bigint;
  /** Changes when another connection commits (see ChangeFeed). */
  dataVersion(): number;
}

/**
 * Every statement the store runs, prepared once per connection. Reads use raw (array) rows and
 * safeIntegers so positions and revisions cross the boundary as bigint without a number detour.
 */
export function prepareStatements(db: Database.Database): Statements {
  const lastRevision = db
    .prepare<[string], bigint>('SELECT revision FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1')
    .pluck()
    .safeIntegers();
  const insert = db
    .prepare<[string, bigint, string, string, string, string]>(
      'INSERT INTO events (stream_id, revision, event_id, type, data, metadata) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .safeIntegers();
  const placesFrom = db
    .prepare<[string, bigint, number], StoredPlace>(
      `SELECT event_id AS id, revision, position FROM events
       WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
    )
    .safeIntegers();
  const findById = db
    .prepare<[string], { streamId: string; revision: bigint }>(
      'SELECT stream_id AS streamId, revision FROM events WHERE event_id = ?',
    )
    .safeIntegers();
  const streamPage = db
    .prepare<[string, bigint, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
    )
    .raw()
    .safeIntegers();
  const allPage = db
    .prepare<[bigint, number], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`)
    .raw()
    .safeIntegers();
  // Rows of other types are skipped inside SQLite: their data and metadata never reach JSON.parse.
  const allPageOfTypes = db
    .prepare<[bigint, string, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? AND type IN (SELECT value FROM json_each(?)) ORDER BY position LIMIT ?`,
    )
    .raw()
    .safeIntegers();
  const head = db.prepare<[], bigint | null>('SELECT max(position) FROM events').pluck().safeIntegers();
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();

  /** Inserts one append's events; nested inside the batch transaction it runs as a SAVEPOINT. */
  const insertEvents = db.transaction((streamId: string, events: readonly EncodedEvent[], firstRevision: bigint): bigint => {
    let position = 0n;
    let revision = firstRevision;
    for (const e of events) {
      position = insert.run(streamId, revision++, e.id, e.type, e.data, e.metadata).lastInsertRowid as bigint;
    }
    return position;
  });

  return {
    lastRevision: (streamId) => lastRevision.get(streamId),
    insertEvents,
    placesFrom: (streamId, fromRevision, count) => placesFrom.all(streamId, fromRevision, count),
    findById: (eventId) => findById.get(eventId),
    streamPage: (streamId, fromRevision, limit) => streamPage.all(streamId, fromRevision, limit).map(toRecordedEvent),
    allPage: (after, limit) => allPage.all(after, limit).map(toRecordedEvent),
    allPageOfTypes: (after, limit, types) => allPageOfTypes.all(after, types, limit).map(toRecordedEvent),
    head: () => head.get() ?? 0n,
    dataVersion: () => dataVersion.get()!,
  };
}
