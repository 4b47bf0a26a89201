import {
  ANY,
  type AppendStreamState,
  type CurrentStreamState,
  ErrorType,
  NO_STREAM,
  type Position,
  STREAM_EXISTS,
  type AllStreamResolvedEvent,
  type ResolvedEvent,
  jsonEvent,
  type EventData as KurrentEventData,
} from '@kurrent/kurrentdb-client';
import { StreamNotFoundError, WrongExpectedVersionError } from '../errors';
import { describeExpected } from '../expected-revision';
import type { EventData, ExpectedRevision, Json, RecordedEvent } from '../port';

/** Pure translations between the port and the KurrentDB client. No I/O here: unit-tested. */

export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return expected;
  }
}

export function toKurrentEvent(event: EventData): KurrentEventData {
  // The client JSON-encodes data and metadata itself; it drops falsy metadata (read back as null).
  return jsonEvent({ id: event.id, type: event.type, data: event.data as never, metadata: event.metadata as never });
}

/**
 * The port's position is the commit position. For events written by a normal append (an implicit
 * transaction) KurrentDB gives each event its own log position as both commit and prepare
 * position, so it is unique and increasing per event, and a checkpoint maps back losslessly.
 */
export function toPosition(position: bigint): Position {
  return { commit: position, prepare: position };
}

/** `$`-prefixed types are the server's own (stats, settings, links `$>`): never part of our log. */
export function isSystemEventType(type: string): boolean {
  return type.startsWith('$');
}

/**
 * Maps a resolved event from $all or a stream read. Undefined for what the port never delivers:
 * system events, unresolved links, and non-JSON events (never written through this port).
 */
export function fromResolvedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || isSystemEventType(event.type) || !event.isJson) return undefined;
  const position = event.position?.commit ?? resolved.commitPosition;
  // Servers send positions with every recorded event; a missing one is a protocol change, not a gap to hide.
  if (position === undefined) throw new Error(`KurrentDB sent event ${event.id} of ${event.streamId} without a position`);
  return {
    streamId: event.streamId,
    revision: event.revision,
    position,
    id: event.id,
    type: event.type,
    data: event.data as Json,
    metadata: event.metadata === undefined ? null : (event.metadata as Json),
  };
}

function fromCurrentState(state: CurrentStreamState): bigint | 'no_stream' {
  return state === NO_STREAM ? 'no_stream' : state;
}

/** Client errors to port errors; anything unknown is returned unchanged. */
export function toPortError(error: unknown, streamId: string, expected?: ExpectedRevision): unknown {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === ErrorType.WRONG_EXPECTED_VERSION) {
    const e = error as { expectedState?: AppendStreamState; actualState: CurrentStreamState };
    const wanted = expected ?? (e.expectedState as ExpectedRevision | undefined) ?? 'any';
    return new WrongExpectedVersionError(streamId, describeExpected(wanted), fromCurrentState(e.actualState));
  }
  if (type === ErrorType.STREAM_NOT_FOUND) return new StreamNotFoundError(streamId);
  return error;
}
