import fc from 'fast-check';
import type { NorteEvent } from '@norte/domain';
import { addDays, DEFAULT_MODEL_V1, rollUpAt } from '../maturity';
import { OrgCalendar } from '../maturity-facts';
import type { DecodedEvent } from '../shared/projection';
import { NOW, project, roundTrip } from './fixtures.spec';
import { maturityHeatmap } from './heatmap';
import { definitionOf } from './models';
import { unitsFor, type Structure } from './rollups';
import { indexOf, type MaturityReadModel } from './state';
import { teamMaturity } from './team';
import { maturityTrend } from './trend';

/**
 * Random histories of a small organisation as domain events: two divisions, three teams that move
 * and may be archived, six people, every kind of fact, back-dated facts and retractions (of
 * retractions too), a second model version. Positions and recordedAt increase along the log;
 * business dates are anywhere in 2026 up to the recording date.
 */
const TEAMS = ['t1', 't2', 't3'];
const DIVISIONS = ['d1', 'd2'];
const PEOPLE = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
const team = fc.constantFrom(...TEAMS);
const person = fc.constantFrom(...PEOPLE);
const people = fc.subarray(PEOPLE, { minLength: 1 });
const processId = fc.constantFrom('true-north', 'life-purpose', 'alignment', 'leadership', 'service-excellence', 'service-model', 'emotional-connection');
const score = fc.constantFrom(3.5, 4, 4.4, 5);

type Body = { type: NorteEvent['type']; data: unknown } | { type: 'retract'; pick: number };
const body: fc.Arbitrary<Body> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ personId: person, teamId: team, role: fc.constantFrom('lead', 'member') }).map((d) => ({
    type: 'PersonEnrolled' as const,
    data: { ...d, externalId: d.personId, name: `Name ${d.personId}`, email: `${d.personId}@x.test`, jobProfileId: 'jp' },
  })) },
  { weight: 1, arbitrary: fc.record({ personId: person, fromTeamId: team, toTeamId: team, role: fc.constantFrom('lead', 'member') }).map((data) => ({ type: 'PersonMovedTeam' as const, data })) },
  { weight: 1, arbitrary: fc.record({ personId: person, teamId: team }).map((data) => ({ type: 'PersonLeft' as const, data })) },
  { weight: 1, arbitrary: fc.record({ personId: person, teamId: team, role: fc.constantFrom('lead', 'member') }).map((data) => ({ type: 'TeamRoleChanged' as const, data })) },
  { weight: 3, arbitrary: fc.record({ teamId: team, itemId: fc.constantFrom('i1', 'i2', 'i3'), processId }).map((d) => ({
    type: 'RoadmapItemPlanned' as const,
    data: { ...d, practiceId: 'mission', title: 'x', ownerId: 'p1', dueDate: '2026-12-31' },
  })) },
  { weight: 1, arbitrary: fc.record({ teamId: team, itemId: fc.constantFrom('i1', 'i2', 'i3') }).map((d) => ({ type: 'RoadmapItemCancelled' as const, data: { ...d, reason: null } })) },
  { weight: 1, arbitrary: fc.constant({ type: 'MissionSet' as const, data: { text: 'm' } }) },
  { weight: 1, arbitrary: fc.constant({ type: 'VisionSet' as const, data: { text: 'v' } }) },
  { weight: 1, arbitrary: fc.constantFrom('g1', 'g2').map((principleId) => ({ type: 'GuidingPrincipleDefined' as const, data: { principleId, text: 'x' } })) },
  { weight: 1, arbitrary: fc.constantFrom('v1', 'v2', 'v3').map((valueId) => ({ type: 'CoreValueDefined' as const, data: { valueId, name: 'x', description: null } })) },
  { weight: 1, arbitrary: fc.constantFrom('c1', 'c2').map((courseId) => ({
    type: 'CourseDefined' as const,
    data: { courseId, title: 'x', processId: 'service-excellence', audience: courseId === 'c1' ? 'management' : 'front-line' },
  })) },
  { weight: 4, arbitrary: fc.record({ personId: person, courseId: fc.constantFrom('c1', 'c2') }).map((d) => ({ type: 'TrainingCompleted' as const, data: { ...d, score: null } })) },
  { weight: 4, arbitrary: fc.record({ teamId: team, kind: fc.constantFrom('true-north-cascade', 'purpose', 'teaching-learning', 'empathy', 'reflection-space'), attendeeIds: people }).map((d) => ({
    type: 'WorkshopHeld' as const,
    data: { ...d, workshopId: 'w', name: 'x' },
  })) },
  { weight: 4, arbitrary: fc.record({ teamId: team, coacheeIds: people }).map((d) => ({
    type: 'CoachingSessionHeld' as const,
    data: { ...d, sessionId: 's', coachId: 'p1', durationMinutes: 30, focusProcessId: 'leadership', privateNote: null },
  })) },
  { weight: 1, arbitrary: person.map((personId) => ({ type: 'LifePlanConversationHeld' as const, data: { personId, leaderId: 'p1' } })) },
  { weight: 1, arbitrary: fc.record({ personId: person, fit: fc.constantFrom('aligned', 'partial') }).map((d) => ({ type: 'AlignmentAssessed' as const, data: { ...d, jobProfileId: 'jp', assessorId: 'p1', note: null } })) },
  { weight: 3, arbitrary: fc.record({ teamId: team, kind: fc.constantFrom('climate', 'internal-service'), score, responseCount: fc.constantFrom(3, 6) }).map((data) => ({ type: 'SurveyResultRecorded' as const, data })) },
  { weight: 2, arbitrary: fc.record({ teamId: team, score, responseCount: fc.constantFrom(4, 8) }).map((data) => ({ type: 'CsatRecorded' as const, data })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((pick) => ({ type: 'retract' as const, pick })) },
  { weight: 1, arbitrary: fc.record({ unitId: team, parentId: fc.constantFrom(...DIVISIONS) }).map((data) => ({ type: 'UnitMoved' as const, data })) },
  { weight: 1, arbitrary: team.map((unitId) => ({ type: 'UnitArchived' as const, data: { unitId } })) },
  { weight: 1, arbitrary: fc.constant({ type: 'MaturityModelPublished' as const, data: null }) },
);

