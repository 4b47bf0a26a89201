import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { FileSnapshotStore, openSqliteEventStore, readSnapshotPart, writeSnapshotPart } from '@norte/event-store';
import { writeProgramWithApiCodec } from '../../bench/generator';
import { PROJECTIONS } from '../../apps/api/src/platform/read-models';
import { openDatabase } from '../../libs/event-store/src/sqlite/driver';
import { runChildCommand } from './support/child-norte';
import { newId, startNorte, type TestNorte } from './support/norte';

const REGISTER = `mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { position } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { position id } }`;
const UNITS = `{ organisation { position units { id name } } }`;

/** `npm run rebuild`, as a process of its own (its threads load the TypeScript sources). */
const rebuild = (dataDir: string, stateDir: string, ...args: string[]) => runChildCommand('rebuild.ts', args, { NORTE_DATA_DIR: dataDir, NORTE_STATE_DIR: stateDir });

describe('npm run rebuild: every read model from position 0', () => {
  let norte: TestNorte | undefined;
  const stateDir = join(tmpdir(), `norte-rebuild-state-${randomUUID()}`);

  afterEach(() => norte?.close());
  afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

  it('ignores the saved snapshot, replays the log and leaves a snapshot the next start resumes from', async () => {
    norte = await startNorte({ stateDir });
    await norte.gql(REGISTER, { input: { commandId: newId(), name: 'Acme Salud', locale: 'es', timeZone: 'America/Bogota' } });
    for (const name of ['Sales', 'Care']) await norte.gql(CREATE_UNIT, { input: { commandId: newId(), unitId: name.toLowerCase(), name, kind: 'DIVISION' } });
    const head = await norte.settledPosition();
    const before = (await norte.gql<{ organisation: { units: { id: string }[] } }>(UNITS)).data!.organisation;
    await norte.close({ keepData: true });

    // A snapshot that lies: the organisation read model saved without its units.
    const saved = new FileSnapshotStore(stateDir).load()!;
    expect(saved.position.toString()).toBe(head);
    const folder = join(stateDir, 'snapshots', `g${head}`);
    const part = readSnapshotPart(join(folder, 'organisation.snap')) as { name: string; version: number; state: { units: Record<string, unknown> } };
    expect(Object.keys(part.state.units).sort()).toEqual(['care', 'sales']);
    writeSnapshotPart(folder, BigInt(head), { ...part, state: { ...part.state, units: {} } });

    const run = await rebuild(norte.dataDir, stateDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Rebuilt up to position ${head}`);
    expect(readdirSync(join(stateDir, 'snapshots')).sort()).toEqual(['CURRENT', `g${head}`]);

    norte = await startNorte({ dataDir: norte.dataDir, stateDir });
    const after = (await norte.gql<{ organisation: { units: { id: string }[] } }>(UNITS)).data!.organisation;
    expect(after).toEqual(before);
    expect(after.units.map((u) => u.id).sort()).toEqual(['care', 'sales']);
  });
});

describe('npm run rebuild across threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'norte-rebuild-threads-'));
  const dataDir = join(dir, 'data');
  let head: bigint;

  beforeAll(async () => {
    // A small generated program (bench/generator, validated against the real deciders): events for every read model.
    const store = openSqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    const summary = await writeProgramWithApiCodec(store, join(dataDir, 'keys.sqlite'), { seed: 7, teams: 12, people: 150, events: 4_000, start: '2025-01-01', days: 200 });
    head = summary.lastPosition;
    await store.close();
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const states = (stateDir: string) => {
    const loaded = new FileSnapshotStore(stateDir).load()!;
    expect(loaded.position).toBe(head);
    return new Map(PROJECTIONS.map((p) => [p.name, loaded.read(p.name)]));
  };

  it('saves the same state of every read model whether one thread or several replay the log', async () => {
    const one = await rebuild(dataDir, join(dir, 'one'), '--threads=1');
    const three = await rebuild(dataDir, join(dir, 'three'), '--threads=3');
    for (const run of [one, three]) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    expect(one.stdout.match(/^ {2}thread /gm)).toHaveLength(1);
    expect(three.stdout.match(/^ {2}thread /gm)).toHaveLength(3);

    const single = states(join(dir, 'one'));
    const split = states(join(dir, 'three'));
    expect([...split.keys()]).toEqual(PROJECTIONS.map((p) => p.name));
    for (const [name, state] of single) {
      expect(state).toBeDefined();
      expect({ name, state: split.get(name) }).toEqual({ name, state });
    }
  }, 120_000);

  it('fails as a whole when a thread fails: the previous snapshot stays current, untouched', async () => {
    const stateDir = join(dir, 'failing');
    expect((await rebuild(dataDir, stateDir, '--threads=2')).code).toBe(0);
    const generation = join(stateDir, 'snapshots', `g${head}`);
    const before = { current: readFileSync(join(stateDir, 'snapshots', 'CURRENT'), 'utf8'), folder: statSync(generation).ino };
    // A row no thread can read: every thread reads it (both handle the event's type).
    const copy = join(dir, 'corrupt');
    cpSync(dataDir, copy, { recursive: true });
    const db = openDatabase(join(copy, 'events.sqlite'));
    db.prepare("UPDATE events SET data = '{not json' WHERE position = (SELECT max(position) FROM events WHERE type = 'PersonEnrolled')").run();
    db.close();

    const run = await rebuild(copy, stateDir, '--threads=2');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Rebuild failed');
    // A commit would have replaced the generation's folder (same name, new folder).
    expect({ current: readFileSync(join(stateDir, 'snapshots', 'CURRENT'), 'utf8'), folder: statSync(generation).ino }).toEqual(before);
    expect(readdirSync(join(stateDir, 'snapshots')).sort()).toEqual(['CURRENT', `g${head}`]);
    expect(new FileSnapshotStore(stateDir).load()?.position).toBe(head);
  }, 120_000);

  it('refuses a thread count that is not a whole number ≥ 1, and writes nothing', async () => {
    const run = await rebuild(dataDir, join(dir, 'bad'), '--threads=0');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--threads must be a whole number ≥ 1, got 0');
    expect(new FileSnapshotStore(join(dir, 'bad')).load()).toBeUndefined();
  });
});
