import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventMetadata } from '@norte/domain';
import { openSqliteEventStore } from '../sqlite';
import { jsonCodec } from '../spine/codec';
import { encryptingCodec, FORGOTTEN, type PersonalDataPolicy } from './encrypting-codec';
import { PreloadedKeys, SqliteKeyStore } from './sqlite-key-store';
import { randomBytes } from 'node:crypto';

const policy: PersonalDataPolicy = {
  PersonEnrolled: { fields: ['name', 'email'], keyId: (d: { personId: string }) => `person-${d.personId}` },
};
const meta: Omit<EventMetadata, 'schemaVersion' | 'commandHash'> & { commandHash: string } = {
  commandId: 'c1', commandHash: 'h', actor: { userId: 'u', role: 'hr' }, source: 'api', correlationId: 'c1',
  causationId: 'c1', occurredAt: '2026-01-01T00:00:00.000Z', recordedAt: '2026-01-01T00:00:00.000Z',
};
const enrolled = (personId: string, name: string) => ({
  type: 'PersonEnrolled',
  data: { personId, name, email: `${name.toLowerCase().replace(/ /g, '.')}@example.org`, teamId: 't1' },
});

/** Every byte of a SQLite database on disk: the main file and its write-ahead log. */
const onDisk = (file: string) =>
  Buffer.concat([readFileSync(file), ...(existsSync(`${file}-wal`) ? [readFileSync(`${file}-wal`)] : [])]);

describe('personal data encrypted per person', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'norte-privacy-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores names and emails only as ciphertext, and reads them back as plaintext', async () => {
    const keys = new SqliteKeyStore(join(dir, 'keys.sqlite'));
    const codec = encryptingCodec(jsonCodec(), keys, policy);
    const store = openSqliteEventStore({ file: join(dir, 'events.sqlite') });
    await store.append('person-p1', [codec.encode(enrolled('p1', 'Marta Quintero'), '00000000-0000-4000-8000-000000000001', meta)], 'no_stream');

    const bytes = onDisk(join(dir, 'events.sqlite'));
    expect(bytes.includes('Marta Quintero')).toBe(false);
    expect(bytes.includes('marta.quintero@example.org')).toBe(false);
    expect(bytes.includes('person-p1')).toBe(true); // ids stay in clear: the check above can fail

    const read = [];
    for await (const e of store.readStream('person-p1')) read.push(e);
    const [stored] = read;
    expect(codec.decode(stored).data).toEqual(enrolled('p1', 'Marta Quintero').data);
    await store.close();
    keys.close();
  });

  it('makes a forgotten person unreadable everywhere, and the deleted key is gone from the key file and its WAL', async () => {
    const file = join(dir, 'keys.sqlite');
    const keys = new SqliteKeyStore(file);
    const codec = encryptingCodec(jsonCodec(), keys, policy);
    const stored = codec.encode(enrolled('p2', 'Ana Souza'), '00000000-0000-4000-8000-000000000002', meta);
    const other = codec.encode(enrolled('p3', 'Luis Pérez'), '00000000-0000-4000-8000-000000000003', meta);
    const key = Buffer.from(keys.get('person-p2')!);
    expect(onDisk(file).includes(key)).toBe(true);

    expect(keys.delete('person-p2')).toBe(true);
    expect(onDisk(file).includes(key)).toBe(false);

    const recorded = (e: typeof stored, position: bigint) => ({ ...e, streamId: 's', revision: 0n, position });
    expect(codec.decode(recorded(stored, 1n)).data).toMatchObject({ personId: 'p2', name: FORGOTTEN, email: FORGOTTEN });
    expect(codec.decode(recorded(other, 2n)).data).toMatchObject({ name: 'Luis Pérez' });
    keys.close();
  });

  it('refuses ciphertext moved to another event (the event id is bound to each field)', () => {
    const keys = new SqliteKeyStore(join(dir, 'keys.sqlite'));
    const codec = encryptingCodec(jsonCodec(), keys, policy);
    const a = codec.encode(enrolled('p4', 'A'), '00000000-0000-4000-8000-000000000004', meta);
    const b = codec.encode(enrolled('p4', 'B'), '00000000-0000-4000-8000-000000000005', meta);
    const forged = { ...b, data: { ...(b.data as object), name: (a.data as { name: string }).name }, streamId: 's', revision: 0n, position: 1n };
    expect(() => codec.decode(forged)).toThrow();
    keys.close();
  });
});

