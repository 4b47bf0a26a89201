import {
  type AllStreamSubscription,
  BACKWARDS,
  END,
  KurrentDBClient,
  START,
  excludeSystemEvents,
} from '@kurrent/kurrentdb-client';
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
import { fromResolvedEvent, toKurrentEvent, toPortError, toPosition, toStreamState } from './mapping';

/**
 * EventStoreDB / KurrentDB adapter.
 *
 * UNVERIFIED against a live server: none can be installed on the machines this was written on. It
 * is type-checked and its mapping is unit-tested, but treat it as unproven until someone runs
 * tests/contract with EVENTSTORE_CONNECTION_STRING set.
 */
export function openKurrentDbEventStore(connectionString: string): KurrentDbEventStore {
  return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString));
}

export class KurrentDbEventStore implements EventStore {
  private readonly subscriptions = new Set<KurrentAllSubscription>();
  private closed = false;

  constructor(private readonly client: KurrentDBClient) {}

  async append(streamId: string, events: readonly EventData[], expected: ExpectedRevision): Promise<AppendResult> {
    assertValidAppend(events, expected);
    let result;
    try {
      result = await this.client.appendToStream(streamId, events.map(toKurrentEvent), {
        streamState: toStreamState(expected),
      });
    } catch (error) {
      throw toPortError(error, streamId, expected);
    }
    // The acknowledged position is the transaction's: the event's own only for a single event
    // (for several it may be the first one's), and idempotent re-appends may come without one.
    // The port promises the last event's position, so read it back in those cases.
    const acknowledged = events.length === 1 ? result.position?.commit : undefined;
    const position = acknowledged ?? (await this.positionOf(streamId, result.nextExpectedRevision));
    return { nextExpectedRevision: result.nextExpectedRevision, position };
  }

  async *readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const reading = this.client.readStream(streamId, {
      fromRevision: options.fromRevision ?? START,
      maxCount: options.maxCount,
    });
    try {
      for await (const resolved of reading) {
        const event = fromResolvedEvent(resolved);
        if (event) yield event;
      }
    } catch (error) {
      throw toPortError(error, streamId);
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const { after, limit } = options;
    // Filtered here, after reading: a server-side event-type filter would spare the transfer, but no
    // server can be run where this was written to check one.
    const types = options.types === undefined ? undefined : new Set(options.types);
    // Reading $all from a position includes the event at it; `after` is exclusive, so read one more.
    const reading = this.client.readAll({
      fromPosition: after === undefined ? START : toPosition(after),
      maxCount: limit === undefined || types !== undefined ? undefined : limit + 1,
      filter: excludeSystemEvents(),
    });
    let remaining = limit ?? Number.POSITIVE_INFINITY;
    for await (const resolved of reading) {
      if (remaining <= 0) return;
      const event = fromResolvedEvent(resolved);
      if (!event || (after !== undefined && event.position <= after) || (types !== undefined && !types.has(event.type))) continue;
      remaining--;
      yield event;
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): AllSubscription {
    const { after } = options;
    const inner = this.client.subscribeToAll({
      fromPosition: after === undefined ? START : toPosition(after),
      filter: excludeSystemEvents(),
    });
    const subscription = new KurrentAllSubscription(inner, after ?? -1n, (s) => this.subscriptions.delete(s));
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<bigint> {
    const last = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, filter: excludeSystemEvents() });
    for await (const resolved of last) {
      const event = fromResolvedEvent(resolved);
      if (event) return event.position;
    }
    return 0n;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }

  private async positionOf(streamId: string, revision: bigint): Promise<bigint> {
    for await (const event of this.readStream(streamId, { fromRevision: revision, maxCount: 1 })) return event.position;
    throw new Error(`KurrentDB acknowledged ${streamId}@${revision} but the event cannot be read back`);
  }
}

class KurrentAllSubscription implements AllSubscription {
  private closed = false;

  constructor(
    private readonly inner: AllStreamSubscription,
    private lastPosition: bigint,
    private readonly onClose: (s: KurrentAllSubscription) => void,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    try {
      for await (const resolved of this.inner) {
        const event = fromResolvedEvent(resolved);
        // The server starts strictly after `fromPosition`; the guard keeps "no duplicate" local anyway.
        if (!event || event.position <= this.lastPosition) continue;
        this.lastPosition = event.position;
        yield event;
      }
    } catch (error) {
      // Unsubscribing cancels the gRPC call; that cancellation is the end we asked for, not a failure.
      if (!this.closed) throw error;
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClose(this);
    await this.inner.unsubscribe();
  }
}
