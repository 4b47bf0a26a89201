import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { EVENT_STORE, type EventCodec, type EventStore } from '@norte/event-store';
import type { DecodedEvent } from '@norte/projections';
import { newId, startNorte, type GqlError, type TestNorte } from './support/norte';
import { Commands, EVENT_CODEC, LOCAL_ADMIN } from '@norte/api';

interface Result {
  position: string;
  streamId: string;
  streamRevision: string;
  id: string;
  eventIds: string[];
}

const ENROLLED_AT = '2025-01-01T00:00:00.000Z';
const SECRET_NOTE = 'Talked about her divorce and the stress it causes';

const mutation = (name: string) => {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  return `mutation($input: ${type}!) { ${name}(input: $input) { position streamId streamRevision id eventIds } }`;
};

describe('team facts over GraphQL', () => {
  let norte: TestNorte;

  const send = async (name: string, input: Record<string, unknown>) => {
    const res = await norte.gql<Record<string, Result>>(mutation(name), { input: { commandId: newId(), ...input } });
    return { result: res.data?.[name], error: res.errors?.[0] as GqlError | undefined };
  };
  const ok = async (name: string, input: Record<string, unknown>): Promise<Result> => {
    const { result, error } = await send(name, input);
    expect(error).toBeUndefined();
    return result!;
  };
  const rejected = async (name: string, input: Record<string, unknown>) => {
    const before = await storedPosition();
    const { result, error } = await send(name, input);
    expect(result ?? null).toBeNull();
    expect(await storedPosition()).toBe(before);
    return { code: error?.extensions?.code, field: error?.extensions?.field };
  };
  const storedPosition = async (): Promise<string> => (await request(norte.app.getHttpServer()).get('/healthz')).body.position;

  /** The stored facts a result names, decoded as the application reads them. */
  const stored = async (result: Result): Promise<DecodedEvent[]> => {
    const store = norte.app.get<EventStore>(EVENT_STORE);
    const codec = norte.app.get<EventCodec>(EVENT_CODEC);
    const events: DecodedEvent[] = [];
    for await (const recorded of store.readStream(result.streamId)) events.push(codec.decode(recorded));
    return events.filter((e) => result.eventIds.includes(e.eventId));
  };
  const expectStored = async (result: Result, type: string, data: Record<string, unknown>) => {
    expect(result).toMatchObject({ streamId: 'team-desk', eventIds: [expect.any(String)] });
    const [event] = await stored(result);
    expect(event).toMatchObject({ type, streamId: result.streamId, position: BigInt(result.position) });
    expect(event.data).toEqual(data);
    return event;
  };

  const enrol = (personId: string, teamId: string, role: 'lead' | 'member') =>
    norte.app.get(Commands).send(
      {
        type: 'EnrolPerson',
        data: { personId, externalId: `ext-${personId}`, name: `Person ${personId}`, email: `${personId}@example.com`, teamId, role, jobProfileId: null },
        occurredAt: new Date(ENROLLED_AT),
      },
      { commandId: newId(), actor: LOCAL_ADMIN },
    );

  beforeAll(async () => {
    norte = await startNorte();
    await ok('registerOrganisation', { name: 'Acme Salud', locale: 'es', timeZone: 'UTC' });
    await ok('createUnit', { unitId: 'ops', name: 'Operations', kind: 'DIVISION' });
    await ok('createUnit', { unitId: 'desk', name: 'Front desk', kind: 'TEAM', parentId: 'ops' });
    await ok('createUnit', { unitId: 'phones', name: 'Phones', kind: 'TEAM', parentId: 'ops' });
    await enrol('ana', 'desk', 'lead');
    await enrol('ben', 'desk', 'member');
    await enrol('caro', 'desk', 'member');
    await enrol('dan', 'phones', 'member');
  }, 60_000);
  afterAll(() => norte.close());

  const plan = (extra: Record<string, unknown> = {}) =>
    ok('planRoadmapItem', {
      teamId: 'desk',
      processId: 'TRUE_NORTH',
      practiceId: 'mission',
      title: 'Cascade the mission',
      ownerId: 'ana',
      dueDate: '2025-06-30',
      ...extra,
    });

  describe('roadmap', () => {
    it('plans an item with a generated id and takes it through start, block, reschedule, unblock and completion', async () => {
      const planned = await plan();
      const itemId = planned.id;
      expect(itemId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      await expectStored(planned, 'RoadmapItemPlanned', {
        teamId: 'desk', itemId, processId: 'true-north', practiceId: 'mission', title: 'Cascade the mission', ownerId: 'ana', dueDate: '2025-06-30',
      });
      const item = { teamId: 'desk', itemId };

      const started = await ok('startRoadmapItem', item);
      expect(started.id).toBe(itemId);
      expect(BigInt(started.streamRevision)).toBe(BigInt(planned.streamRevision) + 1n);
      await expectStored(started, 'RoadmapItemStarted', item);
      await expectStored(await ok('blockRoadmapItem', { ...item, reason: 'Waiting for the board' }), 'RoadmapItemBlocked', { ...item, reason: 'Waiting for the board' });
      await expectStored(
        await ok('rescheduleRoadmapItem', { ...item, dueDate: '2025-09-30', reason: 'Board meets in July' }),
        'RoadmapItemRescheduled',
        { ...item, dueDate: '2025-09-30', reason: 'Board meets in July' },
      );
      await expectStored(await ok('unblockRoadmapItem', item), 'RoadmapItemUnblocked', item);
      await expectStored(await ok('completeRoadmapItem', { ...item, evidence: 'Minutes of 12 sessions' }), 'RoadmapItemCompleted', {
        ...item, evidence: 'Minutes of 12 sessions',
      });

      expect(await rejected('startRoadmapItem', item)).toEqual({ code: 'CONFLICT', field: 'input.itemId' });
    });

    it('cancels with a null reason, and refuses to complete a cancelled item', async () => {
      const item = { teamId: 'desk', itemId: 'values-workshops' };
      expect((await plan({ itemId: item.itemId, practiceId: 'core-values' })).id).toBe(item.itemId);
      await expectStored(await ok('cancelRoadmapItem', item), 'RoadmapItemCancelled', { ...item, reason: null });
      expect(await rejected('completeRoadmapItem', { ...item, evidence: 'Done anyway' })).toEqual({ code: 'CONFLICT', field: 'input.itemId' });
      expect(await rejected('planRoadmapItem', { ...item, processId: 'TRUE_NORTH', practiceId: 'vision', title: 'Again', ownerId: 'ana', dueDate: '2025-06-30' })).toEqual({
        code: 'CONFLICT', field: 'input.itemId',
      });
    });

    it('refuses an unknown item and a reschedule to the same date', async () => {
      expect(await rejected('startRoadmapItem', { teamId: 'desk', itemId: 'ghost' })).toEqual({ code: 'NOT_FOUND', field: 'input.itemId' });
      const { id: itemId } = await plan();
      expect(await rejected('rescheduleRoadmapItem', { teamId: 'desk', itemId, dueDate: '2025-06-30', reason: 'No change' })).toEqual({
        code: 'CONFLICT', field: 'input.dueDate',
      });
    });
  });

  describe('activities', () => {
    it('records a workshop with a generated id', async () => {
      const result = await ok('recordWorkshop', {
        teamId: 'desk', kind: 'TRUE_NORTH_CASCADE', name: 'Mission cascade', attendeeIds: ['ana', 'ben'], occurredAt: '2025-02-01T10:00:00.000Z',
      });
      const event = await expectStored(result, 'WorkshopHeld', {
        teamId: 'desk', workshopId: result.id, kind: 'true-north-cascade', name: 'Mission cascade', attendeeIds: ['ana', 'ben'],
      });
      expect(event.occurredAt).toBe('2025-02-01T10:00:00.000Z');
    });

    it('records a coaching session whose private note is encrypted at rest while the team id stays in clear', async () => {
      const result = await ok('recordCoachingSession', {
        teamId: 'desk', sessionId: 'coach-1', coachId: 'ana', coacheeIds: ['ben', 'caro'], durationMinutes: 45, focusProcessId: 'LEADERSHIP', privateNote: SECRET_NOTE,
      });
      expect(result.id).toBe('coach-1');
      await expectStored(result, 'CoachingSessionHeld', {
        teamId: 'desk', sessionId: 'coach-1', coachId: 'ana', coacheeIds: ['ben', 'caro'], durationMinutes: 45, focusProcessId: 'leadership', privateNote: SECRET_NOTE,
      });

      const file = join(norte.dataDir, 'events.sqlite');
      const bytes = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)));
      expect(bytes.includes(Buffer.from('coach-1'))).toBe(true);
      expect(bytes.includes(Buffer.from('"teamId":"desk"'))).toBe(true);
      expect(bytes.includes(Buffer.from('divorce'))).toBe(false);
    });

    it('records a coaching session without a note as null', async () => {
      const result = await ok('recordCoachingSession', { teamId: 'desk', coachId: 'ana', coacheeIds: ['ben'], durationMinutes: 30, focusProcessId: 'ALIGNMENT' });
      const [event] = await stored(result);
      expect(event.data).toMatchObject({ sessionId: result.id, privateNote: null });
    });

    it('grants recognition to a member and to the whole team', async () => {
      await expectStored(await ok('grantRecognition', { teamId: 'desk', personId: 'caro', reason: 'Stayed late to help a patient' }), 'RecognitionGranted', {
        teamId: 'desk', personId: 'caro', reason: 'Stayed late to help a patient',
      });
      const team = await ok('grantRecognition', { teamId: 'desk', reason: 'Best CSAT of the quarter' });
      expect(team.id).toBe('desk');
      await expectStored(team, 'RecognitionGranted', { teamId: 'desk', personId: null, reason: 'Best CSAT of the quarter' });
    });

    it('refuses people who were not active members of the team at occurredAt', async () => {
      const workshop = { teamId: 'desk', kind: 'EMPATHY', name: 'Empathy lab' };
      expect(await rejected('recordWorkshop', { ...workshop, attendeeIds: ['ana', 'dan'] })).toEqual({ code: 'CONFLICT', field: 'input.attendeeIds.1' });
      expect(await rejected('recordWorkshop', { ...workshop, attendeeIds: ['ben'], occurredAt: '2024-12-31T23:59:00.000Z' })).toEqual({
        code: 'CONFLICT', field: 'input.attendeeIds.0',
      });
      expect(await rejected('grantRecognition', { teamId: 'desk', personId: 'dan', reason: 'Kind' })).toEqual({ code: 'CONFLICT', field: 'input.personId' });
      const coaching = { teamId: 'desk', coachId: 'ana', durationMinutes: 30, focusProcessId: 'LEADERSHIP' };
      expect(await rejected('recordCoachingSession', { ...coaching, coacheeIds: ['dan'] })).toEqual({ code: 'CONFLICT', field: 'input.coacheeIds.0' });
      expect(await rejected('recordCoachingSession', { ...coaching, coacheeIds: ['ana'] })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.coacheeIds' });
    });
  });

  describe('outcomes', () => {
    it('records survey results, a mystery shop, a KPI and a CSAT aggregate', async () => {
      const survey = await ok('recordSurveyResult', { teamId: 'desk', kind: 'INTERNAL_SERVICE', score: 4.25, responseCount: 12 });
      expect(survey.id).toBe('desk');
      await expectStored(survey, 'SurveyResultRecorded', { teamId: 'desk', kind: 'internal-service', score: 4.25, responseCount: 12 });

      const scores = { reliability: 4, accessibility: 3.5, timeliness: 5, proactivity: 2, warmth: 4.5, advice: 1 };
      const protocol = { greeting: true, identification: false, closing: true };
      await expectStored(await ok('recordMysteryShop', { teamId: 'desk', channel: 'SOCIAL_MEDIA', scores, protocol }), 'MysteryShopRecorded', {
        teamId: 'desk', channel: 'social-media', scores, protocol,
      });
      await expectStored(
        await ok('recordKpiMeasurement', { teamId: 'desk', channel: 'PHONE', metric: 'FIRST_RESPONSE_MINUTES', value: 2.5 }),
        'KpiMeasured',
        { teamId: 'desk', channel: 'phone', metric: 'first-response-minutes', value: 2.5 },
      );
      await expectStored(await ok('recordCsat', { teamId: 'desk', score: 4.6, responseCount: 0 }), 'CsatRecorded', { teamId: 'desk', score: 4.6, responseCount: 0 });
    });

    it('refuses a fractional complaints count in the domain', async () => {
      expect(await rejected('recordKpiMeasurement', { teamId: 'desk', channel: 'EMAIL', metric: 'COMPLAINTS', value: 1.5 })).toEqual({
        code: 'BAD_USER_INPUT', field: 'input.value',
      });
    });
  });

  describe('corrections', () => {
    it('retracts a fact, then retracts the retraction, which restores it', async () => {
      const csat = await ok('recordCsat', { teamId: 'desk', score: 2, responseCount: 8 });
      const [factId] = csat.eventIds;
      const retraction = await ok('retractTeamFact', { teamId: 'desk', factId, reason: 'Wrong team' });
      expect(retraction.id).toBe(factId);
      await expectStored(retraction, 'FactRetracted', { factId, factType: 'CsatRecorded', reason: 'Wrong team' });
      expect(await rejected('retractTeamFact', { teamId: 'desk', factId, reason: 'Again' })).toEqual({ code: 'CONFLICT', field: 'input.factId' });

      const [retractionId] = retraction.eventIds;
      const restore = await ok('retractTeamFact', { teamId: 'desk', factId: retractionId, reason: 'It was the right team after all' });
      await expectStored(restore, 'FactRetracted', { factId: retractionId, factType: 'FactRetracted', reason: 'It was the right team after all' });
      expect(await rejected('retractTeamFact', { teamId: 'desk', factId: 'no-such-fact', reason: 'Typo' })).toEqual({ code: 'NOT_FOUND', field: 'input.factId' });
    });

    it('refuses to restore a roadmap fact that later facts contradict', async () => {
      const item = { teamId: 'desk', itemId: 'restore-me' };
      await plan({ itemId: item.itemId });
      const cancelled = await ok('cancelRoadmapItem', { ...item, reason: 'Not this year' });
      const retraction = await ok('retractTeamFact', { teamId: 'desk', factId: cancelled.eventIds[0], reason: 'Cancelled by mistake' });
      await ok('completeRoadmapItem', { ...item, evidence: 'Done after all' });
      const restore = await rejected('retractTeamFact', { teamId: 'desk', factId: retraction.eventIds[0], reason: 'Undo' });
      expect(restore).toEqual({ code: 'CONFLICT', field: 'input.factId' });
    });
  });

  describe('validation at the edge', () => {
    it('refuses shapes out of bounds, naming the field, and stores nothing', async () => {
      expect(await rejected('recordCsat', { teamId: 'desk', score: 6, responseCount: 5 })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.score' });
      expect(await rejected('recordSurveyResult', { teamId: 'desk', kind: 'CLIMATE', score: 4, responseCount: -1 })).toEqual({
        code: 'BAD_USER_INPUT', field: 'input.responseCount',
      });
      const scores = { reliability: 4, accessibility: 4, timeliness: 4, proactivity: 4, warmth: 0, advice: 4 };
      const protocol = { greeting: true, identification: true, closing: true };
      expect(await rejected('recordMysteryShop', { teamId: 'desk', channel: 'CHAT', scores, protocol })).toEqual({
        code: 'BAD_USER_INPUT', field: 'input.scores.warmth',
      });
      expect(await rejected('recordWorkshop', { teamId: 'desk', kind: 'PURPOSE', name: 'Purpose', attendeeIds: ['ana', 'ana'] })).toEqual({
        code: 'BAD_USER_INPUT', field: 'input.attendeeIds',
      });
      expect(await rejected('recordWorkshop', { teamId: 'desk', kind: 'PURPOSE', name: 'Purpose', attendeeIds: [] })).toEqual({
        code: 'BAD_USER_INPUT', field: 'input.attendeeIds',
      });
      expect(await rejected('grantRecognition', { teamId: 'desk team', reason: 'Kind' })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.teamId' });
      expect(await rejected('blockRoadmapItem', { teamId: 'desk', itemId: 'x', reason: 'r'.repeat(2001) })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reason' });
      expect(await rejected('recordCoachingSession', {
        teamId: 'desk', coachId: 'ana', coacheeIds: ['ben'], durationMinutes: 0, focusProcessId: 'LEADERSHIP',
      })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.durationMinutes' });
    });

    it('refuses bad due dates and an unknown process', async () => {
      for (const dueDate of ['2025-02-30', '2025/06/30', '2025-06-30T00:00:00Z']) {
        expect(await rejected('planRoadmapItem', { teamId: 'desk', processId: 'ALIGNMENT', practiceId: 'job-profiles', title: 'Profiles', ownerId: 'ana', dueDate })).toEqual({
          code: 'BAD_USER_INPUT', field: 'input.dueDate',
        });
      }
      const unknown = await rejected('planRoadmapItem', { teamId: 'desk', processId: 'P8', practiceId: 'mission', title: 'X', ownerId: 'ana', dueDate: '2025-06-30' });
      expect(unknown.code).toBe('BAD_USER_INPUT');
      expect(await rejected('planRoadmapItem', { teamId: 'desk', processId: 'TRUE_NORTH', practiceId: 'empathy', title: 'X', ownerId: 'ana', dueDate: '2025-06-30' })).toEqual({
        code: 'BAD_USER_INPUT', field: 'input.practiceId',
      });
    });
  });

  describe('domain rules', () => {
    it('refuses an unknown team and a fact dated in the future', async () => {
      expect(await rejected('recordCsat', { teamId: 'ghost', score: 4, responseCount: 5 })).toEqual({ code: 'NOT_FOUND', field: 'input.teamId' });
      expect(await rejected('recordCsat', { teamId: 'ops', score: 4, responseCount: 5 })).toEqual({ code: 'NOT_FOUND', field: 'input.teamId' });
      const future = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
      expect(await rejected('recordCsat', { teamId: 'desk', score: 4, responseCount: 5, occurredAt: future })).toEqual({
        code: 'BAD_USER_INPUT', field: 'input.occurredAt',
      });
    });
  });

  describe('idempotency', () => {
    it('returns the original result for a re-sent command id, stores once, and refuses the id for other content', async () => {
      const input = { commandId: newId(), teamId: 'desk', kind: 'REFLECTION_SPACE', workshopId: 'reflect-1', name: 'Reflection', attendeeIds: ['caro'] };
      const first = await norte.gql(mutation('recordWorkshop'), { input });
      const position = await storedPosition();
      const again = await norte.gql(mutation('recordWorkshop'), { input });
      expect(again).toEqual(first);
      expect(await storedPosition()).toBe(position);
      const reused = await norte.gql(mutation('recordWorkshop'), { input: { ...input, name: 'Other' } });
      expect(reused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.commandId' });
    });
  });
});
