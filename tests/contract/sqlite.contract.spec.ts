import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEventStore } from '@norte/event-store';
import { eventStoreContract } from './event-store.contract';

eventStoreContract({
  name: 'SQLite',
  isolatedLog: true,
  globallyUniqueEventIds: true,
  async createLog() {
    const dataDir = mkdtempSync(join(tmpdir(), 'norte-contract-'));
    return {
      open: () => openEventStore({ dataDir }),
      childConfig: { dataDir },
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  },
});
