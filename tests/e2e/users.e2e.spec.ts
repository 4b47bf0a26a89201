import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE, SQLITE_FILE_NAME, type EventCodec, type EventStore, type RecordedEvent } from '@norte/event-store';
import { newId, startNorte, type GqlError, type TestNorte } from './support/norte';
import { EVENT_CODEC } from '@norte/api';

const RESULT = '{ position streamId streamRevision id eventIds }';
const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) ${RESULT} }`;
const M = {
  register: mutation('registerOrganisation', 'RegisterOrganisationInput'),
  createUnit: mutation('createUnit', 'CreateUnitInput'),
  archiveUnit: mutation('archiveUnit', 'ArchiveUnitInput'),
  createUser: mutation('createUser', 'CreateUserInput'),
  grantRole: mutation('grantRole', 'GrantRoleInput'),
  revokeRole: mutation('revokeRole', 'RevokeRoleInput'),
  disableUser: mutation('disableUser', 'DisableUserInput'),
};
type Name = keyof typeof M;

interface Result {
  position: string;
  streamId: string;
  streamRevision: string;
  id: string;
  eventIds: string[];
}

const MARTA = { userId: 'marta', name: 'Marta Quintero Zubiaurre', email: 'marta.quintero@acme-salud.test' };

describe('users slice over GraphQL', () => {
  let norte: TestNorte;

  const call = (name: Name, input: Record<string, unknown>) =>
    norte.gql<Record<string, Result>>(M[name], { input: { commandId: newId(), ...input } });

  async function send(name: Name, input: Record<string, unknown>): Promise<Result> {
    const res = await call(name, input);
    expect(res.errors).toBeUndefined();
    return res.data![name];
  }

  async function recorded(result: Result): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const e of norte.app.get<EventStore>(EVENT_STORE).readStream(result.streamId)) {
      if (result.eventIds.includes(e.id)) events.push(e);
    }
    return events;
  }

  /** The stored events the command recorded, decrypted as the application reads them. */
  async function stored(result: Result) {
    const codec = norte.app.get<EventCodec>(EVENT_CODEC);
    return (await recorded(result)).map((e) => codec.decode(e)).map(({ type, data }) => ({ type, data }));
  }


  async function rejects(name: Name, input: Record<string, unknown>, expected: { code: string; field?: string }): Promise<GqlError> {
    const before = await norte.settledPosition();
    const res = await call(name, input);
    expect(res.data).toBeFalsy();
    expect(res.errors?.[0].extensions).toMatchObject(expected);
    expect(await norte.settledPosition()).toBe(before);
    return res.errors![0];
  }

  beforeEach(async () => {
    norte = await startNorte();
    await send('register', { name: 'Acme Salud', locale: 'es', timeZone: 'America/Bogota' });
    await send('createUnit', { unitId: 'ops', name: 'Operations', kind: 'DIVISION' });
    await send('createUnit', { unitId: 'desk', name: 'Front desk', kind: 'TEAM', parentId: 'ops' });
  });
  afterEach(() => norte.close());

  describe('creating a user', () => {
    it('creates a user with a generated id, linked to no person', async () => {
      const created = await send('createUser', { name: 'Marta', email: 'marta@acme.test' });
      expect(created.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(created).toMatchObject({ streamId: `user-${created.id}`, streamRevision: '0' });
      expect(created.eventIds).toHaveLength(1);
      expect(await stored(created)).toEqual([{ type: 'UserCreated', data: { userId: created.id, name: 'Marta', email: 'marta@acme.test', personId: null } }]);
    });

    it('creates a user linked to a person, under the id the client chose', async () => {
      const created = await send('createUser', { ...MARTA, personId: 'p-7' });
      expect(created).toMatchObject({ id: 'marta', streamId: 'user-marta' });
      expect(await stored(created)).toEqual([{ type: 'UserCreated', data: { ...MARTA, personId: 'p-7' } }]);
    });

    it('keeps the name and e-mail out of the store in clear', async () => {
      const created = await send('createUser', MARTA);
      const [raw] = await recorded(created);
      expect(JSON.stringify(raw.data)).not.toContain(MARTA.name);
      expect(JSON.stringify(raw.data)).not.toContain(MARTA.email);
      const files = [SQLITE_FILE_NAME, `${SQLITE_FILE_NAME}-wal`].map((f) => join(norte.dataDir, f)).filter((f) => existsSync(f));
      expect(files.length).toBeGreaterThan(0);
      const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
      expect(bytes.includes('UserCreated')).toBe(true); // the event is there, only its personal fields are not
      for (const secret of [MARTA.name, MARTA.email, 'Quintero', 'acme-salud.test']) {
        expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
      }
    });

    it('refuses to create the same user twice', async () => {
      await send('createUser', MARTA);
      await rejects('createUser', { ...MARTA, name: 'Other' }, { code: 'CONFLICT', field: 'input.userId' });
    });
  });

  describe('role grants', () => {
    beforeEach(() => send('createUser', MARTA));

    it('grants an unscoped admin role, HR for a division and team lead of a team; revokes one; disables the user', async () => {
      const admin = await send('grantRole', { userId: 'marta', role: 'ADMIN' });
      expect(admin).toMatchObject({ id: 'marta', streamId: 'user-marta', streamRevision: '1' });
      expect(await stored(admin)).toEqual([{ type: 'RoleGranted', data: { userId: 'marta', role: 'admin', scopeUnitId: null } }]);
      const hr = await send('grantRole', { userId: 'marta', role: 'HR', scopeUnitId: 'ops' });
      expect(await stored(hr)).toEqual([{ type: 'RoleGranted', data: { userId: 'marta', role: 'hr', scopeUnitId: 'ops' } }]);
      const lead = await send('grantRole', { userId: 'marta', role: 'TEAM_LEAD', scopeUnitId: 'desk' });
      expect(await stored(lead)).toEqual([{ type: 'RoleGranted', data: { userId: 'marta', role: 'team-lead', scopeUnitId: 'desk' } }]);
      const executive = await send('grantRole', { userId: 'marta', role: 'EXECUTIVE', scopeUnitId: null });
      expect(await stored(executive)).toEqual([{ type: 'RoleGranted', data: { userId: 'marta', role: 'executive', scopeUnitId: null } }]);

      const revoked = await send('revokeRole', { userId: 'marta', role: 'HR', scopeUnitId: 'ops' });
      expect(await stored(revoked)).toEqual([{ type: 'RoleRevoked', data: { userId: 'marta', role: 'hr', scopeUnitId: 'ops' } }]);

      const disabled = await send('disableUser', { userId: 'marta' });
      expect(disabled).toMatchObject({ id: 'marta', streamRevision: '6' });
      expect(await stored(disabled)).toEqual([{ type: 'UserDisabled', data: { userId: 'marta' } }]);
    });

    it('scopes a team lead to a team only, and never scopes an admin', async () => {
      await rejects('grantRole', { userId: 'marta', role: 'TEAM_LEAD', scopeUnitId: 'ops' }, { code: 'BAD_USER_INPUT', field: 'input.scopeUnitId' });
      await rejects('grantRole', { userId: 'marta', role: 'TEAM_LEAD' }, { code: 'BAD_USER_INPUT', field: 'input.scopeUnitId' });
      await rejects('grantRole', { userId: 'marta', role: 'ADMIN', scopeUnitId: 'desk' }, { code: 'BAD_USER_INPUT', field: 'input.scopeUnitId' });
    });

    it('refuses a scope that does not exist or is archived', async () => {
      await rejects('grantRole', { userId: 'marta', role: 'HR', scopeUnitId: 'ghost' }, { code: 'NOT_FOUND', field: 'input.scopeUnitId' });
      await send('archiveUnit', { unitId: 'desk' });
      await rejects('grantRole', { userId: 'marta', role: 'TEAM_LEAD', scopeUnitId: 'desk' }, { code: 'CONFLICT', field: 'input.scopeUnitId' });
    });

    it('refuses a grant already held, and a revocation of a grant not held', async () => {
      await send('grantRole', { userId: 'marta', role: 'HR', scopeUnitId: 'ops' });
      await rejects('grantRole', { userId: 'marta', role: 'HR', scopeUnitId: 'ops' }, { code: 'CONFLICT', field: 'input.role' });
      await rejects('revokeRole', { userId: 'marta', role: 'HR' }, { code: 'NOT_FOUND', field: 'input.role' });
    });

    it('refuses grants to an unknown user and to a disabled one, and disabling twice', async () => {
      await rejects('grantRole', { userId: 'ghost', role: 'ADMIN' }, { code: 'NOT_FOUND', field: 'input.userId' });
      await rejects('disableUser', { userId: 'ghost' }, { code: 'NOT_FOUND', field: 'input.userId' });
      await send('disableUser', { userId: 'marta' });
      await rejects('grantRole', { userId: 'marta', role: 'ADMIN' }, { code: 'CONFLICT', field: 'input.userId' });
      await rejects('disableUser', { userId: 'marta' }, { code: 'CONFLICT', field: 'input.userId' });
    });
  });

  describe('bad input at the edge', () => {
    it.each<[Name, string, string, Record<string, unknown>]>([
      ['createUser', 'an e-mail without a domain', 'input.email', { name: 'Marta', email: 'marta@' }],
      ['createUser', 'an empty name', 'input.name', { name: '', email: 'marta@acme.test' }],
      ['createUser', 'a name over 120 characters', 'input.name', { name: 'x'.repeat(121), email: 'marta@acme.test' }],
      ['createUser', 'a user id with spaces', 'input.userId', { userId: 'm q', name: 'Marta', email: 'marta@acme.test' }],
      ['createUser', 'a person id with a slash', 'input.personId', { name: 'Marta', email: 'marta@acme.test', personId: 'p/1' }],
      ['grantRole', 'a scope id over 64 characters', 'input.scopeUnitId', { userId: 'marta', role: 'HR', scopeUnitId: 'x'.repeat(65) }],
      ['revokeRole', 'an empty user id', 'input.userId', { userId: '', role: 'HR' }],
      ['disableUser', 'a command id that is not a UUID', 'input.commandId', { commandId: '42', userId: 'marta' }],
    ])('%s rejects %s, naming %s', (name, _what, field, input) => rejects(name, input, { code: 'BAD_USER_INPUT', field }));

    it('rejects a role outside the GraphQL enum', () => rejects('grantRole', { userId: 'marta', role: 'OWNER' }, { code: 'BAD_USER_INPUT' }));
  });

  describe('idempotency', () => {
    it('returns the original result for a re-sent command id and rejects it with other content', async () => {
      const input = { commandId: newId(), ...MARTA };
      const first = await norte.gql(M.createUser, { input });
      expect(first.errors).toBeUndefined();
      const before = await norte.settledPosition();
      expect(await norte.gql(M.createUser, { input })).toEqual(first);
      expect(await norte.settledPosition()).toBe(before);
      const reused = await norte.gql(M.createUser, { input: { ...input, email: 'other@acme.test' } });
      expect(reused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.commandId' });
    });

    it('returns the original result for a re-sent grant', async () => {
      await send('createUser', MARTA);
      const input = { commandId: newId(), userId: 'marta', role: 'TEAM_LEAD', scopeUnitId: 'desk' };
      const first = await norte.gql(M.grantRole, { input });
      expect(first.errors).toBeUndefined();
      expect(await norte.gql(M.grantRole, { input })).toEqual(first);
    });
  });
});
