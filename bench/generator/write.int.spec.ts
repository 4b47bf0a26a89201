import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventIdFor, openSqliteEventStore, SqliteKeyStore, type EventCodec, type RecordedEvent } from '@norte/event-store';
import { norteCodec } from '../../apps/api/src/platform/codec';
import { generateProgram } from './generate';
import { BulkKeys } from './keys';
import type { ProgramOptions } from './model';
import { prepare } from './prepare';
import { writeProgram } from './write';

const OPTIONS: ProgramOptions = { seed: 4, teams: 4, people: 40, events: 3_000, start: '2025-01-01', days: 730 };

async function writeAndRead(worker: boolean, bulk: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'norte-generator-test-'));
  const sqliteKeys = new SqliteKeyStore(join(dir, 'keys.sqlite'));
  const keys = bulk ? new BulkKeys(sqliteKeys) : sqliteKeys;
  const codec: EventCodec = norteCodec(keys);
  const store = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
  try {
    const summary = await writeProgram(store, codec, { ...OPTIONS, worker, chunk: 500, keys: keys instanceof BulkKeys ? keys : undefined });
    const stored: RecordedEvent[] = [];
    for await (const event of store.readAll()) stored.push(event);
    return { summary, stored, decoded: stored.map((e) => codec.decode(e)) };
  } finally {
    await store.close();
    keys.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('writeProgram into the SQLite event store with the API codec', () => {
  const generated = [...generateProgram(OPTIONS)];
  let run: Awaited<ReturnType<typeof writeAndRead>>;
  beforeAll(async () => {
    run = await writeAndRead(true, true);
  }, 60_000);

  it('stores every event once, in generated order, in its stream', () => {
    expect(run.summary.events).toBe(OPTIONS.events);
    expect(run.summary.appends).toBeLessThan(OPTIONS.events);
    expect(run.stored.map((e) => [e.streamId, e.id, e.type])).toEqual(generated.map((e) => [e.streamId, e.eventId, e.type]));
  });

  it('decodes to the generated data and times', () => {
    expect(run.decoded.map((e) => [e.data, e.occurredAt, e.recordedAt])).toEqual(generated.map((e) => [e.data, e.occurredAt, e.recordedAt]));
  });

  it('writes metadata shaped like the command handler’s, from an import', () => {
    run.stored.forEach((event, i) => {
      const meta = event.metadata as Record<string, unknown>;
      const expected = prepare(generated[i]!);
      const keys = ['commandId', 'actor', 'source', 'correlationId', 'causationId', 'occurredAt', 'recordedAt', 'commandHash'];
      if (expected.contextual) keys.push('checkedAtPosition');
      keys.push('schemaVersion');
      if (meta.pii) keys.push('pii');
      expect(Object.keys(meta)).toEqual(keys);
      expect(meta).toMatchObject({ source: 'import', causationId: expected.commandId, commandHash: expected.commandHash });
      expect(event.id).toBe(eventIdFor(expected.commandId, 0));
      if (expected.contextual) expect(BigInt(meta.checkedAtPosition as string)).toBeLessThan(event.position);
    });
  });

  it('encrypts personal fields at rest', () => {
    const enrolments = run.stored.filter((e) => e.type === 'PersonEnrolled');
    expect(enrolments.length).toBeGreaterThan(0);
    for (const e of enrolments) {
      const data = e.data as { name: string; email: string };
      expect(data.name).toMatch(/^enc1:/);
      expect(data.email).toMatch(/^enc1:/);
    }
  });

  it('stores the same program without the worker thread and with keys made one by one', async () => {
    const plain = await writeAndRead(false, false);
    expect(plain.decoded.map((e) => [e.eventId, e.data])).toEqual(run.decoded.map((e) => [e.eventId, e.data]));
  }, 60_000);
});
