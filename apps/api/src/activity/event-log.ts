import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, StreamNotFoundError, type EventCodec, type EventStore } from '@norte/event-store';
import type { DecodedEvent } from '@norte/projections';
import { EVENT_CODEC } from '../platform/tokens';

/**
 * Reads stored events, decoded (upcast, personal fields decrypted) through the store's codec. For
 * what read models deliberately do not keep: the audit trail's events and people's names. Events
 * past `upTo` (the position the caller's read models reflect) are left out, so a read stays at one position.
 */
@Injectable()
export class EventLog {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
  ) {}

  async read(streamId: string, upTo: bigint, options: { fromRevision?: bigint; maxCount?: number } = {}): Promise<DecodedEvent[]> {
    const events: DecodedEvent[] = [];
    try {
      for await (const recorded of this.store.readStream(streamId, options)) {
        if (recorded.position > upTo) break;
        events.push(this.codec.decode(recorded));
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return events;
  }

  async one(streamId: string, revision: bigint, upTo: bigint): Promise<DecodedEvent | null> {
    const [event] = await this.read(streamId, upTo, { fromRevision: revision, maxCount: 1 });
    return event && event.revision === revision ? event : null;
  }
}