const DAY_MS = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');

const history = fc
  .record({
    timeZone: fc.constantFrom('UTC', 'America/Bogota'),
    bodies: fc.array(fc.record({ body, day: fc.integer({ min: 0, max: 360 }), after: fc.integer({ min: 1, max: 3 * DAY_MS }) }), { minLength: 5, maxLength: 70 }),
  })
  .map(({ timeZone, bodies }) => {
    const events: DecodedEvent[] = [];
    let recorded = START;
    const push = (type: string, data: unknown, occurredMs: number) => {
      recorded = Math.max(recorded, occurredMs) + 60_000;
      const position = BigInt(events.length + 1);
      events.push({
        type,
        data,
        eventId: `e${position}`,
        occurredAt: new Date(occurredMs).toISOString(),
        recordedAt: new Date(recorded).toISOString(),
        streamId: 's',
        revision: 0n,
        position,
        metadata: {} as DecodedEvent['metadata'],
      });
    };
    push('OrganisationRegistered', { organisationId: 'org', name: 'Acme', locale: 'es', timeZone }, START);
    DIVISIONS.forEach((unitId) => push('UnitCreated', { unitId, name: unitId, kind: 'division', parentId: null }, START));
    TEAMS.forEach((unitId, i) => push('UnitCreated', { unitId, name: unitId, kind: 'team', parentId: DIVISIONS[i % 2] }, START + i * 40 * DAY_MS));
    let version = 1;
    for (const { body: b, day, after } of bodies) {
      recorded += after;
      const occurred = Math.min(START + day * DAY_MS + 15 * 3_600_000, recorded);
      if (b.type === 'retract') {
        const targets = events.filter((e) => !['OrganisationRegistered', 'UnitCreated', 'UnitMoved', 'UnitArchived', 'MaturityModelPublished'].includes(e.type));
        if (targets.length === 0) continue;
        const target = targets[b.pick % targets.length];
        push('FactRetracted', { factId: target.eventId, factType: target.type, reason: 'x' }, occurred);
      } else if (b.type === 'MaturityModelPublished') {
        const v1 = definitionOf(DEFAULT_MODEL_V1);
        const lenient = { ...v1.processes['service-excellence'], coverage: { minPercent: 30 + version * 10, windowDays: null } };
        push(b.type, { ...v1, version: ++version, measurementWindowDays: 30 * version, processes: { ...v1.processes, 'service-excellence': lenient } }, occurred);
      } else push(b.type, b.data, occurred);
    }
    return { timeZone, events };
  });

