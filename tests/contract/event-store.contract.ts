import { describeConcurrency } from './behaviour/concurrency';
import { describeExpectedRevisions } from './behaviour/expected-revision';
import { describeGlobalLog } from './behaviour/global-log';
import { describeIdempotency } from './behaviour/idempotency';
import { describeStreams } from './behaviour/streams';
import { describeSubscriptions } from './behaviour/subscriptions';
import { type ContractTarget, Harness } from './harness';

export type { ContractLog, ContractTarget } from './harness';

/**
 * The one behaviour suite every event-store adapter must pass. Each adapter's spec calls it with
 * a target that opens stores on a fresh log (SQLite) or a shared server (KurrentDB).
 */
export function eventStoreContract(target: ContractTarget): void {
  describe(`${target.name} event store contract`, () => {
    jest.setTimeout(60_000);
    const harness = new Harness(target);
    beforeEach(() => harness.setUp());
    afterEach(() => harness.tearDown());

    describeStreams(() => harness);
    describeExpectedRevisions(() => harness);
    describeConcurrency(() => harness);
    describeIdempotency(() => harness, target);
    describeGlobalLog(() => harness, target);
    describeSubscriptions(() => harness, target);
  });
}