describe('decoding', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'norte-decode-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('decrypts a nested field into a copy: the recorded event keeps its ciphertext', () => {
    const nested: PersonalDataPolicy = { Assessed: { fields: ['detail.note', 'absent'], keyId: (d: { personId: string }) => `person-${d.personId}` } };
    const keys = new SqliteKeyStore(join(dir, 'keys.sqlite'));
    const codec = encryptingCodec(jsonCodec(), keys, nested);
    const data = { personId: 'p1', detail: { note: 'Prefers mornings', score: 4 }, team: 't1' };
    const encoded = codec.encode({ type: 'Assessed', data }, '00000000-0000-4000-8000-000000000007', meta);
    const recorded = { ...encoded, streamId: 'person-p1', revision: 0n, position: 1n };
    const stored = JSON.stringify(recorded.data);
    expect(stored).not.toContain('Prefers mornings');

    expect(codec.decode(recorded).data).toEqual(data);
    expect(JSON.stringify(recorded.data)).toBe(stored);
    keys.close();
  });

  it('reads every key at once for a replay: the same plaintext, forgotten subjects included, and no writes', () => {
    const keys = new SqliteKeyStore(join(dir, 'keys.sqlite'));
    const codec = encryptingCodec(jsonCodec(), keys, policy);
    const people = ['p1', 'p2', 'p3'].map((id, i) => ({
      ...codec.encode(enrolled(id, `Person ${id}`), `00000000-0000-4000-8000-00000000001${i}`, meta),
      streamId: `person-${id}`,
      revision: 0n,
      position: BigInt(i + 1),
    }));
    keys.delete('person-p2');

    const preloaded = keys.preloaded();
    expect(preloaded.size).toBe(2);
    const replay = encryptingCodec(jsonCodec(), preloaded, policy);
    expect(people.map((e) => replay.decode(e).data)).toEqual(people.map((e) => codec.decode(e).data));
    expect(people.map((e) => (replay.decode(e).data as { name: string }).name)).toEqual(['Person p1', FORGOTTEN, 'Person p3']);
    expect(preloaded.get('person-p1')?.equals(keys.get('person-p1')!)).toBe(true);

    expect(() => replay.encode(enrolled('p4', 'New'), '00000000-0000-4000-8000-000000000020', meta)).toThrow(/read-only/);
    expect(() => preloaded.delete()).toThrow(/read-only/);
    expect(() => preloaded.forgetSubject()).toThrow(/read-only/);
    keys.close();
  });

  it('packs thousands of preloaded keys and finds each one', () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => [`k${i}`, randomBytes(32)] as const);
    const preloaded = PreloadedKeys.from(rows);
    expect(preloaded.size).toBe(3_000);
    expect(rows.every(([id, key]) => preloaded.get(id)!.equals(key))).toBe(true);
    expect(preloaded.get('k3000')).toBeUndefined();
    expect(() => PreloadedKeys.from([['short', Buffer.alloc(16)]])).toThrow(/16 bytes/);
  });
});

describe('forgetting a data subject', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'norte-forget-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('deletes every key linked to them: their own and a shared coaching-note key', () => {
    const coaching: PersonalDataPolicy = {
      CoachingSessionHeld: {
        fields: ['privateNote'],
        keyId: (d: { sessionId: string }) => `coaching-${d.sessionId}`,
        subjects: (d: { coacheeIds: string[] }) => d.coacheeIds.map((id) => `person-${id}`),
      },
      ...policy,
    };
    const keys = new SqliteKeyStore(join(dir, 'keys.sqlite'));
    const codec = encryptingCodec(jsonCodec(), keys, coaching);
    const note = codec.encode({ type: 'CoachingSessionHeld', data: { sessionId: 's1', coacheeIds: ['a', 'b'], privateNote: 'Works on listening' } }, '00000000-0000-4000-8000-000000000006', meta);
    const recorded = { ...note, streamId: 'team-t', revision: 0n, position: 1n };
    expect(codec.decode(recorded).data).toMatchObject({ privateNote: 'Works on listening' });

    expect(keys.forgetSubject('person-b')).toEqual(['coaching-s1']);
    expect(codec.decode(recorded).data).toMatchObject({ privateNote: FORGOTTEN, coacheeIds: ['a', 'b'] });
    expect(keys.forgetSubject('person-b')).toEqual([]);
    keys.close();
  });
});
