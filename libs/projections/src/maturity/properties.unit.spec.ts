import fc from 'fast-check';
import { activeMemberCount, contextFor, evaluateAllProcesses, evaluateTeam, levelAt, levelsAt } from './engine';
import { deserialize, serialize } from 'node:v8';
import { cachedActiveMembers, cachedLevelsAt, createLevelCache, invalidateLevels, packTimelines, teamComplete, type PackedTimelines } from './level-cache';
import { measuredCriterion, targetCriterion } from './criteria/instruments';
import { contextAt } from './criteria/context';
import { addDays } from './dates';
import type { MaturityFact } from './facts';
import { addFact, buildMaturityIndex } from './index/add-fact';
import { createMaturityIndex } from './index/maturity-index';
import { levelUpTo3 } from './levels';
import { DEFAULT_MODEL_V1 as MODEL } from './model';
import { PROCESS_IDS, type ProcessId } from './processes';
import { levelOn, levelTimeline } from './timeline';

/** Small random organisations: two teams, six people, every kind of fact over ~14 months. */
const BASE = '2026-01-01';
const TEAMS = ['t1', 't2'] as const;
const PEOPLE = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'] as const;
const team = fc.constantFrom(...TEAMS);
const person = fc.constantFrom(...PEOPLE);
const people = fc.subarray([...PEOPLE], { minLength: 1 });
const processId = fc.constantFrom(...PROCESS_IDS);

