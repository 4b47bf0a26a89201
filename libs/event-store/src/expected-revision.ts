import type { EventData, ExpectedRevision } from './port';

/** Revision of a stream with no events, as adapters track it internally (never returned by the port). */
export const NO_REVISION = -1n;

export function describeExpected(expected: ExpectedRevision): string {
  return typeof expected === 'bigint' ? expected.toString() : expected;
}

/** `current` is the stream's last revision, or NO_REVISION when the stream does not exist. */
export function isExpectationMet(expected: ExpectedRevision, current: bigint): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === NO_REVISION;
    case 'stream_exists':
      return current !== NO_REVISION;
    default:
      return current === expected;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Rejects input every adapter must refuse, so code written against the embedded store does not
 * break on EventStoreDB later (which only accepts UUID event ids).
 */
export function assertValidAppend(events: readonly EventData[], expected: ExpectedRevision): void {
  // An empty append has no last event to report; EventStoreDB would accept it, but no caller needs it.
  if (events.length === 0) throw new RangeError('Nothing to append: skip the call when there are no events');
  if (typeof expected === 'bigint' && expected < 0n) {
    throw new RangeError(`Expected revision must be >= 0n or a named state, got ${expected}`);
  }
  for (const event of events) {
    if (!UUID.test(event.id)) throw new TypeError(`Event id must be a UUID, got "${event.id}"`);
    if (!event.type) throw new TypeError(`Event ${event.id} has no type`);
  }
}
