import { join } from 'node:path';
import type { EventStore } from './port';
import { openSqliteEventStore } from './sqlite';

export interface EventStoreConfig {
  /** EventStoreDB/KurrentDB connection string; when set, the server is used instead of SQLite. */
  readonly connectionString?: string;
  /** Directory of the embedded store's file (`events.sqlite`). */
  readonly dataDir: string;
  /** Embedded store only: group commit of concurrent appends. Default true. */
  readonly groupCommit?: boolean;
  /** Embedded store only: the connection's page cache, MiB (see SqliteEventStoreOptions.cacheMiB). */
  readonly cacheMiB?: number;
}

export const SQLITE_FILE_NAME = 'events.sqlite';

export function openEventStore(config: EventStoreConfig): EventStore {
  if (config.connectionString) {
    // Loaded only when asked for: the KurrentDB client (gRPC, protobufs) adds ~150 ms to every
    // start-up that the embedded store never needs.
    const { openKurrentDbEventStore } = require('./esdb') as typeof import('./esdb');
    return openKurrentDbEventStore(config.connectionString);
  }
  return openSqliteEventStore({ file: join(config.dataDir, SQLITE_FILE_NAME), groupCommit: config.groupCommit, cacheMiB: config.cacheMiB });
}