type Body = { kind: MaturityFact['kind']; data: unknown; pick?: number };
const body: fc.Arbitrary<Body> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc
      .record({
        personId: person,
        teamId: team,
        role: fc.constantFrom('lead', 'member'),
        profileId: fc.constantFrom('pr', null),
      })
      .map((data) => ({ kind: 'person-enrolled' as const, data })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ personId: person, teamId: team, role: fc.constantFrom('lead', 'member', null) })
      .map((data) => ({ kind: 'person-moved-team' as const, data })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ personId: person, role: fc.constantFrom('lead', 'member') })
      .map((data) => ({ kind: 'team-role-changed' as const, data })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ personId: person, profileId: fc.constantFrom('pr', 'pr2', null) })
      .map((data) => ({ kind: 'job-profile-changed' as const, data })),
  },
  { weight: 1, arbitrary: fc.record({ personId: person }).map((data) => ({ kind: 'person-left' as const, data })) },
  {
    weight: 1,
    arbitrary: fc
      .record({ itemId: fc.constantFrom('i1', 'i2', 'i3', 'i4'), teamId: team, process: processId })
      .map((data) => ({ kind: 'roadmap-item-planned' as const, data })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ itemId: fc.constantFrom('i1', 'i2', 'i3', 'i4'), teamId: team })
      .map((data) => ({ kind: 'roadmap-item-cancelled' as const, data })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'mission-set' as const, data: {} }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'vision-set' as const, data: {} }) },
  {
    weight: 1,
    arbitrary: fc
      .record({ principleId: fc.constantFrom('g1', 'g2') })
      .map((data) => ({ kind: 'guiding-principle-defined' as const, data })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ valueId: fc.constantFrom('v1', 'v2', 'v3', 'v4') })
      .map((data) => ({ kind: 'core-value-defined' as const, data })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ valueId: fc.constantFrom('v1', 'v2', 'v3', 'v4') })
      .map((data) => ({ kind: 'core-value-retired' as const, data })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ version: fc.constantFrom(1, 2) })
      .map((data) => ({ kind: 'service-policy-published' as const, data })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        channel: fc.constantFrom('phone', 'chat'),
        metric: fc.constant('first-response-minutes'),
        target: fc.constantFrom(5, 10),
      })
      .map((data) => ({ kind: 'service-standard-set' as const, data })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        courseId: fc.constantFrom('c1', 'c2'),
        process: fc.constantFrom('service-excellence', 'leadership'),
        audience: fc.constantFrom('management', 'front-line'),
      })
      .map((data) => ({ kind: 'course-defined' as const, data })),
  },
  {
    weight: 6,
    arbitrary: fc
      .record({
        teamId: team,
        workshopKind: fc.constantFrom(
          'true-north-cascade',
          'purpose',
          'teaching-learning',
          'emotional-intelligence',
          'empathy',
          'reflection',
        ),
        attendeeIds: people,
      })
      .map((data) => ({ kind: 'workshop-held' as const, data })),
  },
  {
    weight: 10,
    arbitrary: fc
      .record({ teamId: team, coacheeIds: people })
      .map((data) => ({ kind: 'coaching-session-held' as const, data })),
  },
  {
    weight: 5,
    arbitrary: fc.record({ personId: person }).map((data) => ({ kind: 'life-plan-conversation-held' as const, data })),
  },
  {
    weight: 5,
    arbitrary: fc
      .record({ personId: person, result: fc.constantFrom('aligned', 'partial', 'misaligned') })
      .map((data) => ({ kind: 'alignment-assessed' as const, data })),
  },
  {
    weight: 5,
    arbitrary: fc
      .record({ personId: person, courseId: fc.constantFrom('c1', 'c2') })
      .map((data) => ({ kind: 'training-completed' as const, data })),
  },
  {
    weight: 5,
    arbitrary: fc
      .record({ personId: person, version: fc.constantFrom(1, 2) })
      .map((data) => ({ kind: 'policy-acknowledged' as const, data })),
  },
  {
    weight: 6,
    arbitrary: fc
      .record({
        teamId: team,
        survey: fc.constantFrom('climate', 'internal-service'),
        score: fc.constantFrom(3.5, 4, 4.5, 4.5),
        responses: fc.constantFrom(0, 3, 5, 8, 8),
      })
      .map((data) => ({ kind: 'survey-result-recorded' as const, data })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ teamId: team, score: fc.constantFrom(4, 4.2, 4.6), responses: fc.constantFrom(0, 4, 6, 6) })
      .map((data) => ({ kind: 'csat-recorded' as const, data })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({ teamId: team, s: fc.constantFrom(3, 4, 5) })
      .map(({ teamId, s }) => ({
        kind: 'mystery-shop-recorded' as const,
        data: {
          teamId,
          scores: { reliability: s, accessibility: s, timeliness: 4, proactivity: 4, warmth: s, advice: 4 },
        },
      })),
  },
  {
    weight: 3,
    arbitrary: fc
      .record({
        teamId: team,
        channel: fc.constantFrom('phone', 'phone', 'chat'),
        metric: fc.constant('first-response-minutes'),
        value: fc.constantFrom(3, 8, 12),
      })
      .map((data) => ({ kind: 'kpi-measured' as const, data })),
  },
  { weight: 3, arbitrary: fc.noBias(fc.nat()).map((pick) => ({ kind: 'fact-retracted' as const, data: {}, pick })) },
);

type Raw = { day: number; lag: number; body: Body };
const raw = (body: Body, day: number, lag = 0): Raw => ({ day, lag, body });
const early = fc.noBias(fc.integer({ min: 0, max: 40 }));

/** A plausible start, each part present most of the time: people, true north, service model, courses, roadmap. */
const baseArb: fc.Arbitrary<Raw[]> = fc
  .record({
    enrolled: fc.array(early, { minLength: 6, maxLength: 6 }),
    org: fc.array(early, { minLength: 9, maxLength: 9 }),
    roadmap: fc.array(fc.option(early, { freq: 12 }), { minLength: 14, maxLength: 14 }),
  })
  .map(({ enrolled, org, roadmap }) => [
    ...PEOPLE.map((personId, i) =>
      raw(
        {
          kind: 'person-enrolled',
          data: { personId, teamId: i < 3 ? 't1' : 't2', role: i % 3 === 0 ? 'lead' : 'member', profileId: 'pr' },
        },
        enrolled[i],
      ),
    ),
    raw({ kind: 'mission-set', data: {} }, org[0]),
    raw({ kind: 'vision-set', data: {} }, org[1]),
    raw({ kind: 'guiding-principle-defined', data: { principleId: 'g1' } }, org[2]),
    ...['v1', 'v2', 'v3'].map((valueId, i) => raw({ kind: 'core-value-defined', data: { valueId } }, org[3 + i])),
    raw({ kind: 'service-policy-published', data: { version: 1 } }, org[6]),
    raw(
      { kind: 'service-standard-set', data: { channel: 'phone', metric: 'first-response-minutes', target: 10 } },
      org[7],
    ),
    raw(
      { kind: 'course-defined', data: { courseId: 'c1', process: 'service-excellence', audience: 'management' } },
      org[8],
    ),
    raw(
      { kind: 'course-defined', data: { courseId: 'c2', process: 'service-excellence', audience: 'front-line' } },
      org[8],
    ),
    ...roadmap.flatMap((day, i) =>
      day === null
        ? []
        : [
            raw(
              {
                kind: 'roadmap-item-planned',
                data: { itemId: `r${i}`, teamId: TEAMS[i % 2], process: PROCESS_IDS[i >> 1] },
              },
              day,
            ),
          ],
    ),
  ]);

