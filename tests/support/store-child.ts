/**
 * A second process holding its own event store. Driven over stdin/stdout, one JSON object per
 * line, so tests can make real concurrent writers against the same SQLite file (or server).
 *   config:   env NORTE_STORE_CONFIG = JSON of openEventStore's config
 *   request:  {"id":1,"streamId":"s","events":[...],"expected":"no_stream" | "any" | "stream_exists" | "<revision>"}
 *   reply:    {"id":1,"ok":true,"nextExpectedRevision":"0","position":"1"} | {"id":1,"ok":false,"code":"..."}
 * Prints {"ready":true} once the store is open; closes the store and exits when stdin ends.
 */
import { createInterface } from 'node:readline';
import { type ExpectedRevision, openEventStore } from '@norte/event-store';

const store = openEventStore(JSON.parse(process.env.NORTE_STORE_CONFIG ?? '{}'));
const send = (message: object): void => void process.stdout.write(`${JSON.stringify(message)}\n`);

function toExpected(value: string): ExpectedRevision {
  return value === 'any' || value === 'no_stream' || value === 'stream_exists' ? value : BigInt(value);
}

const pending = new Set<Promise<void>>();
createInterface({ input: process.stdin }).on('line', (line) => {
  const { id, streamId, events, expected } = JSON.parse(line);
  const work = store
    .append(streamId, events, toExpected(expected))
    .then(
      (r) => send({ id, ok: true, nextExpectedRevision: String(r.nextExpectedRevision), position: String(r.position) }),
      (e: { code?: string; message?: string }) => send({ id, ok: false, code: e.code ?? 'UNKNOWN', message: e.message }),
    )
    .finally(() => pending.delete(work));
  pending.add(work);
}).on('close', async () => {
  await Promise.all(pending);
  await store.close();
  process.exit(0);
});

send({ ready: true });
