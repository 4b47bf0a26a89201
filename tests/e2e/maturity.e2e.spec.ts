import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { FileSnapshotStore } from '@norte/event-store';
import { newId, startNorte, type GqlError, type TestNorte } from './support/norte';

interface Result {
  position: string;
  id: string;
  eventIds: string[];
}

/**
 * MATURITY-EXAMPLES.md example 2 over GraphQL, on a real server and SQLite file: Team Y, P5, a
 * completion recorded late (back-dated) and a retraction, read with and without knownAt. The clock
 * is ours, so each fact is recorded on the day the example says; the organisation is in Bogotá.
 */
describe('maturity over GraphQL', () => {
  let norte: TestNorte;
  let now = new Date('2026-01-01T12:00:00.000Z');
  const clock = { now: () => now };
  const at = (instant: string) => {
    now = new Date(instant);
  };
  let last = '0';
  const stateDir = join(tmpdir(), `norte-maturity-state-${randomUUID()}`);

  const mutation = (name: string) => {
    const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    return `mutation($input: ${type}!) { ${name}(input: $input) { position id eventIds } }`;
  };
  const ok = async (name: string, input: Record<string, unknown>): Promise<Result> => {
    const res = await norte.gql<Record<string, Result>>(mutation(name), { input: { commandId: newId(), ...input } });
    expect(res.errors).toBeUndefined();
    last = res.data![name].position;
    return res.data![name];
  };
  const query = async <T>(text: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await norte.gql<T>(text, { minPosition: last, ...variables });
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
  const failure = async (text: string, variables: Record<string, unknown> = {}): Promise<GqlError> => {
    const res = await norte.gql(text, { minPosition: last, ...variables });
    expect(res.errors).toBeDefined();
    return res.errors![0];
  };

  const TEAM = `query($teamId: ID!, $asOf: String, $knownAt: String, $modelVersion: Int, $role: UserRole, $minPosition: Position) {
    teamMaturity(teamId: $teamId, asOf: $asOf, knownAt: $knownAt, modelVersion: $modelVersion, role: $role, minPosition: $minPosition) {
      teamId asOf knownAt modelVersion activeMembers programIndex position
      processes { process level next { level missing { id } }
        levels { level met criteria { id met factIds shortfall actual { kind value numerator denominator date responses reason } threshold { kind value windowDays } } } }
    }
  }`;
  const HEATMAP = `query($unitId: ID, $asOf: String, $knownAt: String, $structure: MaturityStructure, $minPosition: Position) {
    maturityHeatmap(unitId: $unitId, asOf: $asOf, knownAt: $knownAt, structure: $structure, minPosition: $minPosition) {
      unitId asOf structure modelVersion position
      unit { unitId name kind teams members programIndex levels { process level } }
      rows { unitId name kind teams members programIndex levels { process level } }
    }
  }`;
  const TREND = `query($teamId: ID, $unitId: ID, $from: String!, $to: String!, $resolution: TrendResolution!, $knownAt: String, $minPosition: Position) {
    maturityTrend(teamId: $teamId, unitId: $unitId, from: $from, to: $to, resolution: $resolution, knownAt: $knownAt, minPosition: $minPosition) {
      teamId unitId resolution position points { date members programIndex levels { process level } }
    }
  }`;

  type Team = { teamMaturity: { activeMembers: number; knownAt: string | null; position: string; processes: { process: string; level: number; levels: { level: number; criteria: { id: string; factIds: string[]; actual: Record<string, unknown> }[] }[]; next: { missing: { id: string }[] } }[] } };
  type Row = { unitId: string | null; name: string; kind: string | null; teams: number; members: number; programIndex: number | null; levels: { process: string; level: number | null }[] };
  type Heat = { maturityHeatmap: { unit: Row; rows: Row[]; position: string } };
  type Trend = { maturityTrend: { points: { date: string; members: number; levels: { process: string; level: number | null }[] }[] } };

  const p5 = async (knownAt?: string, modelVersion?: number) => {
    const data = await query<Team>(TEAM, { teamId: 'Y', asOf: '2026-02-28', knownAt, modelVersion });
    return data.teamMaturity.processes.find((p) => p.process === 'SERVICE_EXCELLENCE')!;
  };
  const level = (row: Row, process = 'SERVICE_EXCELLENCE') => row.levels.find((l) => l.process === process)!.level;
  let y3Completion = '';
  let y1Completion = '';

  beforeAll(async () => {
    norte = await startNorte({ clock, stateDir });
    await ok('registerOrganisation', { name: 'Acme Salud', locale: 'es', timeZone: 'America/Bogota' });
    for (const [unitId, kind, parentId] of [['ops', 'DIVISION'], ['sales', 'DIVISION'], ['Y', 'TEAM', 'ops'], ['Z', 'TEAM', 'ops'], ['S', 'TEAM', 'sales']]) {
      await ok('createUnit', { unitId, name: `Unit ${unitId}`, kind, parentId });
    }
    await ok('defineCourse', { courseId: 'mgmt', title: 'Serving as a manager', processId: 'SERVICE_EXCELLENCE', audience: 'MANAGEMENT' });
    await ok('defineCourse', { courseId: 'front', title: 'Serving with excellence', processId: 'SERVICE_EXCELLENCE', audience: 'FRONT_LINE' });
    at('2026-01-02T14:00:00.000Z');
    const enrol = (personId: string, teamId: string, role: 'LEAD' | 'MEMBER') =>
      ok('enrolPerson', { personId, teamId, role, externalId: `x-${personId}`, name: `Person ${personId}`, email: `${personId}@example.com` });
    await enrol('ly', 'Y', 'LEAD');
    for (const p of ['y1', 'y2', 'y3', 'y4', 'y5']) await enrol(p, 'Y', 'MEMBER');
    await enrol('z1', 'Z', 'LEAD');
    await enrol('z2', 'Z', 'MEMBER');
    await enrol('s1', 'S', 'MEMBER');
    at('2026-01-03T14:00:00.000Z');
    await ok('planRoadmapItem', { teamId: 'Y', processId: 'SERVICE_EXCELLENCE', practiceId: 'front-line-service-training', title: 'Train the desk', ownerId: 'ly', dueDate: '2026-06-30' });
    at('2026-01-10T14:00:00.000Z');
    await ok('recordTrainingCompletion', { personId: 'ly', courseId: 'mgmt' });
    at('2026-02-01T14:00:00.000Z');
    y1Completion = (await ok('recordTrainingCompletion', { personId: 'y1', courseId: 'front' })).eventIds[0];
    await ok('recordTrainingCompletion', { personId: 'y2', courseId: 'front' });
    y3Completion = (await ok('recordTrainingCompletion', { personId: 'y3', courseId: 'front' })).eventIds[0];
    // Completed on 02-15, recorded on 03-10: back-dated.
    at('2026-03-10T15:00:00.000Z');
    await ok('recordTrainingCompletion', { personId: 'y4', courseId: 'front', occurredAt: '2026-02-15T15:00:00.000Z' });
    at('2026-04-01T15:00:00.000Z');
    await ok('retractPersonFact', { personId: 'y3', factId: y3Completion, reason: 'Did not attend' });
    at('2026-04-02T15:00:00.000Z');
    await ok('recordSurveyResult', { teamId: 'Z', kind: 'CLIMATE', score: 4.37, responseCount: 3 });
    at('2026-06-01T15:00:00.000Z');
  }, 60_000);
  afterAll(async () => {
    await norte.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  describe('a team as of 02-28 (example 2)', () => {
    it('shows what Norte showed at the end of 03-01 (Bogotá), after the back-dated completion was recorded, and now', async () => {
      expect((await p5('2026-03-01')).level).toBe(2);
      expect((await p5('2026-03-20')).level).toBe(3);
      expect((await p5()).level).toBe(2);
      expect((await p5('2026-03-10T14:59:59Z')).level).toBe(2);
      expect((await p5('2026-03-10T15:00:00Z')).level).toBe(3);
    });

    it('explains it: the criterion, its actual value and threshold, the facts behind it, what is missing', async () => {
      const data = await query<Team>(TEAM, { teamId: 'Y', asOf: '2026-02-28' });
      expect(data.teamMaturity).toMatchObject({ activeMembers: 6, knownAt: null, position: last });
      const process = data.teamMaturity.processes.find((p) => p.process === 'SERVICE_EXCELLENCE')!;
      const coverage = process.levels[2].criteria.find((c) => c.id === 'front-line-trained')!;
      expect(coverage.actual).toMatchObject({ kind: 'RATIO', numerator: 3, denominator: 5 });
      expect(coverage.factIds).toContain(y1Completion);
      expect(coverage.factIds).not.toContain(y3Completion);
      expect(process.next.missing.map((m) => m.id)).toEqual(['front-line-trained']);
      const known = await query<Team>(TEAM, { teamId: 'Y', asOf: '2026-02-28', knownAt: '2026-03-20' });
      expect(known.teamMaturity.knownAt).toBe('2026-03-21T04:59:59.999Z');
    });

    it('defaults as-of to today in the organisation time zone (from the injected clock)', async () => {
      const data = await query<{ teamMaturity: { asOf: string } }>(`query { teamMaturity(teamId: "Y") { asOf } }`);
      expect(data.teamMaturity.asOf).toBe('2026-06-01');
    });

    it('refuses bad dates, unknown teams and unknown model versions with their codes', async () => {
      expect((await failure(TEAM, { teamId: 'Y', asOf: '28/02/2026' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.asOf' });
      expect((await failure(TEAM, { teamId: 'Y', knownAt: 'soon' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect((await failure(TEAM, { teamId: 'nobody' })).extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect((await failure(TEAM, { teamId: 'Y', modelVersion: 9 })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  it('withholds a survey score under the confidentiality minimum from all but HR and admins', async () => {
    const read = async (role: string) => JSON.stringify(await query<Team>(TEAM, { teamId: 'Z', role }));
    for (const role of ['EXECUTIVE', 'TEAM_LEAD']) {
      const json = await read(role);
      expect(json).not.toContain('4.37');
      expect(json).toContain('WITHHELD');
    }
    for (const role of ['HR', 'ADMIN']) expect(await read(role)).toContain('4.37');
  });

  it('drills a heatmap down from the organisation to a division to a team', async () => {
    const org = (await query<Heat>(HEATMAP, { asOf: '2026-02-28' })).maturityHeatmap;
    expect(org.position).toBe(last);
    expect(org.unit).toMatchObject({ unitId: null, name: 'Acme Salud', kind: null, teams: 3, members: 9 });
    // P5: Y is at 2 with 6 members; Z and S at 0 → (12 + 0 + 0) / 9 = 1.33 → 1.3.
    expect(level(org.unit)).toBe(1.3);
    expect(org.rows.map((r) => [r.unitId, r.name, r.kind, r.teams, r.members, level(r)])).toEqual([
      ['ops', 'Unit ops', 'DIVISION', 2, 8, 1.5],
      ['sales', 'Unit sales', 'DIVISION', 1, 1, 0],
    ]);
    const ops = (await query<Heat>(HEATMAP, { unitId: 'ops', asOf: '2026-02-28' })).maturityHeatmap;
    expect(ops.unit).toEqual(org.rows[0]);
    expect(ops.rows.map((r) => [r.unitId, r.kind, r.members, level(r), r.programIndex])).toEqual([
      ['Y', 'TEAM', 6, 2, 5.7],
      ['Z', 'TEAM', 2, 0, 0],
    ]);
    const y = (await query<Heat>(HEATMAP, { unitId: 'Y', asOf: '2026-02-28' })).maturityHeatmap;
    expect(y.rows).toEqual([]);
    expect(y.unit).toEqual(ops.rows[0]);
    const known = (await query<Heat>(HEATMAP, { unitId: 'ops', asOf: '2026-02-28', knownAt: '2026-03-20' })).maturityHeatmap;
    expect(level(known.rows[0])).toBe(3);
  });

  it('follows a team and the organisation week by week, with and without knownAt', async () => {
    const weeks = { from: '2026-01-26', to: '2026-03-04', resolution: 'WEEK' };
    const points = async (variables: Record<string, unknown>) =>
      (await query<Trend>(TREND, { ...weeks, ...variables })).maturityTrend.points.map((p) => [p.date, p.levels.find((l) => l.process === 'SERVICE_EXCELLENCE')!.level]);
    expect(await points({ teamId: 'Y' })).toEqual([['2026-02-01', 2], ['2026-02-08', 2], ['2026-02-15', 2], ['2026-02-22', 2], ['2026-03-01', 2], ['2026-03-04', 2]]);
    expect(await points({ teamId: 'Y', knownAt: '2026-03-20' })).toEqual([['2026-02-01', 2], ['2026-02-08', 2], ['2026-02-15', 3], ['2026-02-22', 3], ['2026-03-01', 3], ['2026-03-04', 3]]);
    const org = await points({ knownAt: '2026-03-20' });
    expect(org.map(([, l]) => l)).toEqual([1.3, 1.3, 2, 2, 2, 2]);
  });

  it('publishes model version 2 and answers for both side by side', async () => {
    const MODELS = `query($minPosition: Position) { maturityModels(minPosition: $minPosition) { position versions { version current builtIn publishedAt
      definition { confidentialityMinimum measurementWindowDays sustainedDays processes {
        trueNorth { foundation { minGuidingPrinciples minActiveCoreValues workshop { workshopKinds windowDays } } coverage { minPercent windowDays workshopKinds } instrument { kind survey target } }
        lifePurpose { foundation { workshopKinds windowDays } coverage { minPercent windowDays } instrument { kind survey target } }
        alignment { foundation { minPercentWithProfile } coverage { minPercent windowDays minPercentAligned } instrument { kind survey target } }
        leadership { foundation { workshopKinds windowDays } coverage { minPercent windowDays } instrument { kind survey target } }
        serviceExcellence { foundation { courseProcess minLeads } coverage { minPercent windowDays } instrument { kind survey target } }
        serviceModel { foundation { minStandards } coverage { minPercent windowDays } instrument { kind survey target } }
        emotionalConnection { foundation { workshopKinds windowDays } coverage { minPercent windowDays workshopKinds } instrument { kind survey target } } } } } } }`;
    type Models = { maturityModels: { versions: { version: number; current: boolean; builtIn: boolean; definition: { processes: Record<string, { coverage: { minPercent: number } }> } }[] } };
    const v1 = (await query<Models>(MODELS)).maturityModels.versions;
    expect(v1.map((v) => [v.version, v.current, v.builtIn])).toEqual([[1, true, true]]);
    const definition = structuredClone(v1[0].definition);
    definition.processes.serviceExcellence.coverage.minPercent = 60;
    const refused = await norte.gql(mutation('publishMaturityModel'), {
      input: { commandId: newId(), version: 2, ...structuredClone(v1[0].definition), processes: { ...definition.processes, serviceExcellence: { ...definition.processes.serviceExcellence, coverage: { minPercent: 120, windowDays: null } } } },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const published = await ok('publishMaturityModel', { version: 2, ...definition });
    expect(published.id).toBe('2');
    const both = (await query<Models>(MODELS)).maturityModels.versions;
    expect(both.map((v) => [v.version, v.current, v.builtIn, v.definition.processes.serviceExcellence.coverage.minPercent])).toEqual([
      [1, false, true, 80],
      [2, true, false, 60],
    ]);
    expect([(await p5(undefined, 1)).level, (await p5(undefined, 2)).level, (await p5()).level]).toEqual([2, 3, 3]);
  });

  it('exports every team × 7 levels as CSV, over GraphQL and as a download, stamped with the position', async () => {
    const CSV = `query($asOf: String, $modelVersion: Int, $minPosition: Position) { maturityLevelsCsv(asOf: $asOf, modelVersion: $modelVersion, minPosition: $minPosition) { asOf teams position csv } }`;
    const { maturityLevelsCsv: csv } = await query<{ maturityLevelsCsv: { asOf: string; teams: number; position: string; csv: string } }>(CSV, { asOf: '2026-02-28', modelVersion: 1 });
    expect(csv).toMatchObject({ asOf: '2026-02-28', teams: 3, position: last });
    const lines = csv.csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^team_id,team_name,division_id,division_name,active_members,true-north,.*,position$/);
    expect(lines[1]).toBe(`Y,Unit Y,ops,Unit ops,6,0,0,0,0,2,0,0,5.7,2026-02-28,,1,${last}`);
    const download = await request(norte.app.getHttpServer()).get(`/export/levels.csv?asOf=2026-02-28&modelVersion=1&minPosition=${last}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toMatch(/^text\/csv/);
    expect(download.headers['x-norte-position']).toBe(last);
    expect(download.text).toBe(csv.csv);
    expect((await request(norte.app.getHttpServer()).get('/export/levels.csv?asOf=yesterday')).status).toBe(400);
  });

  it('comes back from its snapshot after a restart with the same answers', async () => {
    const before = (await query<Heat>(HEATMAP, { unitId: 'ops', asOf: '2026-02-28' })).maturityHeatmap;
    const team = await query<Team>(TEAM, { teamId: 'Y', asOf: '2026-02-28', knownAt: '2026-03-20', modelVersion: 1 });
    await norte.close({ keepData: true });
    const snapshot = new FileSnapshotStore(stateDir).load();
    expect(snapshot?.versions.get('maturity')).toBeDefined();
    const file = readFileSync(join(stateDir, 'snapshots', `g${snapshot?.position}`, 'maturity.snap'));
    // Snapshot skeletons (node:v8 structured clone) hold strings as Latin-1 or UTF-16.
    for (const text of [file.toString('latin1'), file.toString('utf16le')]) expect(text).not.toMatch(/Person y1|example\.com/);
    norte = await startNorte({ dataDir: norte.dataDir, stateDir, clock });
    expect((await query<Heat>(HEATMAP, { unitId: 'ops', asOf: '2026-02-28' })).maturityHeatmap).toEqual(before);
    expect(await query<Team>(TEAM, { teamId: 'Y', asOf: '2026-02-28', knownAt: '2026-03-20', modelVersion: 1 })).toEqual(team);
  }, 30_000);
});
