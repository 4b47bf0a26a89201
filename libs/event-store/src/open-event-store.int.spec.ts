import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEventStore } from './open-event-store';
import { SqliteEventStore } from './sqlite';

describe('openEventStore picks the adapter from the configuration', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'norte-open-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('opens the embedded SQLite store without a connection string', async () => {
    const store = openEventStore({ dataDir });
    expect(store).toBeInstanceOf(SqliteEventStore);
    expect(await store.headPosition()).toBe(0n);
    await store.close();
  });

  it('loads the KurrentDB adapter only when a connection string asks for it (no server is contacted until used)', async () => {
    const store = openEventStore({ dataDir, connectionString: 'kurrentdb://127.0.0.1:1?tls=false' });
    expect(store.constructor.name).toBe('KurrentDbEventStore');
    await store.close();
  });
});
