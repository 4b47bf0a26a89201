import type { EventData, SqliteEventStore } from '@norte/event-store';
import { makeEvent, streamOf } from './payload';
import type { RawRow, RawSqlite } from './raw-sqlite';

export const STREAMS = 5_000;

let sequence = 0;
/** `count` events for stream number k, generated before any timing starts. */
export function eventsFor(k: number, count: number): EventData[] {
  return Array.from({ length: count }, () => makeEvent(streamOf(k), sequence++));
}

/** The Norte store, appending on the command path: exact expected revision per stream. */
export class NorteSide {
  private readonly revisions = new Map<number, bigint>();

  constructor(readonly store: SqliteEventStore) {}

  async append(k: number, events: readonly EventData[]): Promise<void> {
    const result = await this.store.append(streamOf(k), events, this.revisions.get(k) ?? 'no_stream');
    this.revisions.set(k, result.nextExpectedRevision);
  }
}

/** The raw baseline; revisions are tracked in memory, as a ceiling would. */
export class RawSide {
  private readonly next = new Map<number, number>();

  constructor(readonly raw: RawSqlite) {}

  append(k: number, events: readonly EventData[]): void {
    let revision = this.next.get(k) ?? 0;
    const rows: RawRow[] = events.map((event) => ({ streamId: streamOf(k), revision: revision++, event }));
    this.raw.appendTransaction(rows);
    this.next.set(k, revision);
  }
}