/** A team running the program on a cadence, so that levels 3–5 are reached (and lost) often. */
const programmeArb: fc.Arbitrary<Raw[]> = fc
  .record({
    teamIndex: fc.constantFrom(0, 1),
    coaching: fc.noBias(fc.integer({ min: 20, max: 100 })),
    workshops: fc.noBias(fc.integer({ min: 60, max: 380 })),
    surveys: fc.noBias(fc.integer({ min: 30, max: 110 })),
    start: early,
  })
  .map(({ teamIndex, coaching, workshops, surveys, start }) => {
    const teamId = TEAMS[teamIndex];
    const members = PEOPLE.slice(teamIndex * 3, teamIndex * 3 + 3);
    const out: Raw[] = [];
    const every = (cadence: number, make: (day: number) => Body[]) => {
      for (let day = start; day <= 420; day += cadence) for (const b of make(day)) out.push(raw(b, day));
    };
    every(coaching, () => [{ kind: 'coaching-session-held', data: { teamId, coacheeIds: members } }]);
    every(workshops, () =>
      (['true-north-cascade', 'purpose', 'teaching-learning', 'emotional-intelligence'] as const).map(
        (workshopKind) => ({
          kind: 'workshop-held' as const,
          data: { teamId, workshopKind, attendeeIds: members },
        }),
      ),
    );
    every(workshops, () =>
      members.flatMap((personId) => [
        { kind: 'life-plan-conversation-held' as const, data: { personId } },
        { kind: 'alignment-assessed' as const, data: { personId, result: 'aligned' } },
        { kind: 'training-completed' as const, data: { personId, courseId: personId === members[0] ? 'c1' : 'c2' } },
        { kind: 'policy-acknowledged' as const, data: { personId, version: 1 } },
      ]),
    );
    every(surveys, () => [
      { kind: 'survey-result-recorded', data: { teamId, survey: 'climate', score: 4.5, responses: 6 } },
      { kind: 'survey-result-recorded', data: { teamId, survey: 'internal-service', score: 4.5, responses: 6 } },
      { kind: 'csat-recorded', data: { teamId, score: 4.6, responses: 6 } },
      {
        kind: 'mystery-shop-recorded',
        data: {
          teamId,
          scores: { reliability: 5, accessibility: 4, timeliness: 4, proactivity: 4, warmth: 5, advice: 4 },
        },
      },
      { kind: 'kpi-measured', data: { teamId, channel: 'phone', metric: 'first-response-minutes', value: 3 } },
    ]);
    return out;
  });

