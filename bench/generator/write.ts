import type { AppendResult, EventCodec, EventData, EventStore, ExpectedRevision } from '@norte/event-store';
import { encodeChunk, type EncodedEvent } from './encode';
import type { BulkKeys } from './keys';
import type { ProgramOptions } from './model';
import { preparedChunks, type PreparedEvent } from './prepare';
import { chunksFromWorker } from './worker';

export interface WriteOptions extends ProgramOptions {
  /** Events encoded and submitted before waiting for their commit (they share group-commit transactions). Default 4000. */
  readonly chunk?: number;
  /** Longest run of one stream's consecutive events put in one append. Default 100. */
  readonly maxPerAppend?: number;
  /** The codec's key store, when the codec was built over BulkKeys: each chunk's keys are made in one transaction first. */
  readonly keys?: BulkKeys;
  /** Generate on a worker thread while this one encodes and appends. Default true. */
  readonly worker?: boolean;
  readonly onProgress?: (written: number) => void;
}

export interface WriteSummary {
  readonly events: number;
  readonly appends: number;
  readonly streams: number;
  readonly lastPosition: bigint;
  /** Time the appending thread spent waiting for the next chunk (generation and encoding were the bottleneck). */
  readonly waitedSeconds: number;
}

/**
 * Appends a generated program through the EventStore port, encoded by `codec` with metadata shaped
 * like the API's command handler (source 'import'). The program is generated on a worker thread
 * (unless `worker: false`); this thread encodes and appends.
 */
export async function writeProgram(store: EventStore, codec: EventCodec, options: WriteOptions): Promise<WriteSummary> {
  const size = options.chunk ?? 4000;
  const prepared: AsyncIterable<PreparedEvent[]> | Iterable<PreparedEvent[]> =
    options.worker === false ? preparedChunks(options, size) : chunksFromWorker(options, size);
  return appendChunks(store, mapChunks(prepared, (chunk) => encodeChunk(codec, options.keys, chunk)), options);
}

async function* mapChunks<A, B>(chunks: AsyncIterable<A> | Iterable<A>, f: (chunk: A) => B): AsyncGenerator<B> {
  for await (const chunk of chunks) yield f(chunk);
}

/**
 * Consecutive events of one stream share an append; a chunk of appends is submitted without
 * waiting, so the SQLite adapter's group commit writes it in a few large transactions. The streams
 * must not exist in the store yet. A cross-stream command's `checkedAtPosition` is the last position
 * known committed when its chunk was submitted, as a read model caught up with the store would report.
 */
async function appendChunks(store: EventStore, chunks: AsyncIterable<EncodedEvent[]>, options: WriteOptions): Promise<WriteSummary> {
  const maxPerAppend = options.maxPerAppend ?? 100;
  const revisions = new Map<string, bigint>();
  let checked = await store.headPosition();
  let written = 0;
  let appends = 0;
  let waited = 0;
  const iterator = chunks[Symbol.asyncIterator]();
  for (;;) {
    const asked = performance.now();
    const next = await iterator.next();
    waited += performance.now() - asked;
    if (next.done) break;
    const events = next.value;
    const position = checked.toString();
    const pending: Promise<AppendResult>[] = [];
    for (let i = 0; i < events.length; ) {
      const { streamId } = events[i]!;
      const batch: EventData[] = [];
      for (; i < events.length && events[i]!.streamId === streamId && batch.length < maxPerAppend; i++) {
        const { event, contextual } = events[i]!;
        if (contextual) (event.metadata as { checkedAtPosition: string }).checkedAtPosition = position;
        batch.push(event);
      }
      const last = revisions.get(streamId);
      const expected: ExpectedRevision = last === undefined ? 'no_stream' : last;
      revisions.set(streamId, (last ?? -1n) + BigInt(batch.length));
      pending.push(store.append(streamId, batch, expected));
      appends++;
    }
    const results = await Promise.all(pending);
    if (results.length > 0) checked = results[results.length - 1]!.position;
    written += events.length;
    options.onProgress?.(written);
  }
  return { events: written, appends, streams: revisions.size, lastPosition: checked, waitedSeconds: Math.round(waited / 100) / 10 };
}
