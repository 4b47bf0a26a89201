import type { MaturityModelDefinition } from '@norte/domain';
import { eventLog, NOW, project, roundTrip } from './fixtures.spec';
import { maturityHeatmap } from './heatmap';
import { levelsCsv } from './csv';
import { definitionOf } from './models';
import { maturityModels } from './models-query';
import { DEFAULT_MODEL_V1, factCount } from '../maturity';
import { teamMaturity } from './team';
import { maturityTrend } from './trend';
import { maturityProjection } from './maturity.projection';

/** MATURITY-EXAMPLES.md example 2: Team Y, P5, a back-dated completion and a retraction. */
function exampleTwo() {
  const log = eventLog();
  log.register();
  log.division('ops');
  log.team('Y', 'ops');
  log.course('mgmt', 'management');
  log.course('front', 'front-line');
  log.enrol('ly', 'Y', 'lead', '01-02');
  for (const p of ['y1', 'y2', 'y3', 'y4', 'y5']) log.enrol(p, 'Y', 'member', '01-02');
  log.roadmap('Y', 'service-excellence', '01-03');
  log.training('ly', 'mgmt', '01-10');
  log.training('y1', 'front', '02-01');
  log.training('y2', 'front', '02-01');
  const y3 = log.training('y3', 'front', '02-01');
  log.training('y4', 'front', '02-15', '03-10');
  log.retract(y3.eventId, 'TrainingCompleted', '04-01');
  return log;
}

const p5 = (state: ReturnType<typeof project>, knownAt?: string) =>
  teamMaturity(state, { teamId: 'Y', asOf: '2026-02-28', knownAt }, NOW).processes['service-excellence'];

