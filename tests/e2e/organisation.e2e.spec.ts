import request from 'supertest';
import { newId, startNorte, type TestNorte } from './support/norte';

const REGISTER = `mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { position streamId streamRevision id } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { position id } }`;
const SET_MISSION = `mutation($input: SetStatementInput!) { setMission(input: $input) { position } }`;
const ORGANISATION = `query($min: Position) { organisation(minPosition: $min) { name locale timeZone mission vision position units { id name kind parentId archived } } }`;

describe('organisation slice over GraphQL', () => {
  let norte: TestNorte;
  beforeEach(async () => {
    norte = await startNorte();
  });
  afterEach(() => norte.close());

  it('answers /healthz', async () => {
    const res = await request(norte.app.getHttpServer()).get('/healthz').expect(200);
    expect(res.body).toMatchObject({ status: 'ok' });
  });

  it('registers, builds a tree, sets the mission and reads it back at the written position', async () => {
    const reg = await norte.gql<{ registerOrganisation: { position: string; streamId: string; streamRevision: string } }>(REGISTER, {
      input: { commandId: newId(), name: 'Acme Salud', locale: 'es', timeZone: 'America/Bogota' },
    });
    expect(reg.errors).toBeUndefined();
    expect(reg.data!.registerOrganisation).toMatchObject({ streamId: 'organisation-org', streamRevision: '0' });
    expect(reg.data!.registerOrganisation.position).toMatch(/^\d+$/);

    const division = await norte.gql<{ createUnit: { id: string } }>(CREATE_UNIT, {
      input: { commandId: newId(), unitId: 'sales', name: 'Sales', kind: 'DIVISION', occurredAt: '2025-01-02T00:00:00.000Z' },
    });
    const team = await norte.gql<{ createUnit: { id: string; position: string } }>(CREATE_UNIT, {
      input: { commandId: newId(), name: 'Front desk', kind: 'TEAM', parentId: division.data!.createUnit.id },
    });
    const mission = await norte.gql<{ setMission: { position: string } }>(SET_MISSION, {
      input: { commandId: newId(), text: 'Serve with heart', occurredAt: '2025-01-15T00:00:00.000Z' },
    });
    expect(team.errors).toBeUndefined();

    const read = await norte.gql<{ organisation: Record<string, unknown> }>(ORGANISATION, { min: mission.data!.setMission.position });
    expect(read.data!.organisation).toEqual({
      name: 'Acme Salud',
      locale: 'es',
      timeZone: 'America/Bogota',
      mission: 'Serve with heart',
      vision: null,
      position: mission.data!.setMission.position,
      units: [
        { id: 'sales', name: 'Sales', kind: 'DIVISION', parentId: null, archived: false },
        { id: team.data!.createUnit.id, name: 'Front desk', kind: 'TEAM', parentId: 'sales', archived: false },
      ],
    });
  });

  describe('bad input', () => {
    const storedPosition = async () => (await request(norte.app.getHttpServer()).get('/healthz')).body.position;

    it('rejects a malformed command id at the edge, naming the field, and stores nothing', async () => {
      const res = await norte.gql(REGISTER, { input: { commandId: 'nope', name: 'Acme', locale: 'es', timeZone: 'UTC' } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.commandId' });
      expect(await storedPosition()).toBe('0');
    });

    it('rejects an unknown time zone from the domain, naming the field, and stores nothing', async () => {
      const res = await norte.gql(REGISTER, { input: { commandId: newId(), name: 'Acme', locale: 'es', timeZone: 'Mars/Base' } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.timeZone' });
      expect(await storedPosition()).toBe('0');
    });

    it('rejects a team under an unknown parent with NOT_FOUND', async () => {
      await norte.gql(REGISTER, { input: { commandId: newId(), name: 'Acme', locale: 'es', timeZone: 'UTC' } });
      const before = await storedPosition();
      const res = await norte.gql(CREATE_UNIT, { input: { commandId: newId(), name: 'T', kind: 'TEAM', parentId: 'ghost' } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.parentId' });
      expect(await storedPosition()).toBe(before);
    });

    it('rejects a wrong enum value and a malformed position as GraphQL input errors', async () => {
      const res = await norte.gql(CREATE_UNIT, { input: { commandId: newId(), name: 'T', kind: 'SQUAD' } });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const pos = await norte.gql(ORGANISATION, { min: '-1' });
      expect(pos.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('idempotency', () => {
    it('returns the original result for a re-sent command id and rejects it with other content', async () => {
      const input = { commandId: newId(), name: 'Acme', locale: 'es', timeZone: 'UTC' };
      const first = await norte.gql(REGISTER, { input });
      const again = await norte.gql(REGISTER, { input });
      expect(again).toEqual(first);
      const reused = await norte.gql(REGISTER, { input: { ...input, name: 'Other' } });
      expect(reused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.commandId' });
    });

    it('re-sends a creation without a client-chosen id to the same entity, returning the original result', async () => {
      await norte.gql(REGISTER, { input: { commandId: newId(), name: 'Acme', locale: 'es', timeZone: 'UTC' } });
      const input = { commandId: newId(), name: 'Sales', kind: 'DIVISION' };
      const first = await norte.gql<{ createUnit: { id: string } }>(CREATE_UNIT, { input });
      const again = await norte.gql(CREATE_UNIT, { input });
      expect(first.errors).toBeUndefined();
      expect(again).toEqual(first);
      const other = await norte.gql<{ createUnit: { id: string } }>(CREATE_UNIT, { input: { ...input, commandId: newId() } });
      expect(other.data!.createUnit.id).not.toBe(first.data!.createUnit.id);
    });
  });
});
