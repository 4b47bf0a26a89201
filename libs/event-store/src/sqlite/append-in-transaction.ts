import { DuplicateEventIdError, WrongExpectedVersionError } from '../errors';
import { NO_REVISION, describeExpected, isExpectationMet } from '../expected-revision';
import type { AppendResult, ExpectedRevision } from '../port';
import type { EncodedEvent, Statements } from './statements';

export interface AppendRequest {
  readonly streamId: string;
  readonly events: readonly EncodedEvent[];
  readonly expected: ExpectedRevision;
}

/**
 * One append, run inside an open write transaction (BEGIN IMMEDIATE, so the stream's revision
 * cannot move between the check and the insert). Throws WrongExpectedVersionError or
 * DuplicateEventIdError with nothing of this request written; any other error is a database error
 * and must abort the whole transaction.
 */
export function appendInTransaction(st: Statements, req: AppendRequest): AppendResult {
  const { streamId, events, expected } = req;
  const current = st.lastRevision(streamId) ?? NO_REVISION;

  if (!isExpectationMet(expected, current)) {
    // The stream moved on: maybe because these very events were stored by an earlier attempt.
    const original = findOriginalAppend(st, req);
    if (original) return original;
    throw new WrongExpectedVersionError(streamId, describeExpected(expected), current === NO_REVISION ? 'no_stream' : current);
  }
  try {
    const position = st.insertEvents(streamId, events, current + 1n);
    return { nextExpectedRevision: current + BigInt(events.length), position };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The savepoint is rolled back, so what we read now is what was stored before this request.
    // With an exact expectation met, the original run would sit after `current`, where nothing is:
    // ids found elsewhere are a different event. 'any' and 'stream_exists' name no revision, so a
    // stored run of the same ids in this stream counts as the same append (ESDB's best effort).
    if (expected === 'any' || expected === 'stream_exists') {
      const original = findOriginalAppend(st, req);
      if (original) return original;
    }
    const stored = events.find((e) => st.findById(e.id)) ?? events[0]!;
    throw new DuplicateEventIdError(stored.id, streamId);
  }
}

/**
 * The result of an earlier append of exactly these event ids, in this order, in this stream, at
 * the revision `expected` names (for 'any'/'stream_exists': wherever the first id was stored).
 * Ids only, like EventStoreDB: the id is the caller's promise that the content is the same.
 */
function findOriginalAppend(st: Statements, { streamId, events, expected }: AppendRequest): AppendResult | undefined {
  let firstRevision: bigint;
  if (expected === 'no_stream') firstRevision = 0n;
  else if (typeof expected === 'bigint') firstRevision = expected + 1n;
  else {
    const first = st.findById(events[0]!.id);
    if (!first || first.streamId !== streamId) return undefined;
    firstRevision = first.revision;
  }
  const stored = st.placesFrom(streamId, firstRevision, events.length);
  if (stored.length !== events.length || stored[0]!.revision !== firstRevision) return undefined;
  if (!stored.every((place, i) => place.id === events[i]!.id)) return undefined;
  const last = stored[stored.length - 1]!;
  return { nextExpectedRevision: last.revision, position: last.position };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}
