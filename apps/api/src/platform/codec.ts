import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION, isEventType, PERSONAL_DATA, upcast } from '@norte/domain';
import { encryptingCodec, jsonCodec, SqliteKeyStore, type EventCodec, type KeyStore } from '@norte/event-store';
import type { NorteConfig } from './config';

/**
 * Keys live in their own SQLite file beside the events. With EventStoreDB and several replicas the
 * key store must become a shared service (ROADMAP: never on one replica's disk) — not done yet.
 */
export const openKeyStore = (config: NorteConfig): SqliteKeyStore => new SqliteKeyStore(join(config.dataDir, 'keys.sqlite'));

/** The domain's schema versions and upcasters, and its personal-data policy, applied at the store's edge. */
export function norteCodec(keys: KeyStore): EventCodec {
  const upcasting = {
    currentVersion: (type: string) => (isEventType(type) ? CURRENT_SCHEMA_VERSION[type] : 1),
    upcast: (type: string, version: number, data: unknown) => upcast(type, version, data),
  };
  return encryptingCodec(jsonCodec(upcasting), keys, PERSONAL_DATA);
}
