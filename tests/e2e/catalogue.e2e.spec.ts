import { EVENT_STORE, type EventStore } from '@norte/event-store';
// The people mutations are being written elsewhere: enrolment goes through the command bus directly.
import { newId, startNorte, type GqlError, type TestNorte } from './support/norte';
import { Commands, LOCAL_ADMIN } from '@norte/api';

const RESULT = '{ position streamId streamRevision id eventIds }';
const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) ${RESULT} }`;
const M = {
  register: mutation('registerOrganisation', 'RegisterOrganisationInput'),
  createUnit: mutation('createUnit', 'CreateUnitInput'),
  renameUnit: mutation('renameUnit', 'RenameUnitInput'),
  moveUnit: mutation('moveUnit', 'MoveUnitInput'),
  archiveUnit: mutation('archiveUnit', 'ArchiveUnitInput'),
  defineJobProfile: mutation('defineJobProfile', 'DefineJobProfileInput'),
  reviseJobProfile: mutation('reviseJobProfile', 'ReviseJobProfileInput'),
  defineCourse: mutation('defineCourse', 'DefineCourseInput'),
  defineGuidingPrinciple: mutation('defineGuidingPrinciple', 'DefineGuidingPrincipleInput'),
  defineCoreValue: mutation('defineCoreValue', 'DefineCoreValueInput'),
  retireCoreValue: mutation('retireCoreValue', 'RetireCoreValueInput'),
  recordParadigmShift: mutation('recordParadigmShift', 'RecordParadigmShiftInput'),
  publishServicePolicy: mutation('publishServicePolicy', 'PublishServicePolicyInput'),
  setServiceStandard: mutation('setServiceStandard', 'SetServiceStandardInput'),
  retractOrganisationFact: mutation('retractOrganisationFact', 'RetractOrganisationFactInput'),
};
type Name = keyof typeof M;

interface Result {
  position: string;
  streamId: string;
  streamRevision: string;
  id: string;
  eventIds: string[];
}

const ORG_STREAM = 'organisation-org';
const POLICY = {
  version: 1,
  title: 'Service policy',
  norms: { be: ['Kind', 'Humble'], know: ['Our services'], do: ['Answer within a day'] },
  protocols: { greeting: 'Good morning', identification: 'I am your advisor', closing: 'Anything else?' },
};

describe('catalogue slice over GraphQL', () => {
  let norte: TestNorte;

  const call = (name: Name, input: Record<string, unknown>) =>
    norte.gql<Record<string, Result>>(M[name], { input: { commandId: newId(), ...input } });

  async function send(name: Name, input: Record<string, unknown>): Promise<Result> {
    const res = await call(name, input);
    expect(res.errors).toBeUndefined();
    return res.data![name];
  }

  /** The stored events the command recorded, read back from the store. */
  async function stored(result: Result) {
    const events = [];
    for await (const e of norte.app.get<EventStore>(EVENT_STORE).readStream(result.streamId)) {
      if (result.eventIds.includes(e.id)) events.push({ type: e.type, data: e.data });
    }
    return events;
  }


  /** The command is rejected with this code and field, and nothing is stored. */
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
    await send('createUnit', { unitId: 'north', name: 'North', kind: 'DIVISION', parentId: 'ops' });
    await send('createUnit', { unitId: 'desk', name: 'Front desk', kind: 'TEAM', parentId: 'north' });
  });
  afterEach(() => norte.close());

  describe('units', () => {
    it('renames, moves and archives a unit', async () => {
      const renamed = await send('renameUnit', { unitId: 'desk', name: 'Reception' });
      expect(renamed).toMatchObject({ streamId: ORG_STREAM, id: 'desk', streamRevision: '4' });
      expect(renamed.eventIds).toHaveLength(1);
      expect(await stored(renamed)).toEqual([{ type: 'UnitRenamed', data: { unitId: 'desk', name: 'Reception' } }]);

      const moved = await send('moveUnit', { unitId: 'north', parentId: null });
      expect(await stored(moved)).toEqual([{ type: 'UnitMoved', data: { unitId: 'north', parentId: null } }]);
      const back = await send('moveUnit', { unitId: 'north', parentId: 'ops' });
      expect(await stored(back)).toEqual([{ type: 'UnitMoved', data: { unitId: 'north', parentId: 'ops' } }]);

      const archived = await send('archiveUnit', { unitId: 'desk' });
      expect(archived.id).toBe('desk');
      expect(await stored(archived)).toEqual([{ type: 'UnitArchived', data: { unitId: 'desk' } }]);
      expect(BigInt(archived.position)).toBeGreaterThan(BigInt(back.position));
    });

    it('refuses to move a division under its own descendant', async () => {
      await send('createUnit', { unitId: 'north-east', name: 'North-east', kind: 'DIVISION', parentId: 'north' });
      await rejects('moveUnit', { unitId: 'ops', parentId: 'north-east' }, { code: 'CONFLICT', field: 'input.parentId' });
      await rejects('moveUnit', { unitId: 'ops', parentId: 'ops' }, { code: 'CONFLICT', field: 'input.parentId' });
    });

    it('refuses to move a team to the top or under a team', async () => {
      await rejects('moveUnit', { unitId: 'desk' }, { code: 'BAD_USER_INPUT', field: 'input.parentId' });
      await send('createUnit', { unitId: 'kiosk', name: 'Kiosk', kind: 'TEAM', parentId: 'north' });
      await rejects('moveUnit', { unitId: 'desk', parentId: 'kiosk' }, { code: 'BAD_USER_INPUT', field: 'input.parentId' });
    });

    it('refuses to archive a team with active members, or a division with units below it', async () => {
      await norte.app.get(Commands).send(
        {
          type: 'EnrolPerson',
          data: { personId: 'p1', externalId: 'E-1', name: 'Ana Ruiz', email: 'ana@acme.test', teamId: 'desk', role: 'member', jobProfileId: null },
          occurredAt: new Date('2025-01-10T00:00:00.000Z'),
        },
        { commandId: newId(), actor: LOCAL_ADMIN },
      );
      const error = await rejects('archiveUnit', { unitId: 'desk' }, { code: 'CONFLICT', field: 'input.unitId' });
      expect(error.message).toContain('p1');
      await rejects('archiveUnit', { unitId: 'north' }, { code: 'CONFLICT', field: 'input.unitId' });
    });

    it('refuses to rename an unknown unit or an archived one', async () => {
      await rejects('renameUnit', { unitId: 'ghost', name: 'X' }, { code: 'NOT_FOUND', field: 'input.unitId' });
      await send('archiveUnit', { unitId: 'desk' });
      await rejects('renameUnit', { unitId: 'desk', name: 'X' }, { code: 'CONFLICT', field: 'input.unitId' });
    });
  });

  describe('catalogue', () => {
    it('defines a job profile with a generated id, revises it, and defines a course', async () => {
      const defined = await send('defineJobProfile', { title: 'Nurse', occurredAt: '2025-01-01T00:00:00.000Z' });
      expect(defined.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(await stored(defined)).toEqual([{ type: 'JobProfileDefined', data: { jobProfileId: defined.id, title: 'Nurse', description: null } }]);

      const revised = await send('reviseJobProfile', { jobProfileId: defined.id, title: 'Senior nurse', description: 'Cares for patients' });
      expect(revised.id).toBe(defined.id);
      expect(await stored(revised)).toEqual([
        { type: 'JobProfileRevised', data: { jobProfileId: defined.id, title: 'Senior nurse', description: 'Cares for patients' } },
      ]);

      const course = await send('defineCourse', { courseId: 'svc-101', title: 'Service basics', processId: 'SERVICE_EXCELLENCE', audience: 'FRONT_LINE' });
      expect(course.id).toBe('svc-101');
      expect(await stored(course)).toEqual([
        { type: 'CourseDefined', data: { courseId: 'svc-101', title: 'Service basics', processId: 'service-excellence', audience: 'front-line' } },
      ]);
    });

    it('refuses to revise an unknown profile, to date a revision before its definition, or to reuse an id', async () => {
      await rejects('reviseJobProfile', { jobProfileId: 'ghost', title: 'X' }, { code: 'NOT_FOUND', field: 'input.jobProfileId' });
      await send('defineJobProfile', { jobProfileId: 'nurse', title: 'Nurse', occurredAt: '2025-02-01T00:00:00.000Z' });
      await rejects('reviseJobProfile', { jobProfileId: 'nurse', title: 'X', occurredAt: '2025-01-01T00:00:00.000Z' }, { code: 'CONFLICT', field: 'input.occurredAt' });
      await rejects('defineJobProfile', { jobProfileId: 'nurse', title: 'Other' }, { code: 'CONFLICT', field: 'input.jobProfileId' });
    });
  });

  describe('true north', () => {
    it('defines a principle, a core value, a paradigm shift, and retires the value', async () => {
      const principle = await send('defineGuidingPrinciple', { text: 'The client first' });
      expect(await stored(principle)).toEqual([{ type: 'GuidingPrincipleDefined', data: { principleId: principle.id, text: 'The client first' } }]);

      const value = await send('defineCoreValue', { valueId: 'respect', name: 'Respect', description: 'For everyone', occurredAt: '2025-01-01T00:00:00.000Z' });
      expect(value.id).toBe('respect');
      expect(await stored(value)).toEqual([{ type: 'CoreValueDefined', data: { valueId: 'respect', name: 'Respect', description: 'For everyone' } }]);
      const bare = await send('defineCoreValue', { name: 'Warmth' });
      expect(await stored(bare)).toEqual([{ type: 'CoreValueDefined', data: { valueId: bare.id, name: 'Warmth', description: null } }]);

      const shift = await send('recordParadigmShift', { from: 'Rules first', to: 'People first' });
      expect(await stored(shift)).toEqual([{ type: 'ParadigmShiftRecorded', data: { shiftId: shift.id, from: 'Rules first', to: 'People first' } }]);

      const retired = await send('retireCoreValue', { valueId: 'respect' });
      expect(retired).toMatchObject({ id: 'respect', streamId: ORG_STREAM });
      expect(await stored(retired)).toEqual([{ type: 'CoreValueRetired', data: { valueId: 'respect' } }]);
      await rejects('retireCoreValue', { valueId: 'respect' }, { code: 'CONFLICT', field: 'input.valueId' });
    });

    it('refuses to retire an unknown core value', () => rejects('retireCoreValue', { valueId: 'ghost' }, { code: 'NOT_FOUND', field: 'input.valueId' }));
  });

  describe('service model', () => {
    it('publishes the service policy and sets a standard', async () => {
      const policy = await send('publishServicePolicy', POLICY);
      expect(policy).toMatchObject({ streamId: ORG_STREAM, id: 'org' });
      expect(await stored(policy)).toEqual([{ type: 'ServicePolicyPublished', data: POLICY }]);

      const standard = await send('setServiceStandard', { channel: 'SOCIAL_MEDIA', metric: 'FIRST_RESPONSE_MINUTES', target: 12.5 });
      expect(await stored(standard)).toEqual([
        { type: 'ServiceStandardSet', data: { channel: 'social-media', metric: 'first-response-minutes', target: 12.5 } },
      ]);
    });

    it('refuses a version not higher than the last one, even once that one is retracted', async () => {
      const v2 = await send('publishServicePolicy', { ...POLICY, version: 2 });
      await rejects('publishServicePolicy', { ...POLICY, version: 2 }, { code: 'CONFLICT', field: 'input.version' });
      await rejects('publishServicePolicy', POLICY, { code: 'CONFLICT', field: 'input.version' });
      await send('retractOrganisationFact', { factId: v2.eventIds[0], reason: 'Published by mistake' });
      await rejects('publishServicePolicy', { ...POLICY, version: 2 }, { code: 'CONFLICT', field: 'input.version' });
      await send('publishServicePolicy', { ...POLICY, version: 3 });
    });

    it('refuses a policy without norms, or with a blank one, naming the field', async () => {
      await rejects('publishServicePolicy', { ...POLICY, norms: { be: [], know: [], do: [] } }, { code: 'BAD_USER_INPUT', field: 'input.norms' });
      await rejects('publishServicePolicy', { ...POLICY, norms: { ...POLICY.norms, know: ['  '] } }, { code: 'BAD_USER_INPUT', field: 'input.norms.know.0' });
      await rejects('publishServicePolicy', { ...POLICY, protocols: { ...POLICY.protocols, closing: ' ' } }, { code: 'BAD_USER_INPUT', field: 'input.protocols.closing' });
    });
  });

  describe('corrections', () => {
    it('retracts a fact, then retracts the retraction, which restores it', async () => {
      const value = await send('defineCoreValue', { valueId: 'respect', name: 'Respect' });
      const retraction = await send('retractOrganisationFact', { factId: value.eventIds[0], reason: 'Not agreed yet' });
      expect(retraction).toMatchObject({ streamId: ORG_STREAM, id: value.eventIds[0] });
      expect(await stored(retraction)).toEqual([
        { type: 'FactRetracted', data: { factId: value.eventIds[0], factType: 'CoreValueDefined', reason: 'Not agreed yet' } },
      ]);
      await rejects('retireCoreValue', { valueId: 'respect' }, { code: 'NOT_FOUND', field: 'input.valueId' });
      await rejects('retractOrganisationFact', { factId: value.eventIds[0], reason: 'Again' }, { code: 'CONFLICT', field: 'input.factId' });

      const restoration = await send('retractOrganisationFact', { factId: retraction.eventIds[0], reason: 'Agreed after all' });
      expect(await stored(restoration)).toEqual([
        { type: 'FactRetracted', data: { factId: retraction.eventIds[0], factType: 'FactRetracted', reason: 'Agreed after all' } },
      ]);
      await send('retireCoreValue', { valueId: 'respect' });
    });

    it('refuses to retract an unknown fact, or a unit (corrected by its own commands)', async () => {
      await rejects('retractOrganisationFact', { factId: newId(), reason: 'Wrong' }, { code: 'NOT_FOUND', field: 'input.factId' });
      const unit = await send('createUnit', { unitId: 'kiosk', name: 'Kiosk', kind: 'TEAM', parentId: 'north' });
      await rejects('retractOrganisationFact', { factId: unit.eventIds[0], reason: 'Wrong' }, { code: 'BAD_USER_INPUT', field: 'input.factId' });
    });

    it('refuses to retract a definition that a later retirement depends on, naming the facts', async () => {
      const value = await send('defineCoreValue', { valueId: 'respect', name: 'Respect' });
      const retired = await send('retireCoreValue', { valueId: 'respect' });
      const error = await rejects('retractOrganisationFact', { factId: value.eventIds[0], reason: 'Wrong' }, { code: 'CONFLICT', field: 'input.factId' });
      expect(error.extensions?.facts).toEqual(retired.eventIds);
    });
  });

  describe('bad input at the edge', () => {
    const long = (n: number) => 'x'.repeat(n);
    it.each<[Name, string, string, Record<string, unknown>]>([
      ['renameUnit', 'a name over 120 characters', 'input.name', { unitId: 'desk', name: long(121) }],
      ['renameUnit', 'an empty name', 'input.name', { unitId: 'desk', name: '' }],
      ['moveUnit', 'an id with spaces', 'input.unitId', { unitId: 'no spaces', parentId: 'ops' }],
      ['archiveUnit', 'an id over 64 characters', 'input.unitId', { unitId: long(65) }],
      ['defineJobProfile', 'a title over 200 characters', 'input.title', { title: long(201) }],
      ['defineJobProfile', 'a description over 4000 characters', 'input.description', { title: 'Nurse', description: long(4001) }],
      ['reviseJobProfile', 'an id with a slash', 'input.jobProfileId', { jobProfileId: 'a/b', title: 'Nurse' }],
      ['defineCourse', 'an id with a space', 'input.courseId', { courseId: 'c 1', title: 'T', processId: 'ALIGNMENT', audience: 'MANAGEMENT' }],
      ['defineGuidingPrinciple', 'a text over 2000 characters', 'input.text', { text: long(2001) }],
      ['defineCoreValue', 'a name over 120 characters', 'input.name', { name: long(121) }],
      ['defineCoreValue', 'a description over 2000 characters', 'input.description', { name: 'Respect', description: long(2001) }],
      ['retireCoreValue', 'an empty id', 'input.valueId', { valueId: '' }],
      ['recordParadigmShift', 'a paradigm over 500 characters', 'input.from', { from: long(501), to: 'B' }],
      ['recordParadigmShift', 'an empty paradigm', 'input.to', { from: 'A', to: '' }],
      ['publishServicePolicy', 'version 0', 'input.version', { ...POLICY, version: 0 }],
      ['publishServicePolicy', 'a title over 200 characters', 'input.title', { ...POLICY, title: long(201) }],
      ['publishServicePolicy', '51 norms', 'input.norms.be', { ...POLICY, norms: { ...POLICY.norms, be: Array(51).fill('Kind') } }],
      ['publishServicePolicy', 'a norm over 500 characters', 'input.norms.do', { ...POLICY, norms: { ...POLICY.norms, do: [long(501)] } }],
      ['publishServicePolicy', 'a greeting over 1000 characters', 'input.protocols.greeting', { ...POLICY, protocols: { ...POLICY.protocols, greeting: long(1001) } }],
      ['setServiceStandard', 'a negative target', 'input.target', { channel: 'PHONE', metric: 'COMPLAINTS', target: -1 }],
      ['setServiceStandard', 'a target over 1,000,000', 'input.target', { channel: 'PHONE', metric: 'COMPLAINTS', target: 1_000_001 }],
      ['retractOrganisationFact', 'a fact id with spaces', 'input.factId', { factId: 'not an id', reason: 'Wrong' }],
      ['retractOrganisationFact', 'a reason over 500 characters', 'input.reason', { factId: 'abc', reason: long(501) }],
      ['defineCoreValue', 'a command id that is not a UUID', 'input.commandId', { commandId: 'nope', name: 'Respect' }],
      ['defineCoreValue', 'a business time that is not an instant', 'input.occurredAt', { name: 'Respect', occurredAt: 'yesterday' }],
    ])('%s rejects %s, naming %s', (name, _what, field, input) => rejects(name, input, { code: 'BAD_USER_INPUT', field }));

    it('rejects values outside the GraphQL enums and a non-integer version', async () => {
      for (const [name, input] of [
        ['setServiceStandard', { channel: 'FAX', metric: 'COMPLAINTS', target: 1 }],
        ['defineCourse', { title: 'T', processId: 'P9', audience: 'MANAGEMENT' }],
        ['defineCourse', { title: 'T', processId: 'ALIGNMENT', audience: 'EVERYONE' }],
        ['publishServicePolicy', { ...POLICY, version: 1.5 }],
      ] as const) {
        await rejects(name, input, { code: 'BAD_USER_INPUT' });
      }
    });

    it('rejects a business time in the future from the domain', () =>
      rejects('defineCoreValue', { name: 'Respect', occurredAt: '2999-01-01T00:00:00.000Z' }, { code: 'BAD_USER_INPUT', field: 'input.occurredAt' }));
  });

  describe('idempotency', () => {
    it('returns the original result for a re-sent command id and rejects it with other content', async () => {
      const input = { commandId: newId(), jobProfileId: 'nurse', title: 'Nurse' };
      const first = await norte.gql(M.defineJobProfile, { input });
      const before = await norte.settledPosition();
      const again = await norte.gql(M.defineJobProfile, { input });
      expect(again).toEqual(first);
      expect(await norte.settledPosition()).toBe(before);
      const reused = await norte.gql(M.defineJobProfile, { input: { ...input, title: 'Doctor' } });
      expect(reused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.commandId' });
    });

    it('returns the original result for a re-sent retraction', async () => {
      const value = await send('defineCoreValue', { valueId: 'respect', name: 'Respect' });
      const input = { commandId: newId(), factId: value.eventIds[0], reason: 'Not agreed yet' };
      const first = await norte.gql(M.retractOrganisationFact, { input });
      expect(await norte.gql(M.retractOrganisationFact, { input })).toEqual(first);
    });
  });
});
