export class WrongExpectedVersionError extends Error {
  readonly code = 'WRONG_EXPECTED_VERSION' as const;
  constructor(
    readonly streamId: string,
    readonly expected: string,
    readonly actual: bigint | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected revision ${expected}, actual ${String(actual)}`);
    this.name = 'WrongExpectedVersionError';
  }
}

export class StreamNotFoundError extends Error {
  readonly code = 'STREAM_NOT_FOUND' as const;
  constructor(readonly streamId: string) {
    super(`Stream ${streamId} not found`);
    this.name = 'StreamNotFoundError';
  }
}

/** Same event id already stored with a different stream, revision or content. */
export class DuplicateEventIdError extends Error {
  readonly code = 'DUPLICATE_EVENT_ID' as const;
  constructor(readonly eventId: string, readonly streamId: string) {
    super(`Event ${eventId} already stored in a different place than ${streamId}`);
    this.name = 'DuplicateEventIdError';
  }
}
