import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { loadConfig } from '@norte/api';
import { FileSnapshotStore } from '@norte/event-store';
import { rebuildReadModels } from '../../apps/api/src/platform/rebuild';
import { newId, startNorte, type TestNorte } from './support/norte';

const REGISTER = `mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { position } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { position id } }`;
const UNITS = `{ organisation { position units { id name } } }`;

describe('npm run rebuild: every read model from position 0', () => {
  let norte: TestNorte;
  const stateDir = join(tmpdir(), `norte-rebuild-state-${randomUUID()}`);

  afterEach(() => norte.close());
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
    const file = join(stateDir, 'snapshots', `g${head}`, 'organisation.v8');
    const content = deserialize(readFileSync(file)) as { state: { units: Record<string, unknown> } };
    content.state.units = {};
    writeFileSync(file, serialize(content));

    const config = loadConfig({ NORTE_DATA_DIR: norte.dataDir, NORTE_STATE_DIR: stateDir, LOG_LEVEL: 'warn' });
    const report = await rebuildReadModels(config);
    expect(report).toMatchObject({ position: BigInt(head), errors: [] });
    expect(report.snapshotBytes).toBeGreaterThan(0);
    expect(readdirSync(join(stateDir, 'snapshots')).sort()).toEqual(['CURRENT', `g${head}`]);

    norte = await startNorte({ dataDir: norte.dataDir, stateDir });
    const after = (await norte.gql<{ organisation: { units: { id: string }[] } }>(UNITS)).data!.organisation;
    expect(after).toEqual(before);
    expect(after.units.map((u) => u.id).sort()).toEqual(['care', 'sales']);
  });
});
