import type { EventStore, EventStoreConfig, RecordedEvent } from '@norte/event-store';
import { ChildStore } from '../support/child-store';
import { collect } from '../support/events';

/** One log under test: a temp SQLite file, or a shared server. */
export interface ContractLog {
  /** A new store (connection, client) on this log; the suite closes what it opens. */
  open(): EventStore;
  /** What a child process passes to openEventStore to reach the same log. */
  readonly childConfig: EventStoreConfig;
  dispose(): Promise<void>;
}

export interface ContractTarget {
  readonly name: string;
  createLog(): Promise<ContractLog>;
  /** The log holds only this test's events. False for a shared server: tests filter by their own streams. */
  readonly isolatedLog: boolean;
  /** Event ids are unique in the whole log. EventStoreDB only dedupes ids at the expected position. */
  readonly globallyUniqueEventIds: boolean;
}

/** Per-test state: the log, the store under test, and everything opened that must be closed. */
export class Harness {
  log!: ContractLog;
  store!: EventStore;
  private opened: EventStore[] = [];
  private children: ChildStore[] = [];

  constructor(readonly target: ContractTarget) {}

  async setUp(): Promise<void> {
    this.log = await this.target.createLog();
    this.store = this.open();
  }

  async tearDown(): Promise<void> {
    await Promise.all(this.children.splice(0).map((c) => c.stop()));
    await Promise.all(this.opened.splice(0).map((s) => s.close()));
    await this.log.dispose();
  }

  open(): EventStore {
    const store = this.log.open();
    this.opened.push(store);
    return store;
  }

  async child(): Promise<ChildStore> {
    const child = await ChildStore.start(this.log.childConfig);
    this.children.push(child);
    return child;
  }

  /** The log after `after`, limited to the given streams (a shared server holds other events). */
  async logOf(streams: readonly string[], after: bigint): Promise<RecordedEvent[]> {
    const own = new Set(streams);
    return (await collect(this.store.readAll({ after }))).filter((e) => own.has(e.streamId));
  }
}
