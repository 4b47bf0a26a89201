import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { EVENT_STORE, SQLITE_FILE_NAME, type EventCodec, type EventStore, type RecordedEvent } from '@norte/event-store';
import { newId, startNorte, type GqlError, type TestNorte } from './support/norte';
import { Commands, EVENT_CODEC, LOCAL_ADMIN, ReadModels } from '@norte/api';

interface Result {
  position: string;
  streamId: string;
  streamRevision: string;
  id: string;
  eventIds: string[];
}

const PUBLISHED = '2025-01-01T00:00:00.000Z';
const JOINED = '2025-01-10T09:00:00.000Z';
const on = (date: string) => `${date}T12:00:00.000Z`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const ANA = {
  personId: 'ana',
  externalId: 'E-001',
  name: 'Ana Zuleta Restrepo',
  email: 'ana.zuleta@acme.test',
  teamId: 'team-a',
  role: 'MEMBER',
  jobProfileId: 'agent',
  occurredAt: JOINED,
};

describe('people slice over GraphQL', () => {
  let norte: TestNorte;

  const mutation = (name: string) =>
    `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { position streamId streamRevision id eventIds } }`;
  const send = (name: string, input: Record<string, unknown>) =>
    norte.gql<Record<string, Result>>(mutation(name), { input: { commandId: newId(), ...input } });
  async function ok(name: string, input: Record<string, unknown>): Promise<Result> {
    const res = await send(name, input);
    if (res.errors) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
    return res.data![name];
  }
  async function rejected(name: string, input: Record<string, unknown>): Promise<GqlError> {
    const before = await storedPosition();
    const res = await send(name, input);
    expect(res.data?.[name] ?? null).toBeNull();
    expect(await storedPosition()).toBe(before);
    return res.errors![0];
  }

  /** /healthz once the read models reflect everything stored, so a rejected command can be seen to store nothing. */
  async function storedPosition(): Promise<string> {
    const head = await norte.app.get<EventStore>(EVENT_STORE).headPosition();
    await norte.app.get(ReadModels).caughtUp();
    const { position } = (await request(norte.app.getHttpServer()).get('/healthz').expect(200)).body;
    expect(position).toBe(head.toString());
    return position;
  }

  async function rawStream(streamId: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of norte.app.get<EventStore>(EVENT_STORE).readStream(streamId)) events.push(event);
    return events;
  }
  async function stored(streamId: string) {
    const codec = norte.app.get<EventCodec>(EVENT_CODEC);
    return (await rawStream(streamId)).map((raw) => {
      const { type, data, eventId, occurredAt } = codec.decode(raw);
      return { type, data, eventId, occurredAt };
    });
  }

  /** The organisation, two teams, and the catalogue facts person facts refer to (their mutations live elsewhere). */
  async function seedOrganisation(): Promise<void> {
    await norte.gql(`mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`, {
      input: { commandId: newId(), name: 'Acme Salud', locale: 'es', timeZone: 'America/Bogota' },
    });
    const unit = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`;
    await norte.gql(unit, { input: { commandId: newId(), unitId: 'ops', name: 'Operations', kind: 'DIVISION' } });
    await norte.gql(unit, { input: { commandId: newId(), unitId: 'team-a', name: 'Front desk', kind: 'TEAM', parentId: 'ops' } });
    await norte.gql(unit, { input: { commandId: newId(), unitId: 'team-b', name: 'Call centre', kind: 'TEAM', parentId: 'ops' } });
    const commands = norte.app.get(Commands);
    const seed = (command: Parameters<Commands['send']>[0]) => commands.send(command, { commandId: newId(), actor: LOCAL_ADMIN });
    await seed({ type: 'DefineJobProfile', data: { jobProfileId: 'agent', title: 'Service agent', description: null } });
    await seed({ type: 'DefineJobProfile', data: { jobProfileId: 'supervisor', title: 'Supervisor', description: null } });
    await seed({ type: 'DefineCourse', data: { courseId: 'svc-101', title: 'Service basics', processId: 'service-excellence', audience: 'front-line' } });
    await seed({
      type: 'PublishServicePolicy',
      data: {
        version: 1,
        title: 'Service policy',
        norms: { be: ['Kind'], know: ['The product'], do: ['Answer within a day'] },
        protocols: { greeting: 'Good morning', identification: 'Name and role', closing: 'Anything else?' },
      },
      occurredAt: new Date(PUBLISHED),
    });
  }

  beforeEach(async () => {
    norte = await startNorte();
    await seedOrganisation();
  });
  afterEach(() => norte.close());

  describe('enrolment and membership', () => {
    it('enrols with a generated person id, returned as the result id, and stores PersonEnrolled', async () => {
      const { personId: _omitted, ...input } = ANA;
      const result = await ok('enrolPerson', { ...input, jobProfileId: null });
      expect(result.id).toMatch(UUID);
      expect(result).toMatchObject({ streamId: `person-${result.id}`, streamRevision: '0', eventIds: [expect.stringMatching(UUID)] });
      expect(await stored(result.streamId)).toEqual([
        {
          type: 'PersonEnrolled',
          eventId: result.eventIds[0],
          occurredAt: JOINED,
          data: { personId: result.id, externalId: 'E-001', name: ANA.name, email: ANA.email, teamId: 'team-a', role: 'member', jobProfileId: null },
        },
      ]);
    });

    it('corrects details, changes role, moves team and records leaving on the person’s stream', async () => {
      const enrolled = await ok('enrolPerson', ANA);
      const corrected = await ok('correctPersonDetails', { personId: 'ana', name: 'Ana Zuleta R.', email: 'ana@acme.test', occurredAt: on('2025-01-11') });
      const lead = await ok('changeTeamRole', { personId: 'ana', role: 'LEAD', occurredAt: on('2025-02-01') });
      const moved = await ok('movePersonToTeam', { personId: 'ana', teamId: 'team-b', role: 'MEMBER', occurredAt: on('2025-03-01') });
      const left = await ok('recordPersonLeft', { personId: 'ana', occurredAt: on('2025-06-30') });

      expect([enrolled, corrected, lead, moved, left].map((r) => [r.id, r.streamId, r.streamRevision])).toEqual(
        ['0', '1', '2', '3', '4'].map((revision) => ['ana', 'person-ana', revision]),
      );
      const events = await stored('person-ana');
      expect(events.map((e) => e.eventId)).toEqual([enrolled, corrected, lead, moved, left].map((r) => r.eventIds[0]));
      expect(events.map(({ type, data }) => ({ type, data }))).toEqual([
        { type: 'PersonEnrolled', data: { ...ANA, role: 'member', occurredAt: undefined } },
        { type: 'PersonDetailsCorrected', data: { personId: 'ana', name: 'Ana Zuleta R.', email: 'ana@acme.test' } },
        { type: 'TeamRoleChanged', data: { personId: 'ana', teamId: 'team-a', role: 'lead' } },
        { type: 'PersonMovedTeam', data: { personId: 'ana', fromTeamId: 'team-a', toTeamId: 'team-b', role: 'member' } },
        { type: 'PersonLeft', data: { personId: 'ana', teamId: 'team-b' } },
      ]);
    });
  });

  describe('facts about an enrolled person', () => {
    beforeEach(() => ok('enrolPerson', ANA));

    it('records job profile, alignment, misfit resolution, life plan, training and policy acknowledgement', async () => {
      const results = [
        await ok('changeJobProfile', { personId: 'ana', jobProfileId: 'supervisor', occurredAt: on('2025-02-01') }),
        await ok('assessAlignment', { personId: 'ana', jobProfileId: 'supervisor', fit: 'PARTIAL', assessorId: 'lead-1', note: 'Needs help with escalations', occurredAt: on('2025-02-10') }),
      ];
      const assessmentId = results[1].eventIds[0];
      results.push(
        await ok('resolveMisfit', { personId: 'ana', assessmentId, resolution: 'DEVELOPMENT_PLAN', occurredAt: on('2025-02-20') }),
        await ok('recordLifePlanConversation', { personId: 'ana', leaderId: 'lead-1', occurredAt: on('2025-03-01') }),
        await ok('recordTrainingCompletion', { personId: 'ana', courseId: 'svc-101', score: 87.5, occurredAt: on('2025-03-05') }),
        await ok('recordTrainingCompletion', { personId: 'ana', courseId: 'svc-101', score: null, occurredAt: on('2025-03-06') }),
        await ok('acknowledgePolicy', { personId: 'ana', policyVersion: 1, occurredAt: on('2025-03-10') }),
      );
      expect(results.every((r) => r.id === 'ana' && r.streamId === 'person-ana' && r.eventIds.length === 1)).toBe(true);

      const events = (await stored('person-ana')).slice(1);
      expect(events.map((e) => e.eventId)).toEqual(results.map((r) => r.eventIds[0]));
      expect(events.map(({ type, data, occurredAt }) => ({ type, data, occurredAt }))).toEqual([
        { type: 'JobProfileChanged', data: { personId: 'ana', jobProfileId: 'supervisor' }, occurredAt: on('2025-02-01') },
        {
          type: 'AlignmentAssessed',
          data: { personId: 'ana', jobProfileId: 'supervisor', fit: 'partial', assessorId: 'lead-1', note: 'Needs help with escalations' },
          occurredAt: on('2025-02-10'),
        },
        { type: 'MisfitResolved', data: { personId: 'ana', assessmentId, resolution: 'development-plan', note: null }, occurredAt: on('2025-02-20') },
        { type: 'LifePlanConversationHeld', data: { personId: 'ana', leaderId: 'lead-1' }, occurredAt: on('2025-03-01') },
        { type: 'TrainingCompleted', data: { personId: 'ana', courseId: 'svc-101', score: 87.5 }, occurredAt: on('2025-03-05') },
        { type: 'TrainingCompleted', data: { personId: 'ana', courseId: 'svc-101', score: null }, occurredAt: on('2025-03-06') },
        { type: 'PolicyAcknowledged', data: { personId: 'ana', policyVersion: 1 }, occurredAt: on('2025-03-10') },
      ]);
    });

    it('retracts a fact, and retracting the retraction restores it', async () => {
      const training = await ok('recordTrainingCompletion', { personId: 'ana', courseId: 'svc-101', occurredAt: on('2025-03-05') });
      const trainingId = training.eventIds[0];
      const retraction = await ok('retractPersonFact', { personId: 'ana', factId: trainingId, reason: 'Recorded for the wrong course' });
      const restore = await ok('retractPersonFact', { personId: 'ana', factId: retraction.eventIds[0], reason: 'The course was right after all' });
      expect([retraction.streamId, restore.streamId, restore.id]).toEqual(['person-ana', 'person-ana', 'ana']);
      expect((await stored('person-ana')).slice(2).map(({ type, data, eventId }) => ({ type, data, eventId }))).toEqual([
        { type: 'FactRetracted', eventId: retraction.eventIds[0], data: { factId: trainingId, factType: 'TrainingCompleted', reason: 'Recorded for the wrong course' } },
        { type: 'FactRetracted', eventId: restore.eventIds[0], data: { factId: retraction.eventIds[0], factType: 'FactRetracted', reason: 'The course was right after all' } },
      ]);
      // The restored training counts again: leaving before it would strand it.
      const error = await rejected('recordPersonLeft', { personId: 'ana', occurredAt: on('2025-03-01') });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.occurredAt', facts: [trainingId] });
    });
  });

  describe('input rejected at the edge', () => {
    const cases: [string, string, Record<string, unknown>][] = [
      ['input.email', 'enrolPerson', { ...ANA, email: 'not-an-email' }],
      ['input.name', 'enrolPerson', { ...ANA, name: 'x'.repeat(121) }],
      ['input.externalId', 'enrolPerson', { ...ANA, externalId: '' }],
      ['input.personId', 'enrolPerson', { ...ANA, personId: 'ana maria' }],
      ['input.teamId', 'enrolPerson', { ...ANA, teamId: 'team/a' }],
      ['input.commandId', 'enrolPerson', { ...ANA, commandId: 'again' }],
      ['input.email', 'correctPersonDetails', { personId: 'ana', name: 'Ana', email: 'ana@' }],
      ['input.note', 'assessAlignment', { personId: 'ana', jobProfileId: 'agent', fit: 'ALIGNED', assessorId: 'lead-1', note: 'x'.repeat(4001) }],
      ['input.score', 'recordTrainingCompletion', { personId: 'ana', courseId: 'svc-101', score: 100.5 }],
      ['input.policyVersion', 'acknowledgePolicy', { personId: 'ana', policyVersion: 0 }],
      ['input.reason', 'retractPersonFact', { personId: 'ana', factId: newId(), reason: '' }],
      ['input.leaderId', 'recordLifePlanConversation', { personId: 'ana', leaderId: '' }],
    ];
    it.each(cases)('names %s on %s', async (field, name, input) => {
      expect((await rejected(name, input)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('rejects an unknown enum value or a fractional version as a GraphQL input error', async () => {
      expect((await rejected('changeTeamRole', { personId: 'ana', role: 'BOSS' })).extensions?.code).toBe('BAD_USER_INPUT');
      expect((await rejected('acknowledgePolicy', { personId: 'ana', policyVersion: 1.5 })).extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('rules of the domain, through GraphQL', () => {
    it('rejects enrolment into an unknown team, a division, an undefined profile or a taken external id', async () => {
      expect((await rejected('enrolPerson', { ...ANA, teamId: 'ghost' })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.teamId' });
      expect((await rejected('enrolPerson', { ...ANA, teamId: 'ops' })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.teamId' });
      expect((await rejected('enrolPerson', { ...ANA, jobProfileId: 'astronaut' })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.jobProfileId' });
      expect((await rejected('enrolPerson', { ...ANA, name: '   ' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
      await ok('enrolPerson', ANA);
      expect((await rejected('enrolPerson', { ...ANA, personId: 'bea' })).extensions).toMatchObject({ code: 'CONFLICT', field: 'input.externalId' });
    });

    it('rejects facts about someone never enrolled, or dated before they joined or in the future', async () => {
      expect((await rejected('recordLifePlanConversation', { personId: 'nobody', leaderId: 'lead-1' })).extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'input.personId',
      });
      await ok('enrolPerson', ANA);
      const early = await rejected('recordLifePlanConversation', { personId: 'ana', leaderId: 'lead-1', occurredAt: '2025-01-09T09:00:00.000Z' });
      expect(early.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.occurredAt' });
      const future = new Date(Date.now() + 86_400_000).toISOString();
      expect((await rejected('changeTeamRole', { personId: 'ana', role: 'LEAD', occurredAt: future })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.occurredAt',
      });
    });

    it('rejects unknown catalogue references, a conversation with oneself and resolving an aligned assessment', async () => {
      await ok('enrolPerson', ANA);
      const at = on('2025-02-01');
      expect((await rejected('recordTrainingCompletion', { personId: 'ana', courseId: 'ghost', occurredAt: at })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.courseId' });
      expect((await rejected('acknowledgePolicy', { personId: 'ana', policyVersion: 2, occurredAt: at })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.policyVersion' });
      expect((await rejected('changeJobProfile', { personId: 'ana', jobProfileId: 'agent', occurredAt: at })).extensions).toMatchObject({ code: 'CONFLICT', field: 'input.jobProfileId' });
      expect((await rejected('recordLifePlanConversation', { personId: 'ana', leaderId: 'ana', occurredAt: at })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leaderId' });
      const aligned = await ok('assessAlignment', { personId: 'ana', jobProfileId: 'agent', fit: 'ALIGNED', assessorId: 'lead-1', occurredAt: at });
      const resolve = await rejected('resolveMisfit', { personId: 'ana', assessmentId: aligned.eventIds[0], resolution: 'EXIT', occurredAt: at });
      expect(resolve.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.assessmentId', facts: [aligned.eventIds[0]] });
    });

    it('rejects leaving dated before a recorded training, naming the training', async () => {
      await ok('enrolPerson', ANA);
      const training = await ok('recordTrainingCompletion', { personId: 'ana', courseId: 'svc-101', score: 90, occurredAt: on('2025-03-05') });
      const error = await rejected('recordPersonLeft', { personId: 'ana', occurredAt: on('2025-03-01') });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.occurredAt', facts: [training.eventIds[0]] });
      expect(await ok('recordPersonLeft', { personId: 'ana', occurredAt: on('2025-03-06') })).toMatchObject({ id: 'ana' });
    });
  });

  describe('idempotency', () => {
    it('returns the original result for a re-sent command id, and rejects the id with other content', async () => {
      const input = { ...ANA, commandId: newId() };
      const first = await send('enrolPerson', input);
      expect(await send('enrolPerson', input)).toEqual(first);
      const fact = { personId: 'ana', leaderId: 'lead-1', commandId: newId() };
      const held = await send('recordLifePlanConversation', fact);
      expect(await send('recordLifePlanConversation', fact)).toEqual(held);
      expect((await stored('person-ana')).map((e) => e.type)).toEqual(['PersonEnrolled', 'LifePlanConversationHeld']);
      const reused = await rejected('recordLifePlanConversation', { ...fact, leaderId: 'lead-2' });
      expect(reused.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.commandId' });
    });

    it('returns the original result when an enrolment without a person id is re-sent', async () => {
      const { personId: _omitted, ...input } = { ...ANA, commandId: newId() };
      const first = await send('enrolPerson', input);
      expect(first.errors).toBeUndefined();
      expect(await send('enrolPerson', input)).toEqual(first);
      // A new command for the same external id is another enrolment: refused, one person per external id.
      expect((await rejected('enrolPerson', { ...input, commandId: newId() })).extensions).toMatchObject({ code: 'CONFLICT', field: 'input.externalId' });
    });
  });

  describe('privacy', () => {
    it('stores name and e-mail encrypted: the SQLite files never hold them in clear, while the person id is there', async () => {
      const enrolled = await ok('enrolPerson', ANA);
      await ok('correctPersonDetails', { personId: 'ana', name: 'Ana Zuleta R.', email: 'ana@acme.test', occurredAt: on('2025-01-11') });
      await ok('assessAlignment', { personId: 'ana', jobProfileId: 'agent', fit: 'ALIGNED', assessorId: 'lead-1', note: 'Shy with customers', occurredAt: on('2025-02-01') });
      const [raw] = await rawStream(enrolled.streamId);
      expect(raw.data).toMatchObject({ personId: 'ana', name: expect.stringMatching(/^enc1:/), email: expect.stringMatching(/^enc1:/) });

      const file = join(norte.dataDir, SQLITE_FILE_NAME);
      const bytes = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)));
      expect(bytes.includes('person-ana')).toBe(true);
      for (const secret of [ANA.name, ANA.email, 'Ana Zuleta R.', 'ana@acme.test', 'Shy with customers', 'Zuleta']) {
        expect([secret, bytes.includes(secret)]).toEqual([secret, false]);
      }
    });
  });
});
