import { openEventStore } from '@norte/event-store';
import { eventStoreContract } from './event-store.contract';

/**
 * The KurrentDB/EventStoreDB adapter is verified ONLY here, against a live server, e.g.
 *   EVENTSTORE_CONNECTION_STRING='kurrentdb://localhost:2113?tls=false' npx jest --selectProjects int tests/contract
 * Never fake the server. Streams are unique per run because a server is shared between runs.
 */
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  eventStoreContract({
    name: 'KurrentDB',
    isolatedLog: false,
    globallyUniqueEventIds: false,
    async createLog() {
      const config = { connectionString, dataDir: '' };
      return { open: () => openEventStore(config), childConfig: config, dispose: async () => undefined };
    },
  });
} else {
  describe.skip('KurrentDB event store contract: skipped, set EVENTSTORE_CONNECTION_STRING to run it against a live server', () => {
    it('needs a live KurrentDB/EventStoreDB server (none can run on this machine; never faked)', () => undefined);
  });
}
