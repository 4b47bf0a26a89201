import type { EventCodec, EventData } from '@norte/event-store';
import type { BulkKeys } from './keys';
import type { PreparedEvent } from './prepare';

/** An event ready to append; `contextual` ones get their checkedAtPosition when the writer knows it. */
export interface EncodedEvent {
  readonly streamId: string;
  readonly event: EventData;
  readonly contextual: boolean;
}

/** Filled in by the writer with the last position it knows committed. */
export const CHECKED_PLACEHOLDER = '';

/** The event as the API's command handler would store it (command-handler.ts, jsonCodec). */
export function encode(codec: EventCodec, event: PreparedEvent): EncodedEvent {
  const metadata = {
    commandId: event.commandId,
    actor: event.actor,
    source: 'import' as const,
    correlationId: event.correlationId,
    causationId: event.commandId,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    commandHash: event.commandHash,
    ...(event.contextual ? { checkedAtPosition: CHECKED_PLACEHOLDER } : {}),
  };
  return { streamId: event.streamId, event: codec.encode({ type: event.type, data: event.data }, event.eventId, metadata), contextual: event.contextual };
}

/** Encodes a chunk, first making its keys in one key-store transaction when the codec's keys are BulkKeys. */
export function encodeChunk(codec: EventCodec, keys: BulkKeys | undefined, chunk: readonly PreparedEvent[]): EncodedEvent[] {
  keys?.prepare(chunk);
  return chunk.map((event) => encode(codec, event));
}
