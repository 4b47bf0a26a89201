export * from './port';
export * from './errors';
export { openEventStore, SQLITE_FILE_NAME, type EventStoreConfig } from './open-event-store';
export { openSqliteEventStore, SqliteEventStore, type SqliteEventStoreOptions } from './sqlite';
// The KurrentDB adapter is reached through openEventStore (loaded on demand), not exported here.
export type { KurrentDbEventStore } from './esdb';
export * from './spine'; // lead: command handler, codec, projection runner — keep this line
export * from './privacy'; // lead: per-person encryption of personal fields — keep this line