describe('the maturity read model', () => {
  it('cancelling one team’s roadmap item touches that team only, even where another team uses the same id', () => {
    const log = eventLog();
    log.register();
    log.division('D');
    log.team('A', 'D');
    log.team('B', 'D');
    log.roadmap('A', 'leadership', '01-02', 'same');
    const state = project(log.events);
    const leadership = (teamId: string) => teamMaturity(state, { teamId, asOf: '2026-03-01' }, NOW).processes.leadership.level;
    const trend = () => maturityTrend(state, { teamId: 'A', from: '2026-01-01', to: '2026-03-31', resolution: 'month' }, NOW).points.map((p) => p.processes.leadership);
    // Levels and a trend cached before the later facts arrive.
    expect([leadership('A'), trend()]).toEqual([1, [1, 1, 1]]);
    const cached = log.events.length;
    log.roadmap('B', 'leadership', '01-03', 'same');
    log.cancel('A', 'same', '02-10');
    project(log.events.slice(cached), state);
    expect([leadership('A'), leadership('B'), trend()]).toEqual([0, 1, [1, 0, 0]]);
    expect(maturityTrend(project(log.events), { teamId: 'A', from: '2026-01-01', to: '2026-03-31', resolution: 'month' }, NOW).points.map((p) => p.processes.leadership)).toEqual([1, 0, 0]);
  });

  describe('a team, as of a date and as known at a date (example 2)', () => {
    const state = project(exampleTwo().events);

    it('shows what Norte showed on 03-01, after the back-dated completion, and now', () => {
      expect(p5(state, '2026-03-01').level).toBe(2);
      expect(p5(state, '2026-03-20').level).toBe(3);
      expect(p5(state).level).toBe(2);
    });

    it('explains the level: criteria with actual, threshold and fact ids, and what is missing', () => {
      const now = p5(state);
      const coverage = now.levels[2].criteria.find((c) => c.id === 'front-line-trained');
      expect(coverage).toMatchObject({ met: false, actual: { kind: 'ratio', numerator: 3, denominator: 5 }, threshold: { kind: 'min-percent', value: 80 } });
      expect(coverage?.factIds).toHaveLength(3);
      expect(now.next).toMatchObject({ level: 3, missing: [expect.objectContaining({ id: 'front-line-trained', shortfall: 1 })] });
      expect(teamMaturity(state, { teamId: 'Y', asOf: '2026-02-28' }, NOW)).toMatchObject({ activeMembers: 6, modelVersion: 1, knownAt: null });
    });

    it('accepts an instant for known-at, and refuses what is neither an instant nor a date', () => {
      expect(p5(state, '2026-03-10T11:59:59Z').level).toBe(2);
      expect(p5(state, '2026-03-10T12:00:00Z').level).toBe(3);
      expect(() => p5(state, 'yesterday')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'knownAt' }));
      expect(() => teamMaturity(state, { teamId: 'Y', asOf: '2026-02-30' }, NOW)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'asOf' }));
      expect(() => teamMaturity(state, { teamId: 'nobody' }, NOW)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', field: 'teamId' }));
    });

    it('reads a date given for known-at as the end of that day in the organisation time zone', () => {
      const log = exampleTwo();
      log.events[0] = { ...log.events[0], data: { organisationId: 'org', name: 'Acme', locale: 'es', timeZone: 'America/Bogota' } };
      const bogota = project(log.events);
      // y4's completion was recorded 2026-03-10T12:00Z = 07:00 in Bogotá: known by the end of 03-10 there.
      expect(p5(bogota, '2026-03-09').level).toBe(2);
      expect(p5(bogota, '2026-03-10').level).toBe(3);
    });

    it('defaults as-of to today in the organisation time zone', () => {
      expect(teamMaturity(state, { teamId: 'Y' }, '2026-12-01T03:00:00Z').asOf).toBe('2026-12-01');
    });
  });

  describe('confidentiality', () => {
    const log = eventLog();
    log.register();
    log.division('ops');
    log.team('T', 'ops');
    for (const p of ['a', 'b', 'c', 'd']) log.enrol(p, 'T', 'member', '01-02');
    log.survey('T', 'internal-service', 4.37, 4, '03-01');
    const state = project(log.events);

    it.each(['executive', 'team-lead', undefined] as const)('withholds a score below the minimum from %s, in every level of the explanation', (role) => {
      const json = JSON.stringify(teamMaturity(state, { teamId: 'T', asOf: '2026-03-02', role }, NOW));
      expect(json).not.toContain('4.37');
      expect(json).toContain('"withheld"');
    });

    it.each(['hr', 'admin'] as const)('shows it to %s', (role) => {
      expect(JSON.stringify(teamMaturity(state, { teamId: 'T', asOf: '2026-03-02', role }, NOW))).toContain('4.37');
    });

    it('never shows a score in heatmaps, trends or exports', () => {
      const views = [
        maturityHeatmap(state, { unitId: null, asOf: '2026-03-02' }, NOW),
        maturityHeatmap(state, { unitId: 'ops', asOf: '2026-03-02' }, NOW),
        maturityTrend(state, { teamId: 'T', from: '2026-02-01', to: '2026-04-01', resolution: 'day' }, NOW),
        levelsCsv(state, { asOf: '2026-03-02' }, NOW, 9n, () => 'x'),
      ];
      for (const view of views) expect(JSON.stringify(view)).not.toContain('4.37');
    });
  });

  describe('heatmaps and roll-ups', () => {
    // Division A: teams t1 (4 members, P5 level 1) and t2 (moved to B on 06-01, 2 members);
    // division B: team t3 (no members, archived 05-01). t2 plans P1 on 02-01.
    const log = eventLog();
    log.register();
    log.division('A');
    log.division('B');
    log.team('t1', 'A');
    log.team('t2', 'A');
    log.team('t3', 'B');
    for (const p of ['a1', 'a2', 'a3', 'a4']) log.enrol(p, 't1', 'member', '01-02');
    for (const p of ['b1', 'b2']) log.enrol(p, 't2', 'member', '01-02');
    log.roadmap('t1', 'service-excellence', '01-03');
    log.roadmap('t2', 'true-north', '02-01');
    log.archive('t3', '05-01');
    log.moveUnit('t2', 'B', '06-01');
    const state = project(log.events);
    const cells = (row: { processes: Record<string, { mean: number | null }> }) => Object.values(row.processes).map((p) => p.mean);

    it('drills from the organisation to its divisions to their teams, weighted by active members', () => {
      const org = maturityHeatmap(state, { unitId: null, asOf: '2026-03-01' }, NOW);
      expect(org.rows.map((r) => [r.unitId, r.kind, r.teams, r.members])).toEqual([
        ['A', 'division', 2, 6],
        ['B', 'division', 1, 0],
      ]);
      // (1 × 2) / 6 = 0.33 → 0.3 for P1; (1 × 4) / 6 = 0.67 → 0.7 for P5.
      expect(org.unit).toMatchObject({ unitId: null, members: 6, processes: { 'true-north': { mean: 0.3 }, 'service-excellence': { mean: 0.7 } } });
      expect(cells(org.rows[1])).toEqual([null, null, null, null, null, null, null]);
      const a = maturityHeatmap(state, { unitId: 'A', asOf: '2026-03-01' }, NOW);
      expect(a.unit).toEqual({ ...org.rows[0] });
      expect(a.rows.map((r) => [r.unitId, r.kind, r.members, r.programIndex])).toEqual([
        ['t1', 'team', 4, 2.9],
        ['t2', 'team', 2, 2.9],
      ]);
      expect(cells(a.rows[0])).toEqual([0, 0, 0, 0, 1, 0, 0]);
      const t1 = maturityHeatmap(state, { unitId: 't1', asOf: '2026-03-01' }, NOW);
      expect(t1.rows).toEqual([]);
      expect(t1.unit).toEqual(a.rows[0]);
    });

    it('places teams as organised then, or restated in today’s tree without archived teams', () => {
      const then = maturityHeatmap(state, { unitId: null, asOf: '2026-03-01', structure: 'as-organised' }, NOW);
      const restated = maturityHeatmap(state, { unitId: null, asOf: '2026-03-01', structure: 'restated' }, NOW);
      expect(then.rows.map((r) => [r.unitId, r.teams, r.members])).toEqual([['A', 2, 6], ['B', 1, 0]]);
      expect(restated.rows.map((r) => [r.unitId, r.teams, r.members])).toEqual([['A', 1, 4], ['B', 1, 2]]);
      expect(maturityHeatmap(state, { unitId: 'B', asOf: '2026-07-01' }, NOW).rows.map((r) => r.unitId)).toEqual(['t2']);
      expect(() => maturityHeatmap(state, { unitId: 't3', asOf: '2026-07-01' }, NOW)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    });

    it('restated under known-at uses today’s tree as known then', () => {
      const known = maturityHeatmap(state, { unitId: null, asOf: '2026-03-01', structure: 'restated', knownAt: '2026-05-15' }, NOW);
      expect(known.rows.map((r) => [r.unitId, r.teams, r.members])).toEqual([['A', 2, 6], ['B', 0, 0]]);
      expect(known.knownAt).toBe('2026-05-15T23:59:59.999Z');
    });

    it('follows the organisation over time in a weekly trend (points on Sundays)', () => {
      const trend = maturityTrend(state, { unitId: 'A', from: '2026-01-01', to: '2026-02-10', resolution: 'week' }, NOW);
      expect(trend.points.map((p) => p.date)).toEqual(['2026-01-04', '2026-01-11', '2026-01-18', '2026-01-25', '2026-02-01', '2026-02-08', '2026-02-10']);
      expect(trend.points.map((p) => [p.members, p.processes['true-north'], p.processes['service-excellence']])).toEqual([
        [6, 0, 0.7], [6, 0, 0.7], [6, 0, 0.7], [6, 0, 0.7], [6, 0.3, 0.7], [6, 0.3, 0.7], [6, 0.3, 0.7],
      ]);
      const team = maturityTrend(state, { teamId: 't2', from: '2026-01-01', to: '2026-03-31', resolution: 'month' }, NOW);
      expect(team.points.map((p) => [p.date, p.processes['true-north'], p.programIndex])).toEqual([
        ['2026-01-31', 0, 0], ['2026-02-28', 1, 2.9], ['2026-03-31', 1, 2.9],
      ]);
      expect(() => maturityTrend(state, { unitId: null, from: '2020-01-01', to: '2026-01-01', resolution: 'day' }, NOW)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    });

    it('exports every team × 7 levels as CSV, stamped with date, model and position', () => {
      const names: Record<string, string> = { t1: 'Front, desk', t2: '=cmd()', A: 'Division "A"' };
      const { csv, teams } = levelsCsv(state, { asOf: '2026-03-01' }, NOW, 42n, (id) => names[id]);
      expect(teams).toBe(3);
      expect(csv.split('\r\n')).toEqual([
        'team_id,team_name,division_id,division_name,active_members,true-north,life-purpose,alignment,leadership,service-excellence,service-model,emotional-connection,program_index,as_of,known_at,model_version,position',
        't1,"Front, desk",A,"Division ""A""",4,0,0,0,0,1,0,0,2.9,2026-03-01,,1,42',
        "t2,'=cmd(),A,\"Division \"\"A\"\"\",2,1,0,0,0,0,0,0,2.9,2026-03-01,,1,42",
        't3,,B,,0,0,0,0,0,0,0,0,0.0,2026-03-01,,1,42',
        '',
      ]);
    });
  });

  describe('model versions', () => {
    const lenient: MaturityModelDefinition = (() => {
      const v1 = definitionOf(DEFAULT_MODEL_V1);
      const p5model = v1.processes['service-excellence'];
      return { ...v1, version: 2, processes: { ...v1.processes, 'service-excellence': { ...p5model, coverage: { ...p5model.coverage, minPercent: 60 } } } };
    })();
    const log = exampleTwo();
    log.publish(lenient, '06-01');
    const state = project(log.events);

    it('lists the built-in version 1 and the published ones, the latest being current', () => {
      expect(maturityModels(state).map((m) => [m.version, m.builtIn, m.current, m.publishedAt])).toEqual([
        [1, true, false, null],
        [2, false, true, '2026-06-01T09:00:00.000Z'],
      ]);
      expect(maturityModels(state)[1].definition).toEqual(lenient);
      expect(maturityModels(state)[0].definition.processes['emotional-connection'].coverage.workshopKinds).toContain('reflection-space');
    });

    it('evaluates both versions side by side; the current one by default', () => {
      const level = (modelVersion?: number) =>
        teamMaturity(state, { teamId: 'Y', asOf: '2026-02-28', modelVersion }, NOW).processes['service-excellence'].level;
      expect([level(1), level(2), level()]).toEqual([2, 3, 3]);
      const heat = (modelVersion: number) => maturityHeatmap(state, { unitId: 'ops', asOf: '2026-02-28', modelVersion }, NOW).rows[0].processes['service-excellence'].mean;
      expect([heat(1), heat(2)]).toEqual([2, 3]);
      expect(() => level(3)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', field: 'modelVersion' }));
    });
  });

  describe('snapshots', () => {
    const log = exampleTwo();
    log.survey('Y', 'climate', 4.1, 9, '03-01');
    const state = project(log.events);
    maturityHeatmap(state, { unitId: null, asOf: '2026-02-28' }, NOW);
    const json = JSON.stringify((maturityProjection.toSnapshot as NonNullable<typeof maturityProjection.toSnapshot>)(state));

    it('hold ids, dates and numbers: no names or e-mails', () => {
      expect(json).not.toMatch(/Secret Name|secret\.example/);
    });

    it('restore complete at once: the same heatmaps, levels and explanations', () => {
      const restored = roundTrip(state);
      expect(factCount(restored.index)).toBe(factCount(state.index));
      expect(maturityHeatmap(restored, { unitId: null, asOf: '2026-02-28' }, NOW)).toEqual(maturityHeatmap(state, { unitId: null, asOf: '2026-02-28' }, NOW));
      expect(p5(restored, '2026-03-01').level).toBe(2);
      expect(teamMaturity(restored, { teamId: 'Y', asOf: '2026-02-28' }, NOW)).toEqual(teamMaturity(state, { teamId: 'Y', asOf: '2026-02-28' }, NOW));
    });

    it('take new facts after a restore, and snapshot again', () => {
      const restored = roundTrip(state);
      const extra = log.training('y5', 'front', '02-20', '06-01');
      project([extra], restored);
      expect(p5(restored).level).toBe(3);
      expect(p5(roundTrip(restored)).level).toBe(3);
      expect(p5(roundTrip(roundTrip(restored)), '2026-03-01').level).toBe(2);
    });
  });
});
