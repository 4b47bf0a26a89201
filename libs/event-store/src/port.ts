/**
 * The event-store port. Every adapter (embedded SQLite, EventStoreDB/KurrentDB) implements it and
 * passes the same contract suite in tests/contract.
 *
 * Revisions are per stream and 0-based (the first event of a stream has revision 0n).
 * Positions are global, 64-bit, strictly increasing in commit order but not necessarily contiguous
 * (EventStoreDB commit positions are byte offsets). Both are bigint: never squeeze them into a number.
 */

/** JSON-serialisable payload. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json | undefined };

export type ExpectedRevision =
  /** No concurrency check. Never use on a command path: ESDB's id dedupe is only best-effort here. */
  | 'any'
  /** The stream must not exist yet. */
  | 'no_stream'
  /** The stream must exist (any revision). */
  | 'stream_exists'
  /** The stream's last event must have exactly this revision. */
  | bigint;

export interface EventData {
  /** Unique event id (UUID). Re-appending the same ids at the same expected revision is a no-op. */
  readonly id: string;
  readonly type: string;
  readonly data: Json;
  readonly metadata: Json;
}

export interface RecordedEvent extends EventData {
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
}

export interface AppendResult {
  /** Revision of the stream's last event after the append. */
  readonly nextExpectedRevision: bigint;
  /** Global position of the last event written (or of the already-stored last event on an idempotent re-append). */
  readonly position: bigint;
}

export interface ReadStreamOptions {
  /** First revision to read (inclusive). Default 0n. */
  readonly fromRevision?: bigint;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Read events strictly after this position (a checkpoint). Omit to read from the start. */
  readonly after?: bigint;
  /** At most this many events (of the wanted types, when `types` is given). */
  readonly limit?: number;
  /**
   * Only events of these types (a projection replaying alone reads what it handles, not the whole
   * log). Omit for every event.
   */
  readonly types?: readonly string[];
}

export interface SubscribeOptions {
  /** Deliver events strictly after this position (a checkpoint). Omit to start from the beginning. */
  readonly after?: bigint;
}

/**
 * Catches up from `after`, then stays live. Iterate it with `for await`; `close()` ends the
 * iteration. Delivery is in global order, with no gap and no duplicate.
 */
export interface AllSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface EventStore {
  append(streamId: string, events: readonly EventData[], expected: ExpectedRevision): Promise<AppendResult>;
  /** Throws StreamNotFoundError when the stream has no events. */
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  /** Streams the global log in order; memory stays flat however long the log. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  subscribeToAll(options?: SubscribeOptions): AllSubscription;
  /** Position of the last event in the log, or 0n when the log is empty. */
  headPosition(): Promise<bigint>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');
