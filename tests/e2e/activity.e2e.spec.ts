/* eslint-disable @typescript-eslint/no-explicit-any -- responses are checked by value; their types are the schema’s */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSnapshotStore } from '@norte/event-store';
import { newId, startNorte, type GqlError, type TestNorte } from './support/norte';

interface Result {
  position: string;
  streamId: string;
  id: string;
  eventIds: string[];
}

const on = (date: string) => `${date}T12:00:00.000Z`;
const SECRET_NOTE = 'Talked about his divorce and the stress it causes';
const PEOPLE = [
  { personId: 'ana', externalId: 'E-001', name: 'Ana Zuleta Restrepo', email: 'ana.zuleta@acme.test', teamId: 'desk', role: 'LEAD' },
  { personId: 'ben', externalId: 'E-002', name: 'Benito Ortiz Vélez', email: 'benito.ortiz@acme.test', teamId: 'desk', role: 'MEMBER' },
  { personId: 'dan', externalId: 'E-003', name: 'Daniela Quintero', email: 'daniela.q@acme.test', teamId: 'phones', role: 'MEMBER' },
];
const NAMES = /Zuleta|Benito|Ortiz|Daniela|Quintero|acme\.test|divorce/;

const ROADMAP_ITEM = `teamId teamName itemId processId practiceId title ownerId dueDate status overdue blockedReason plannedAt updatedAt
  history { eventId change status dueDate reason evidence occurredAt recordedAt position }`;
const FEED_ENTRY = `eventId position kind teamId teamName occurredAt personIds coachId title workshopKind durationMinutes processId courseId itemId
  roadmapChange dueDate reason evidence surveyKind score responseCount notEnoughResponses channel metric value meanScore protocolCompliance
  retractedEventId retractedKind`;
const AUDIT_ENTRY = `eventId type streamId revision position occurredAt recordedAt actorUserId actorRole source commandId correlationId causationId
  schemaVersion checkedAtPosition data redactedFields retracts retractedBy counts`;
const SCORE = 'eventId date score responseCount notEnoughResponses';
const AGGREGATE = 'score responseCount teamsIncluded teamsBelowMinimum notEnoughResponses';

