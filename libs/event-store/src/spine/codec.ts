import type { EventData, Json, RecordedEvent } from '../port';
import type { EventMetadata } from '@norte/domain';
import type { DecodedEvent } from '@norte/projections';

/**
 * Turns domain events into stored events and back. The one place where schema versions are
 * applied (upcasting) and, for personal fields, where encryption happens: domain code only ever
 * sees plaintext of the current shape.
 */
export interface EventCodec {
  encode(event: { readonly type: string; readonly data: unknown }, id: string, metadata: Omit<EventMetadata, 'schemaVersion'>): EventData;
  decode(event: RecordedEvent): DecodedEvent;
}

export interface Upcasting {
  currentVersion(type: string): number;
  upcast(type: string, schemaVersion: number, data: unknown): unknown;
}

export const noUpcasting: Upcasting = { currentVersion: () => 1, upcast: (_t, _v, data) => data };

/** JSON codec with upcasting; the encrypting codec wraps it. */
export function jsonCodec(upcasting: Upcasting = noUpcasting): EventCodec {
  return {
    encode(event, id, metadata) {
      const meta: EventMetadata = { ...metadata, schemaVersion: upcasting.currentVersion(event.type) };
      return { id, type: event.type, data: event.data as Json, metadata: meta as unknown as Json };
    },
    decode(event) {
      const metadata = event.metadata as unknown as EventMetadata;
      const version = metadata.schemaVersion ?? 1;
      const data =
        version === upcasting.currentVersion(event.type) ? event.data : upcasting.upcast(event.type, version, event.data);
      return {
        type: event.type,
        data,
        eventId: event.id,
        occurredAt: metadata.occurredAt,
        recordedAt: metadata.recordedAt,
        streamId: event.streamId,
        revision: event.revision,
        position: event.position,
        metadata,
      };
    },
  };
}
