import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from './driver';
import { DuplicateEventIdError, StreamNotFoundError, WrongExpectedVersionError } from '../errors';
import { assertValidAppend } from '../expected-revision';
import type {
  AllSubscription,
  AppendResult,
  EventData,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '../port';
import { type AppendRequest, appendInTransaction } from './append-in-transaction';
import { ChangeFeed } from './change-feed';
import { GroupCommit, type Outcome } from './group-commit';
import { LiveSubscription } from './live-subscription';
import { configureConnection, migrate } from './schema';
import { type EncodedEvent, type Statements, prepareStatements } from './statements';

export interface SqliteEventStoreOptions {
  /** The database file; its directory is created if missing. */
  readonly file: string;
  /** Share one transaction (one fsync) among appends submitted in the same event-loop turn. Default true. */
  readonly groupCommit?: boolean;
  /** How often live subscriptions look for commits made by other processes. Default 50 ms. */
  readonly pollIntervalMs?: number;
  /** Rows per keyset page for reads and subscriptions. Default 1000. */
  readonly pageSize?: number;
  /**
   * SQLite page cache of this connection, MiB. Default 64 (keeps the indexes hot for appends and
   * reads by stream); a connection that only scans the log once (a rebuild thread) gains nothing from it.
   */
  readonly cacheMiB?: number;
}

const MAX_GROUP = 1000;

export function openSqliteEventStore(options: SqliteEventStoreOptions): SqliteEventStore {
  return new SqliteEventStore(options);
}

/** Embedded event store: one SQLite file, one connection, usable by several processes at once. */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly st: Statements;
  private readonly feed: ChangeFeed;
  private readonly pageSize: number;
  private readonly group: GroupCommit<AppendRequest, AppendResult>;
  private readonly commitBatch: (requests: readonly AppendRequest[]) => Outcome<AppendResult>[];
  private readonly useGroupCommit: boolean;
  private readonly subscriptions = new Set<LiveSubscription>();
  private closed = false;

  constructor(options: SqliteEventStoreOptions) {
    mkdirSync(dirname(options.file), { recursive: true });
    this.db = openDatabase(options.file);
    try {
      configureConnection(this.db);
      if (options.cacheMiB !== undefined) this.db.pragma(`cache_size = -${Math.max(1, Math.round(options.cacheMiB * 1024))}`);
      migrate(this.db);
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.st = prepareStatements(this.db);
    this.pageSize = options.pageSize ?? 1000;
    this.feed = new ChangeFeed(this.st.dataVersion, options.pollIntervalMs ?? 50);
    this.useGroupCommit = options.groupCommit ?? true;
    this.commitBatch = this.db.transaction((requests: readonly AppendRequest[]) =>
      requests.map((request) => settle(() => appendInTransaction(this.st, request))),
    ).immediate;
    this.group = new GroupCommit((requests) => this.commitAndNotify(requests), MAX_GROUP);
  }

  async append(streamId: string, events: readonly EventData[], expected: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    assertValidAppend(events, expected);
    // Serialise outside the transaction: a caller's bad payload fails that caller only.
    const request: AppendRequest = { streamId, events: events.map(encode), expected };
    if (this.useGroupCommit) return this.group.submit(request);
    const outcome = this.commitAndNotify([request])[0]!;
    if (outcome.ok) return outcome.value;
    throw outcome.error;
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    let from = options.fromRevision ?? 0n;
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let first = true;
    while (remaining > 0) {
      const page = this.st.streamPage(streamId, from, Math.min(this.pageSize, remaining));
      if (first && page.length === 0 && this.st.lastRevision(streamId) === undefined) {
        throw new StreamNotFoundError(streamId);
      }
      first = false;
      for (const event of page) yield event;
      if (page.length < this.pageSize) return;
      remaining -= page.length;
      from = page[page.length - 1]!.revision + 1n;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    this.assertOpen();
    let after = options.after ?? 0n;
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    const types = options.types === undefined ? undefined : JSON.stringify(options.types);
    while (remaining > 0) {
      const size = Math.min(this.pageSize, remaining);
      const page = types === undefined ? this.st.allPage(after, size) : this.st.allPageOfTypes(after, size, types);
      for (const event of page) yield event;
      if (page.length < this.pageSize) return;
      remaining -= page.length;
      after = page[page.length - 1]!.position;
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): AllSubscription {
    this.assertOpen();
    const subscription = new LiveSubscription(
      (after) => this.st.allPage(after, this.pageSize),
      this.feed,
      options.after ?? 0n,
      (s) => this.subscriptions.delete(s),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<bigint> {
    this.assertOpen();
    return this.st.head();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.group.flush();
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    this.feed.stop();
    this.db.close();
  }

  private commitAndNotify(requests: readonly AppendRequest[]): Outcome<AppendResult>[] {
    const outcomes = this.commitBatch(requests);
    if (outcomes.some((o) => o.ok)) this.feed.notify();
    return outcomes;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('SqliteEventStore is closed');
  }
}

function encode(event: EventData): EncodedEvent {
  return {
    id: event.id,
    type: event.type,
    data: JSON.stringify(event.data ?? null),
    metadata: JSON.stringify(event.metadata ?? null),
  };
}

/** Expected-revision and duplicate-id failures belong to one request; anything else aborts the batch. */
function settle(append: () => AppendResult): Outcome<AppendResult> {
  try {
    return { ok: true, value: append() };
  } catch (error) {
    if (error instanceof WrongExpectedVersionError || error instanceof DuplicateEventIdError) return { ok: false, error };
    throw error;
  }
}