const DATES = ['2026-01-01', '2026-02-15', '2026-04-01', '2026-06-30', '2026-09-15', '2026-12-31'];
const STRUCTURES: Structure[] = ['as-organised', 'restated'];

/** What the read model answers: every team's levels, roll-ups of every unit, a monthly trend. */
function observe(state: MaturityReadModel, options: { knownAt?: string; dates?: readonly string[]; structures?: readonly Structure[]; modelVersion?: number; teams?: readonly string[] } = {}) {
  const dates = options.dates ?? DATES;
  const out: unknown[] = [];
  for (const asOf of dates) {
    for (const teamId of options.teams ?? TEAMS) {
      if (!state.units.has(teamId)) continue;
      const evaluation = teamMaturity(state, { teamId, asOf, knownAt: options.knownAt, modelVersion: options.modelVersion }, NOW);
      out.push([asOf, teamId, evaluation.activeMembers, Object.values(evaluation.processes).map((p) => p.level)]);
    }
    for (const structure of options.structures ?? STRUCTURES) {
      for (const unitId of [null, ...DIVISIONS]) {
        try {
          const heat = maturityHeatmap(state, { unitId, asOf, knownAt: options.knownAt, structure, modelVersion: options.modelVersion }, NOW);
          out.push([asOf, structure, unitId, heat.unit, heat.rows]);
        } catch (error) {
          out.push([asOf, structure, unitId, (error as { code?: string }).code]);
        }
      }
    }
  }
  return out;
}

const trendOf = (state: MaturityReadModel, knownAt?: string) =>
  [null, ...TEAMS].map((id) =>
    id !== null && !state.units.has(id)
      ? null
      : maturityTrend(state, { ...(id === null ? { unitId: null } : { teamId: id }), from: '2026-01-01', to: '2026-12-31', resolution: 'month', knownAt }, NOW).points,
  );

const handled = (events: readonly DecodedEvent[]) => events;
/** FC_SEED and FC_PATH replay a failure a CI run printed. */
const RUNS = {
  numRuns: Number(process.env.FC_RUNS ?? 60),
  ...(process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH, endOnFailure: true }),
};

