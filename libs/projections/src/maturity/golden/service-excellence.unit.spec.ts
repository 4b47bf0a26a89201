import { evaluateTeam, levelAt } from '../engine';
import { DEFAULT_MODEL_V1 as MODEL } from '../model';
import { createScenario } from '../testing/scenario';

/**
 * P5 for team E: a course of the wrong process, a member promoted to lead, mystery shops
 * averaged on their latest date, a retracted completion and a lead leaving.
 */
describe('P5 service excellence, team E', () => {
  const s = createScenario();
  s.course('01-01', 'm1', 'service-excellence', 'management');
  s.course('01-01', 'f1', 'service-excellence', 'front-line');
  s.course('01-01', 'x1', 'leadership', 'management');
  s.team('01-05', 'E', 'el', ['e1', 'e2', 'e3', 'e4', 'e5']);
  s.roadmap('01-06', 'E', 'service-excellence');
  s.training('01-10', 'el', 'x1');
  const elManagement = s.training('01-20', 'el', 'm1');
  for (const person of ['e1', 'e2', 'e3', 'e4']) s.training('02-01', person, 'f1');
  s.mysteryShop('02-15', 'E', 4);
  s.changeRole('03-01', 'e2', 'lead');
  const e2Management = s.training('03-10', 'e2', 'm1');
  s.training('03-20', 'e5', 'f1');
  const shops = [s.mysteryShop('04-01', 'E', 4.5), s.mysteryShop('04-01', 'E', 3.3)];
  s.mysteryShop('05-01', 'E', {
    reliability: 5,
    accessibility: 4,
    timeliness: 4,
    proactivity: 3,
    warmth: 5,
    advice: 4,
  });
  s.mysteryShop('07-20', 'E', 4);
  s.enrol('08-01', 'e6', 'E');
  s.retract('09-20', e2Management.id);
  s.leave('10-01', 'e2');
  const index = s.index();
  const before = s.endOf('09-17');

  it.each([
    { date: '01-05', level: 0, knownAt: undefined, why: 'no roadmap item' },
    { date: '01-10', level: 1, knownAt: undefined, why: 'x1 is a leadership course' },
    { date: '01-20', level: 2, knownAt: undefined, why: 'the lead completed m1; no front-line training' },
    { date: '02-01', level: 3, knownAt: undefined, why: '4 of 5 front-line = 80 %' },
    { date: '02-15', level: 4, knownAt: undefined, why: 'a mystery shop within 90 days' },
    { date: '03-01', level: 1, knownAt: undefined, why: 'e2 became a lead without a management course' },
    { date: '03-10', level: 2, knownAt: before, why: 'e2 completed m1; front-line e1, e3, e4 of 4 = 75 %' },
    { date: '03-10', level: 1, knownAt: undefined, why: "e2's completion is retracted" },
    { date: '03-20', level: 4, knownAt: before, why: 'e5 trained: 4 of 4' },
    { date: '04-01', level: 4, knownAt: before, why: 'two shops on 04-01: mean of means 3.9 < 4.0' },
    { date: '09-15', level: 4, knownAt: before, why: '03-19 lies in the 181 dates' },
    { date: '09-16', level: 5, knownAt: before, why: 'level 3 held 03-20 … 09-16; latest shop 4.0' },
    { date: '09-16', level: 1, knownAt: undefined, why: 'e2, a lead, has no management course' },
    { date: '10-01', level: 4, knownAt: undefined, why: 'e2 left; el trained; 4 of 5 front-line; shop of 07-20' },
  ])('as of $date known at $knownAt: level $level ($why)', ({ date, level, knownAt }) => {
    expect(levelAt(index, MODEL, 'E', 'service-excellence', s.date(date), { knownAt })).toBe(level);
  });

  it('averages the mystery shops of the latest date', () => {
    const target = evaluateTeam(index, MODEL, 'E', 'service-excellence', s.date('04-01'), { knownAt: before }).levels[4]
      .criteria[0];
    expect(target).toMatchObject({
      id: 'instrument-target',
      met: false,
      actual: { kind: 'score', date: '2026-04-01' },
    });
    expect(target.actual.kind === 'score' && target.actual.value).toBeCloseTo(3.9, 9);
    expect(target.factIds).toEqual(shops.map((shop) => shop.id));
  });

  it('takes the six behaviours of a shop: 25 / 6 ≥ 4.0', () => {
    const target = evaluateTeam(index, MODEL, 'E', 'service-excellence', s.date('05-01'), { knownAt: before }).levels[4]
      .criteria[0];
    expect(target.met).toBe(true);
    expect(target.actual.kind === 'score' && target.actual.value).toBeCloseTo(25 / 6, 9);
  });

  it('explains a lead without a management course', () => {
    const evaluation = evaluateTeam(index, MODEL, 'E', 'service-excellence', s.date('03-01'));
    expect(evaluation.next?.missing).toEqual([
      {
        id: 'team-leads-trained',
        level: 2,
        met: false,
        actual: { kind: 'ratio', numerator: 1, denominator: 2 },
        threshold: { kind: 'min-percent', value: 100, windowDays: null },
        factIds: [elManagement.id],
        shortfall: 1,
      },
    ]);
  });
});
