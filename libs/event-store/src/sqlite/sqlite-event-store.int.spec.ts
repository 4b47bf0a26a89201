import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
// The driver for this runtime: better-sqlite3 12.x aborts Node ≥ 24.19 when a Database is collected (driver.ts).
import { openDatabase } from './driver';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../errors';
import type { EventData } from '../port';
import { MIGRATIONS } from './schema';
import { type SqliteEventStore, openSqliteEventStore } from './sqlite-event-store';

// Behaviour specific to the embedded adapter; the shared behaviour lives in tests/contract.
const event = (): EventData => ({ id: randomUUID(), type: 'Happened', data: { n: 1 }, metadata: {} });

describe('SqliteEventStore', () => {
  let dir: string;
  let file: string;
  const stores: SqliteEventStore[] = [];
  const open = (options: { groupCommit?: boolean } = {}) => {
    const store = openSqliteEventStore({ file, ...options });
    stores.push(store);
    return store;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'norte-sqlite-'));
    file = join(dir, 'nested', 'events.sqlite');
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  describe('a new file', () => {
    it('is created in WAL mode with the schema at the latest version', async () => {
      await open().close();
      const db = openDatabase(file, { readonly: true });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      db.close();
    });

    it('sets synchronous=FULL on its connection', () => {
      const store = open();
      const db = (store as unknown as { db: Database.Database }).db;
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
    });
  });

  describe('an existing file', () => {
    it('keeps its events when reopened, without migrating again', async () => {
      const first = open();
      await first.append('s-1', [event()], 'no_stream');
      await first.close();
      expect(await open().headPosition()).toBe(1n);
    });

    it('is refused when written by a newer schema', () => {
      open();
      const db = openDatabase(file);
      db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
      db.close();
      expect(() => open()).toThrow(/newer than this code/);
    });
  });

  describe('appends in one group commit', () => {
    it('settle independently: a conflict or a duplicate id fails only its own append', async () => {
      const store = open();
      const taken = event();
      await store.append('s-0', [taken], 'no_stream');
      const settled = await Promise.allSettled([
        store.append('s-1', [event()], 'no_stream'),
        store.append('s-1', [event()], 'no_stream'),
        store.append('s-2', [taken], 'no_stream'),
        store.append('s-3', [event(), event()], 'no_stream'),
      ]);
      expect(settled.map((s) => (s.status === 'fulfilled' ? 'ok' : (s.reason as Error).constructor))).toEqual([
        'ok',
        WrongExpectedVersionError,
        DuplicateEventIdError,
        'ok',
      ]);
      expect(await store.headPosition()).toBe(4n);
    });

    it('behave the same with group commit off', async () => {
      const store = open({ groupCommit: false });
      const settled = await Promise.allSettled([store.append('s', [event()], 'no_stream'), store.append('s', [event()], 'no_stream')]);
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected']);
    });
  });

  describe('idempotency with no revision named', () => {
    it("recognises a retry with 'any' of events already stored in the same stream", async () => {
      const store = open();
      const events = [event(), event()];
      const first = await store.append('s', events, 'any');
      await store.append('s', [event()], 'any');
      expect(await store.append('s', events, 'any')).toEqual(first);
      expect(await store.append('s', events, 'stream_exists')).toEqual(first);
      expect(await store.headPosition()).toBe(3n);
    });
  });

  describe('input', () => {
    it('refuses event ids that are not UUIDs, as EventStoreDB would', async () => {
      await expect(open().append('s', [{ ...event(), id: 'not-a-uuid' }], 'any')).rejects.toThrow(TypeError);
    });

    it('refuses a negative expected revision', async () => {
      await expect(open().append('s', [event()], -1n)).rejects.toThrow(RangeError);
    });
  });

  it('refuses work once closed', async () => {
    const store = open();
    await store.close();
    await expect(store.append('s', [event()], 'any')).rejects.toThrow(/closed/);
  });
});
