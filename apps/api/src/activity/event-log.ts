import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, StreamNotFoundError, type EventCodec, type EventStore } from '@norte/event-store';
import { refKey, type DecodedEvent } from '@norte/projections';
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

  /**
   * The events at these places of the log, by `refKey`: one read per run of consecutive revisions
   * of a stream (a page of a team's feed is mostly such runs), the runs read concurrently.
   */
  async many(refs: readonly { readonly streamId: string; readonly revision: bigint }[], upTo: bigint): Promise<Map<string, DecodedEvent>> {
    const runs = revisionRuns(refs);
    const read = await Promise.all(runs.map(({ streamId, from, count }) => this.read(streamId, upTo, { fromRevision: from, maxCount: count })));
    return new Map(read.flat().map((event) => [refKey(event), event]));
  }
}

/** Runs of consecutive revisions per stream. */
function revisionRuns(refs: readonly { readonly streamId: string; readonly revision: bigint }[]): { streamId: string; from: bigint; count: number }[] {
  const byStream = new Map<string, bigint[]>();
  for (const { streamId, revision } of refs) byStream.set(streamId, [...(byStream.get(streamId) ?? []), revision]);
  const runs: { streamId: string; from: bigint; count: number }[] = [];
  for (const [streamId, revisions] of byStream) {
    const sorted = [...new Set(revisions)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const revision of sorted) {
      const last = runs[runs.length - 1];
      if (last && last.streamId === streamId && last.from + BigInt(last.count) === revision) last.count++;
      else runs.push({ streamId, from: revision, count: 1 });
    }
  }
  return runs;
}
