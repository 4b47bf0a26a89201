import { join } from 'node:path';
import { startChildNorte, type ChildNorte } from './support/child-norte';
import { newId, startNorte, type TestNorte } from './support/norte';

const ORGANISATION = `{ organisation { name mission units { id name kind parentId archived } } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { position id } }`;

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not seen within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('two API processes on one data directory', () => {
  let first: TestNorte;
  let second: ChildNorte;

  beforeAll(async () => {
    first = await startNorte();
    await first.gql(`mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { position } }`, {
      input: { commandId: newId(), name: 'Acme', locale: 'en', timeZone: 'Europe/Madrid' },
    });
    await first.gql(CREATE_UNIT, { input: { commandId: newId(), unitId: 'ops', name: 'Operations', kind: 'DIVISION' } });
    second = await startChildNorte({ NORTE_DATA_DIR: first.dataDir, NORTE_STATE_DIR: join(first.dataDir, 'state', 'second') });
  }, 90_000);

  afterAll(async () => {
    await second?.stop();
    await first?.close();
  });

  it('serves the same read models, built from the log the first process wrote', async () => {
    const seen = await until(async () => {
      const res = await second.gql<{ organisation: { units: unknown[] } | null }>(ORGANISATION);
      return res.data?.organisation?.units.length === 1 ? res : undefined;
    }, 30_000);
    expect(seen).toEqual(await first.gql(ORGANISATION));
  }, 35_000);

  it('sees a team appended by the first process, and the first sees one appended by the second', async () => {
    const started = Date.now();
    const { data } = await first.gql<{ createUnit: { id: string } }>(CREATE_UNIT, {
      input: { commandId: newId(), name: 'Front desk', kind: 'TEAM', parentId: 'ops' },
    });
    await until(async () => {
      const res = await second.gql<{ organisation: { units: { id: string }[] } }>(ORGANISATION);
      return res.data?.organisation.units.some((u) => u.id === data!.createUnit.id) ? true : undefined;
    }, 30_000);
    // A benchmark figure, not an assertion: how long the other process took to see the write.
    console.log(`second process saw the first's write after ${Date.now() - started} ms`);

    const back = await second.gql<{ createUnit: { id: string } }>(CREATE_UNIT, {
      input: { commandId: newId(), name: 'Call centre', kind: 'TEAM', parentId: 'ops' },
    });
    expect(back.errors).toBeUndefined();
    await until(async () => {
      const res = await first.gql<{ organisation: { units: { id: string }[] } }>(ORGANISATION);
      return res.data?.organisation.units.some((u) => u.id === back.data!.createUnit.id) ? true : undefined;
    }, 30_000);
    expect(await second.gql(ORGANISATION)).toEqual(await first.gql(ORGANISATION));
  }, 70_000);
});