describe('activity read models over GraphQL', () => {
  let norte: TestNorte;
  let dataDir: string;
  let stateDir: string;
  let last = '0';
  const ids: Record<string, string> = {};

  const mutation = (name: string) =>
    `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { position streamId id eventIds } }`;
  async function ok(name: string, input: Record<string, unknown>): Promise<Result> {
    const res = await norte.gql<Record<string, Result>>(mutation(name), { input: { commandId: newId(), ...input } });
    if (res.errors) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
    last = res.data![name].position;
    return res.data![name];
  }
  async function read<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await norte.gql<T>(query, { minPosition: last, ...variables });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }
  async function refused(query: string, variables: Record<string, unknown>): Promise<GqlError> {
    const res = await norte.gql(query, { minPosition: last, ...variables });
    return res.errors![0];
  }

  beforeAll(async () => {
    norte = await startNorte();
    dataDir = norte.dataDir;
    stateDir = join(dataDir, 'state', 'activity');
    await norte.close({ keepData: true });
    norte = await startNorte({ dataDir, stateDir });

    await ok('registerOrganisation', { name: 'Acme Salud', locale: 'es', timeZone: 'UTC' });
    await ok('createUnit', { unitId: 'ops', name: 'Operations', kind: 'DIVISION' });
    await ok('createUnit', { unitId: 'desk', name: 'Front desk', kind: 'TEAM', parentId: 'ops' });
    await ok('createUnit', { unitId: 'phones', name: 'Phones', kind: 'TEAM', parentId: 'ops' });
    await ok('createUnit', { unitId: 'sales', name: 'Sales', kind: 'DIVISION' });
    await ok('createUnit', { unitId: 'shop', name: 'Shop', kind: 'TEAM', parentId: 'sales' });
    await ok('defineCourse', { courseId: 'svc-101', title: 'Service basics', processId: 'SERVICE_EXCELLENCE', audience: 'FRONT_LINE' });
    await ok('setServiceStandard', { channel: 'PHONE', metric: 'FIRST_RESPONSE_MINUTES', target: 3, occurredAt: on('2025-01-01') });
    for (const person of PEOPLE) await ok('enrolPerson', { ...person, jobProfileId: null, occurredAt: on('2025-01-10') });

    const item = (teamId: string, itemId: string, dueDate: string) =>
      ok('planRoadmapItem', { teamId, itemId, processId: 'TRUE_NORTH', practiceId: 'mission', title: `Cascade the mission (${itemId})`, ownerId: 'ana', dueDate, occurredAt: on('2025-02-01') });
    await item('desk', 'late', '2025-06-30');
    await ok('startRoadmapItem', { teamId: 'desk', itemId: 'late', occurredAt: on('2025-02-10') });
    await item('desk', 'stuck', '2099-12-31');
    ids.blocked = (await ok('blockRoadmapItem', { teamId: 'desk', itemId: 'stuck', reason: 'Waiting for the board', occurredAt: on('2025-02-11') })).eventIds[0];
    await item('desk', 'done', '2025-03-01');
    await ok('completeRoadmapItem', { teamId: 'desk', itemId: 'done', evidence: 'Minutes', occurredAt: on('2025-02-20') });
    await item('phones', 'late-phones', '2025-03-01');
    await item('shop', 'late-shop', '2025-03-01');

    ids.workshop = (await ok('recordWorkshop', { teamId: 'desk', kind: 'EMPATHY', name: 'Empathy lab', attendeeIds: ['ana', 'ben'], occurredAt: on('2025-03-01') })).eventIds[0];
    ids.coaching = (await ok('recordCoachingSession', {
      teamId: 'desk', coachId: 'ana', coacheeIds: ['ben'], durationMinutes: 45, focusProcessId: 'LEADERSHIP', privateNote: SECRET_NOTE, occurredAt: on('2025-03-02'),
    })).eventIds[0];
    ids.training = (await ok('recordTrainingCompletion', { personId: 'ben', courseId: 'svc-101', score: 90, occurredAt: on('2025-03-03') })).eventIds[0];
    ids.recognition = (await ok('grantRecognition', { teamId: 'desk', personId: 'ben', reason: 'Stayed late to help a patient', occurredAt: on('2025-03-04') })).eventIds[0];
    ids.fewAnswers = (await ok('recordSurveyResult', { teamId: 'desk', kind: 'CLIMATE', score: 2.2, responseCount: 3, occurredAt: on('2025-03-05') })).eventIds[0];
    await ok('recordSurveyResult', { teamId: 'phones', kind: 'CLIMATE', score: 4.5, responseCount: 12, occurredAt: on('2025-03-05') });
    await ok('recordCsat', { teamId: 'desk', score: 4.4, responseCount: 20, occurredAt: on('2025-03-06') });
    const scores = { reliability: 4, accessibility: 4, timeliness: 4, proactivity: 4, warmth: 5, advice: 3 };
    await ok('recordMysteryShop', { teamId: 'phones', channel: 'PHONE', scores, protocol: { greeting: true, identification: false, closing: true }, occurredAt: on('2025-03-07') });
    await ok('recordKpiMeasurement', { teamId: 'phones', channel: 'PHONE', metric: 'FIRST_RESPONSE_MINUTES', value: 2.5, occurredAt: on('2025-03-08') });
  }, 120_000);
  afterAll(() => norte.close());

  describe('roadmap', () => {
    it('reads a team’s roadmap with overdue items flagged and the history of each', async () => {
      const { teamRoadmap } = await read<{ teamRoadmap: any }>(
        `query($minPosition: Position) { teamRoadmap(teamId: "desk", today: "2025-07-01", minPosition: $minPosition) { teamId teamName today position items { ${ROADMAP_ITEM} } } }`,
      );
      expect(teamRoadmap).toMatchObject({ teamId: 'desk', teamName: 'Front desk', today: '2025-07-01' });
      expect(BigInt(teamRoadmap.position)).toBeGreaterThanOrEqual(BigInt(last));
      expect(teamRoadmap.items.map((i: any) => [i.itemId, i.status, i.overdue])).toEqual([
        ['done', 'DONE', false], ['late', 'IN_PROGRESS', true], ['stuck', 'BLOCKED', false],
      ]);
      const stuck = teamRoadmap.items[2];
      expect(stuck).toMatchObject({ processId: 'TRUE_NORTH', ownerId: 'ana', blockedReason: 'Waiting for the board', plannedAt: on('2025-02-01') });
      expect(stuck.history.map((h: any) => [h.change, h.status])).toEqual([['PLANNED', 'PLANNED'], ['BLOCKED', 'BLOCKED']]);
    });

    it('judges overdue against today in the organisation’s time zone when no date is given', async () => {
      const { teamRoadmap } = await read<{ teamRoadmap: any }>(`query($minPosition: Position) { teamRoadmap(teamId: "desk", minPosition: $minPosition) { today } }`);
      expect(teamRoadmap.today).toBe(new Date().toISOString().slice(0, 10));
    });

    it('lists the overdue and blocked items of every team below a unit', async () => {
      const { roadmapAttention } = await read<{ roadmapAttention: any }>(
        `query($minPosition: Position) { roadmapAttention(unitId: "ops", today: "2025-07-01", minPosition: $minPosition) { unitId today position items { teamId teamName itemId status overdue } } }`,
      );
      expect(roadmapAttention.items).toEqual([
        { teamId: 'phones', teamName: 'Phones', itemId: 'late-phones', status: 'PLANNED', overdue: true },
        { teamId: 'desk', teamName: 'Front desk', itemId: 'late', status: 'IN_PROGRESS', overdue: true },
        { teamId: 'desk', teamName: 'Front desk', itemId: 'stuck', status: 'BLOCKED', overdue: false },
      ]);
    });

    it('refuses an unknown team and a bad date', async () => {
      const q = `query($teamId: ID!, $today: String, $minPosition: Position) { teamRoadmap(teamId: $teamId, today: $today, minPosition: $minPosition) { teamId } }`;
      expect((await refused(q, { teamId: 'ops' })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'teamId' });
      expect((await refused(q, { teamId: 'desk', today: '2025-02-30' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'today' });
    });
  });

  describe('activity feed', () => {
    const feed = (role: string, extra = '') =>
      read<{ activityFeed: any }>(
        `query($minPosition: Position, $before: Position) { activityFeed(unitId: "ops", role: ${role}, first: 50, before: $before, minPosition: $minPosition ${extra}) { unitId position hasMore entries { ${FEED_ENTRY} } } }`,
      ).then((d) => d.activityFeed);

    it('lists the unit’s facts newest first, with coaching but never its note, and nothing of other units', async () => {
      const page = await feed('EXECUTIVE');
      expect(page.entries.map((e: any) => e.kind).slice(0, 10)).toEqual([
        'KPI', 'MYSTERY_SHOP', 'CSAT', 'SURVEY', 'SURVEY', 'RECOGNITION', 'TRAINING', 'COACHING', 'WORKSHOP', 'ROADMAP',
      ]);
      expect(page.entries.every((e: any) => e.teamId === 'desk' || e.teamId === 'phones')).toBe(true);
      expect(page.entries.find((e: any) => e.eventId === ids.coaching)).toMatchObject({ coachId: 'ana', personIds: ['ben'], durationMinutes: 45, processId: 'LEADERSHIP' });
      expect(page.entries.find((e: any) => e.eventId === ids.training)).toMatchObject({ teamId: 'desk', personIds: ['ben'], title: 'Service basics' });
      expect(JSON.stringify(page)).not.toMatch(NAMES);
    });

    it('withholds a survey score below the minimum from executives and team leads, not from HR', async () => {
      const survey = async (role: string) => (await feed(role)).entries.find((e: any) => e.eventId === ids.fewAnswers);
      expect(await survey('EXECUTIVE')).toMatchObject({ score: null, responseCount: 3, notEnoughResponses: true });
      expect(await survey('TEAM_LEAD')).toMatchObject({ score: null, notEnoughResponses: true });
      expect(await survey('HR')).toMatchObject({ score: 2.2, notEnoughResponses: true });
    });

    it('pages with the last entry’s position as the cursor', async () => {
      const q = `query($minPosition: Position, $before: Position) { activityFeed(unitId: "ops", first: 3, before: $before, minPosition: $minPosition) { hasMore entries { eventId position } } }`;
      const all = (await feed('EXECUTIVE')).entries.map((e: any) => e.eventId);
      const first = (await read<{ activityFeed: any }>(q)).activityFeed;
      const second = (await read<{ activityFeed: any }>(q, { before: first.entries[2].position })).activityFeed;
      expect([...first.entries, ...second.entries].map((e: any) => e.eventId)).toEqual(all.slice(0, 6));
      expect(first.hasMore).toBe(true);
    });
  });

  describe('people directory', () => {
    const people = (args: string) =>
      read<{ people: any }>(
        `query($minPosition: Position) { people(unitId: "ops", ${args}, minPosition: $minPosition) { unitId position hasMore people { personId personalDataVisible name email externalId teamId teamName role status enrolledAt leftAt jobProfileId } } }`,
      ).then((d) => d.people);

    it('never shows names or e-mails to executives', async () => {
      const page = await people('role: EXECUTIVE');
      expect(page.people.map((p: any) => [p.personId, p.teamId, p.role, p.status, p.name, p.email, p.externalId])).toEqual([
        ['ana', 'desk', 'LEAD', 'ACTIVE', null, null, null],
        ['ben', 'desk', 'MEMBER', 'ACTIVE', null, null, null],
        ['dan', 'phones', 'MEMBER', 'ACTIVE', null, null, null],
      ]);
      expect(page.people[0].enrolledAt).toBe(on('2025-01-10'));
    });

    it('shows them to HR, and to a team lead for their own team only', async () => {
      const hr = await people('role: HR');
      expect(hr.people.map((p: any) => p.name)).toEqual(PEOPLE.map((p) => p.name));
      expect(hr.people[0]).toMatchObject({ email: 'ana.zuleta@acme.test', externalId: 'E-001', personalDataVisible: true });
      const lead = await people('role: TEAM_LEAD, teamId: "desk"');
      expect(lead.people.map((p: any) => p.name)).toEqual([PEOPLE[0].name, PEOPLE[1].name, null]);
    });
  });

  describe('outcome instruments', () => {
    it('withholds a team’s score below the minimum from executives, not from HR', async () => {
      const q = (role: string) =>
        read<{ teamOutcomes: any }>(
          `query($minPosition: Position) { teamOutcomes(teamId: "desk", role: ${role}, minPosition: $minPosition) { teamId position confidentialityMinimum
             climate { latest { ${SCORE} } history { ${SCORE} } } csat { latest { ${SCORE} } } } }`,
        ).then((d) => d.teamOutcomes);
      const exec = await q('EXECUTIVE');
      expect(exec).toMatchObject({ teamId: 'desk', confidentialityMinimum: 5, climate: { latest: { score: null, responseCount: 3, notEnoughResponses: true } }, csat: { latest: { score: 4.4 } } });
      expect((await q('HR')).climate.latest).toMatchObject({ score: 2.2, notEnoughResponses: true });
    });

    it('aggregates a unit over the teams meeting the minimum only, with KPIs and mystery shops', async () => {
      const { unitOutcomes } = await read<{ unitOutcomes: any }>(
        `query($minPosition: Position) { unitOutcomes(unitId: "ops", minPosition: $minPosition) { unitId position
           climate { ${AGGREGATE} } csat { ${AGGREGATE} } mysteryShop { meanScore protocolCompliance teams } kpis { judged withinStandard withinStandardShare teams }
           history { month climate { score teamsIncluded } }
           teams { teamId teamName climate { ${SCORE} } kpis { date judged withinStandard measurements { value target withinStandard } } } } }`,
      );
      expect(unitOutcomes.climate).toEqual({ score: 4.5, responseCount: 12, teamsIncluded: 1, teamsBelowMinimum: 1, notEnoughResponses: false });
      expect(unitOutcomes.mysteryShop).toEqual({ meanScore: 4, protocolCompliance: 2 / 3, teams: 1 });
      expect(unitOutcomes.kpis).toEqual({ judged: 1, withinStandard: 1, withinStandardShare: 1, teams: 1 });
      expect(unitOutcomes.history).toEqual([{ month: '2025-03', climate: { score: 4.5, teamsIncluded: 1 } }]);
      expect(unitOutcomes.teams.map((t: any) => [t.teamId, t.climate?.score])).toEqual([['desk', null], ['phones', 4.5]]);
    });
  });

  describe('audit trail', () => {
    const trail = (streamId: string, role: string) =>
      read<{ auditTrail: any }>(
        `query($minPosition: Position) { auditTrail(streamId: "${streamId}", role: ${role}, minPosition: $minPosition) { position hasMore entries { ${AUDIT_ENTRY} } } }`,
      ).then((d) => d.auditTrail);

    it('shows every event of a stream with its metadata, personal fields only to HR and admins', async () => {
      const exec = await trail('person-ana', 'EXECUTIVE');
      const [enrolled] = exec.entries;
      expect(enrolled).toMatchObject({
        type: 'PersonEnrolled', streamId: 'person-ana', revision: '0', actorUserId: 'local-admin', actorRole: 'admin', source: 'api',
        schemaVersion: expect.any(Number), occurredAt: on('2025-01-10'), redactedFields: ['name', 'email'], retracts: null, retractedBy: [], counts: true,
      });
      expect(JSON.parse(enrolled.data)).toMatchObject({ personId: 'ana', name: null, email: null, teamId: 'desk' });
      expect(enrolled.commandId).toEqual(expect.any(String));
      const hr = await trail('person-ana', 'HR');
      expect(JSON.parse(hr.entries[0].data)).toMatchObject({ name: PEOPLE[0].name, email: PEOPLE[0].email });
    });

    it('shows the coaching note to HR only', async () => {
      const note = async (role: string) => JSON.parse((await trail('team-desk', role)).entries.find((e: any) => e.eventId === ids.coaching).data).privateNote;
      expect(await note('EXECUTIVE')).toBeNull();
      expect(await note('ADMIN')).toBeNull();
      expect(await note('TEAM_LEAD')).toBeNull();
      expect(await note('HR')).toBe(SECRET_NOTE);
    });

    it('lists a person’s own stream and the team facts naming them', async () => {
      const { personAuditTrail } = await read<{ personAuditTrail: any }>(
        `query($minPosition: Position) { personAuditTrail(personId: "ben", minPosition: $minPosition) { position entries { eventId type streamId } } }`,
      );
      expect(personAuditTrail.entries.map((e: any) => e.type)).toEqual(['PersonEnrolled', 'WorkshopHeld', 'CoachingSessionHeld', 'TrainingCompleted', 'RecognitionGranted']);
    });
  });

  describe('corrections', () => {
    it('takes a retracted fact out of every read model and a retracted retraction puts it back, with the links in the audit trail', async () => {
      const retraction = (await ok('retractTeamFact', { teamId: 'desk', factId: ids.recognition, reason: 'Wrong person' })).eventIds[0];
      const unblock = (await ok('retractTeamFact', { teamId: 'desk', factId: ids.blocked, reason: 'Was never blocked' })).eventIds[0];
      const feedIds = async () =>
        (await read<{ activityFeed: any }>(`query($minPosition: Position) { activityFeed(unitId: "desk", first: 100, minPosition: $minPosition) { entries { eventId kind retractedEventId } } }`))
          .activityFeed.entries;
      const stuck = async () =>
        (await read<{ teamRoadmap: any }>(`query($minPosition: Position) { teamRoadmap(teamId: "desk", today: "2025-07-01", minPosition: $minPosition) { items { itemId status } } }`))
          .teamRoadmap.items.find((i: any) => i.itemId === 'stuck').status;

      let entries = await feedIds();
      expect(entries.map((e: any) => e.eventId)).not.toContain(ids.recognition);
      expect(entries).toContainEqual({ eventId: retraction, kind: 'RETRACTION', retractedEventId: ids.recognition });
      expect(await stuck()).toBe('PLANNED');

      const restore = (await ok('retractTeamFact', { teamId: 'desk', factId: unblock, reason: 'It was blocked after all' })).eventIds[0];
      await ok('retractTeamFact', { teamId: 'desk', factId: retraction, reason: 'Right person after all' });
      entries = await feedIds();
      expect(entries.map((e: any) => e.eventId)).toContain(ids.recognition);
      expect(entries.map((e: any) => e.eventId)).not.toContain(retraction);
      expect(await stuck()).toBe('BLOCKED');

      const { auditTrail } = await read<{ auditTrail: any }>(
        `query($minPosition: Position) { auditTrail(streamId: "team-desk", first: 500, minPosition: $minPosition) { entries { eventId retracts retractedBy counts } } }`,
      );
      const byId = Object.fromEntries(auditTrail.entries.map((e: any) => [e.eventId, e]));
      expect(byId[ids.blocked]).toEqual({ eventId: ids.blocked, retracts: null, retractedBy: [unblock], counts: true });
      expect(byId[unblock]).toEqual({ eventId: unblock, retracts: ids.blocked, retractedBy: [restore], counts: false });
      expect(byId[restore]).toMatchObject({ retracts: unblock, counts: true });
    });
  });

  describe('after a restart on the same data', () => {
    it('still reads names (from the log, not the snapshot), and the snapshot on disk holds no personal data', async () => {
      const before = await read<{ people: any }>(`query($minPosition: Position) { people(unitId: "ops", role: HR, minPosition: $minPosition) { position people { name } } }`);
      await norte.close({ keepData: true });
      const saved = new FileSnapshotStore(stateDir).load();
      expect(saved?.position.toString()).toBe(before.people.position);
      expect(saved?.read('people')).toBeDefined();
      const folder = join(stateDir, 'snapshots', `g${before.people.position}`);
      for (const file of readdirSync(folder)) {
        const bytes = readFileSync(join(folder, file));
        // v8.serialize writes strings as Latin-1 or UTF-16.
        expect(bytes.toString('latin1')).not.toMatch(NAMES);
        expect(bytes.toString('utf16le')).not.toMatch(NAMES);
      }

      norte = await startNorte({ dataDir, stateDir });
      const after = await read<{ people: any }>(`query($minPosition: Position) { people(unitId: "ops", role: HR, minPosition: $minPosition) { position people { name } } }`);
      expect(after).toEqual(before);
      const exec = await read<{ people: any }>(`query($minPosition: Position) { people(unitId: "ops", minPosition: $minPosition) { people { name email } } }`);
      expect(exec.people.people.every((p: any) => p.name === null && p.email === null)).toBe(true);
    });
  });
});