/** Facts in log order: recorded no earlier than they happened, retractions after their target. */
const factsArb: fc.Arbitrary<MaturityFact[]> = fc
  .tuple(
    fc.option(baseArb, { freq: 20, nil: [] as Raw[] }),
    fc.array(programmeArb, { maxLength: 2 }),
    fc.array(
      fc.record({
        day: fc.noBias(fc.integer({ min: 0, max: 420 })),
        lag: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 })),
        body,
      }),
      { maxLength: 200, size: 'max' },
    ),
  )
  .map(([base, programmes, activity]) => {
    const ordered = [...base, ...programmes.flat(), ...activity].sort((a, b) => a.day + a.lag - (b.day + b.lag));
    const facts: MaturityFact[] = [];
    ordered.forEach(({ day, lag, body: b }, i) => {
      let data = b.data;
      if (b.kind === 'fact-retracted') {
        if (facts.length === 0) return;
        data = { retractedFactId: facts[(b.pick ?? 0) % facts.length].id };
      }
      const recordedDay = addDays(BASE, day + lag);
      facts.push({
        kind: b.kind,
        data,
        id: `e${i}`,
        position: BigInt(i + 1),
        date: addDays(BASE, day),
        recordedAt: `${recordedDay}T08:00:00Z`,
      } as MaturityFact);
    });
    return facts;
  });

const asOf = fc.noBias(fc.integer({ min: 0, max: 460 })).map((d) => addDays(BASE, d));
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 150) };