describe('the maturity read model, on random histories', () => {
  it('(a) built incrementally — queried, caches filled, then more events — equals a full rebuild', () => {
    fc.assert(
      fc.property(history, fc.nat(), ({ events }, cut) => {
        const k = cut % (events.length + 1);
        const incremental = project(events.slice(0, k));
        observe(incremental, { dates: ['2026-03-01', '2026-12-31'], structures: ['as-organised'] });
        trendOf(incremental);
        project(events.slice(k), incremental);
        const rebuilt = project(events);
        expect(observe(incremental)).toEqual(observe(rebuilt));
        expect(trendOf(incremental)).toEqual(trendOf(rebuilt));
      }),
      RUNS,
    );
  });

  it('(b) as of T, team levels and as-organised roll-ups equal a rebuild from the facts dated ≤ T and every retraction', () => {
    fc.assert(
      fc.property(history, fc.constantFrom(...DATES.slice(1)), ({ timeZone, events }, asOf) => {
        const calendar = new OrgCalendar(timeZone);
        const kept = events.filter(
          (e) => e.type === 'FactRetracted' || e.type === 'MaturityModelPublished' || e.type === 'OrganisationRegistered' || calendar.dateOf(e.occurredAt) <= asOf,
        );
        const full = project(events);
        const partial = project(kept);
        const teams = TEAMS.filter((t) => partial.units.has(t));
        expect(observe(full, { dates: [asOf], structures: ['as-organised'], teams })).toEqual(observe(partial, { dates: [asOf], structures: ['as-organised'], teams }));
        // The rebuild's today is T: its restated tree is the tree as organised at T.
        const restated = observe(partial, { dates: [asOf], structures: ['restated'], teams: [] });
        expect(observe(full, { dates: [asOf], structures: ['as-organised'], teams: [] }).map((o) => (o as unknown[]).slice(2))).toEqual(restated.map((o) => (o as unknown[]).slice(2)));
      }),
      RUNS,
    );
  });

  it('(c) known at K equals a rebuild from the events recorded by K, under the same model version', () => {
    fc.assert(
      fc.property(history, fc.nat(), fc.integer({ min: 1, max: 2 }), ({ events }, pick, modelVersion) => {
        const knownAt = events[pick % events.length].recordedAt;
        const known = project(events.filter((e) => e.recordedAt <= knownAt || e.type === 'MaturityModelPublished'));
        const full = project(events);
        if (!known.models.has(modelVersion)) return;
        const teams = TEAMS.filter((t) => known.units.has(t));
        expect(observe(full, { knownAt, modelVersion, teams })).toEqual(observe(known, { modelVersion, teams }));
        const trends = trendOf(known);
        expect(trendOf(full, knownAt).filter((_, i) => i === 0 || known.units.has(TEAMS[i - 1]))).toEqual(trends.filter((t) => t !== null));
      }),
      RUNS,
    );
  });

  it('(d) a snapshot plus catch-up equals a rebuild, whether the restore was queried or not', () => {
    fc.assert(
      fc.property(history, fc.nat(), fc.boolean(), fc.boolean(), ({ events }, cut, queriedBefore, queriedRestore) => {
        const k = cut % (events.length + 1);
        const before = project(events.slice(0, k));
        if (queriedBefore) observe(before, { dates: ['2026-06-30'], structures: ['as-organised'] });
        const restored = roundTrip(before);
        if (queriedRestore) maturityHeatmap(restored, { unitId: null, asOf: '2026-05-01' }, NOW);
        project(events.slice(k), restored);
        const rebuilt = project(handled(events));
        expect(observe(roundTrip(restored))).toEqual(observe(rebuilt));
        expect(observe(restored)).toEqual(observe(rebuilt));
        expect(trendOf(restored)).toEqual(trendOf(rebuilt));
      }),
      RUNS,
    );
  });

  it('heatmaps (cached levels, roll-up of root and children) agree with the engine’s rollUpAt evaluated directly', () => {
    fc.assert(
      fc.property(history, fc.constantFrom(...DATES), fc.constantFrom<Structure>(...STRUCTURES), fc.constantFrom(null, 'd1', 'd2'), ({ events }, asOf, structure, unitId) => {
        const state = project(events);
        const tree = unitsFor(state, unitId, structure, asOf, Number.POSITIVE_INFINITY);
        if (tree === undefined) return;
        const engine = rollUpAt(indexOf(state), DEFAULT_MODEL_V1, tree.units, asOf);
        const heat = maturityHeatmap(state, { unitId, asOf, structure, modelVersion: 1 }, NOW);
        expect({ ...heat.unit, unitId: tree.root.id }).toEqual(engine.get(tree.root.id));
        expect(heat.rows).toEqual(tree.children.map((child) => engine.get(child.id)));
      }),
      RUNS,
    );
  });

  it('trends agree with heatmaps on every point', () => {
    fc.assert(
      fc.property(history, fc.constantFrom<Structure>(...STRUCTURES), ({ events }, structure) => {
        const state = project(events);
        const trend = maturityTrend(state, { unitId: 'd1', from: '2026-01-01', to: '2026-12-31', resolution: 'quarter', structure }, NOW);
        for (const point of trend.points) {
          let unit: ReturnType<typeof maturityHeatmap>['unit'] | undefined;
          try {
            unit = maturityHeatmap(state, { unitId: 'd1', asOf: point.date, structure }, NOW).unit;
          } catch {
            unit = undefined;
          }
          const means = unit === undefined ? null : Object.fromEntries(Object.entries(unit.processes).map(([p, m]) => [p, m.mean]));
          expect([point.members, point.programIndex]).toEqual([unit?.members ?? 0, unit?.programIndex ?? null]);
          if (means !== null) expect(point.processes).toEqual(means);
        }
        expect(addDays(trend.points[0].date, 0)).toBe('2026-03-31');
      }),
      RUNS,
    );
  });
});