describe('maturity engine properties', () => {
  it('levels are cumulative: level N means every criterion of levels 1…N holds, and N+1 does not', () => {
    fc.assert(
      fc.property(factsArb, team, processId, asOf, (facts, teamId, p, date) => {
        const index = buildMaturityIndex(facts);
        const evaluation = evaluateTeam(index, MODEL, teamId, p, date, { role: 'admin' });
        for (const level of evaluation.levels.slice(0, evaluation.level)) {
          expect(level.criteria.every((c) => c.met)).toBe(true);
        }
        if (evaluation.level < 5) expect(evaluation.levels[evaluation.level].met).toBe(false);
        expect(levelAt(index, MODEL, teamId, p, date)).toBe(evaluation.level);
      }),
      RUNS,
    );
  });

  it('known at K equals an index built only from the facts recorded by K', () => {
    fc.assert(
      fc.property(factsArb, team, asOf, fc.integer({ min: 0, max: 500 }), (facts, teamId, date, k) => {
        const knownAt = `${addDays(BASE, k)}T23:59:59.999Z`;
        const known = buildMaturityIndex(facts.filter((f) => f.recordedAt <= knownAt));
        const viaOption = evaluateAllProcesses(buildMaturityIndex(facts), MODEL, teamId, date, { knownAt });
        const viaSubset = evaluateAllProcesses(known, MODEL, teamId, date);
        for (const p of PROCESS_IDS)
          expect({ ...viaOption.processes[p], knownAt: null }).toEqual(viaSubset.processes[p]);
      }),
      RUNS,
    );
  });

  it('adding facts one by one, in any order, equals building from the sorted list', () => {
    fc.assert(
      fc.property(
        factsArb.chain((facts) =>
          fc.tuple(fc.constant(facts), fc.shuffledSubarray(facts, { minLength: facts.length })),
        ),
        team,
        asOf,
        ([facts, shuffled], teamId, date) => {
          const incremental = createMaturityIndex();
          for (const fact of shuffled) addFact(incremental, fact);
          expect(evaluateAllProcesses(incremental, MODEL, teamId, date)).toEqual(
            evaluateAllProcesses(buildMaturityIndex(facts), MODEL, teamId, date),
          );
        },
      ),
      RUNS,
    );
  });

  it('level 5 through the day-set sweep equals checking levels 1–3 on each of the 181 dates', () => {
    fc.assert(
      fc.property(factsArb, team, processId, asOf, (facts, teamId, p, date) => {
        const index = buildMaturityIndex(facts);
        expect(levelAt(index, MODEL, teamId, p, date)).toBe(naiveLevel(index, teamId, p, date));
      }),
      RUNS,
    );
  });

  it('the level timeline equals evaluating on every date of the range', () => {
    fc.assert(
      fc.property(
        factsArb,
        team,
        processId,
        asOf,
        fc.integer({ min: 0, max: 60 }),
        (facts, teamId, p, from, length) => {
          const index = buildMaturityIndex(facts);
          const to = addDays(from, length);
          const timeline = levelTimeline(index, MODEL, teamId, p, from, to);
          for (let d = 0; d <= length; d++) {
            const date = addDays(from, d);
            expect([date, levelOn(timeline, date)]).toEqual([date, levelAt(index, MODEL, teamId, p, date)]);
          }
        },
      ),
      RUNS,
    );
  });

  it('a level cache, invalidated fact by fact, equals evaluating directly', () => {
    fc.assert(
      fc.property(factsArb, fc.array(asOf, { minLength: 1, maxLength: 4 }), (facts, dates) => {
        const index = createMaturityIndex();
        const cache = createLevelCache(MODEL, BASE, addDays(BASE, 440));
        facts.forEach((fact, i) => {
          addFact(index, fact);
          invalidateLevels(cache, index, fact);
          if (i % 4 === 0) {
            for (const teamId of TEAMS) {
              cachedLevelsAt(cache, index, teamId, dates[i % dates.length]);
              cachedActiveMembers(cache, index, teamId, dates[i % dates.length]);
            }
          }
        });
        for (const teamId of TEAMS) {
          for (const date of dates) {
            expect(cachedLevelsAt(cache, index, teamId, date)).toEqual(levelsAt(index, MODEL, teamId, date));
            expect(cachedActiveMembers(cache, index, teamId, date)).toBe(activeMemberCount(index, teamId, date));
          }
        }
      }),
      RUNS,
    );
  });

  it('a level cache packed and restored at any point (as snapshots do) still equals direct evaluation', () => {
    fc.assert(
      fc.property(factsArb, fc.array(asOf, { minLength: 1, maxLength: 4 }), fc.nat(), (facts, dates, seed) => {
        const index = createMaturityIndex();
        let cache = createLevelCache(MODEL, BASE, addDays(BASE, 440));
        const restore = () => {
          const packed = deserialize(serialize(packTimelines(cache))) as PackedTimelines;
          cache = createLevelCache(MODEL, BASE, addDays(BASE, 440));
          cache.packed = packed;
        };
        facts.forEach((fact, i) => {
          addFact(index, fact);
          invalidateLevels(cache, index, fact);
          // Fill some teams (sometimes one process only), then pack and restore now and then.
          if ((i + seed) % 3 === 0) cachedLevelsAt(cache, index, TEAMS[(i + seed) % 2], dates[i % dates.length]);
          if ((i + seed) % 4 === 0) for (const teamId of TEAMS) cachedActiveMembers(cache, index, teamId, dates[i % dates.length]);
          if ((i + seed) % 5 === 0) restore();
        });
        restore();
        for (const teamId of TEAMS) {
          for (const date of dates) {
            expect(cachedLevelsAt(cache, index, teamId, date)).toEqual(levelsAt(index, MODEL, teamId, date));
            expect(cachedActiveMembers(cache, index, teamId, date)).toBe(activeMemberCount(index, teamId, date));
          }
          // Reading a date inside the cache's span computes whatever is missing.
          cachedLevelsAt(cache, index, teamId, BASE);
          cachedActiveMembers(cache, index, teamId, BASE);
          expect(teamComplete(cache, teamId)).toBe(true);
        }
        restore();
        expect(TEAMS.map((teamId) => teamComplete(cache, teamId))).toEqual([true, true]);
      }),
      RUNS,
    );
  });
});

/** The rules read literally: level 5 needs levels 1–3 on every date T − 180 … T, one by one. */
function naiveLevel(index: ReturnType<typeof buildMaturityIndex>, teamId: string, p: ProcessId, date: string): number {
  const ctx = contextFor(index, MODEL, teamId, date, {}, false);
  const upTo3 = levelUpTo3(ctx, p);
  if (upTo3 < 3) return upTo3;
  const spec = MODEL.processes[p].instrument;
  if (!measuredCriterion(ctx, spec).met) return 3;
  if (!targetCriterion(ctx, spec).met) return 4;
  for (let d = ctx.day - MODEL.sustainedDays; d < ctx.day; d++) if (levelUpTo3(contextAt(ctx, d), p) < 3) return 4;
  return 5;
}
