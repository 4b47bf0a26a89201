import { evaluateTeam, levelAt } from './engine';
import { DEFAULT_MODEL_V1 } from './model';
import { createScenario } from './testing/scenario';

/** The worked examples of MATURITY-EXAMPLES.md, as given there. */
describe('worked examples (MATURITY-EXAMPLES.md)', () => {
  describe('1. team X, P4 leadership: windows, an instrument lapsing, the 180-day rule', () => {
    const s = createScenario();
    s.team('01-01', 'X', 'lead', ['a', 'b', 'c']);
    s.roadmap('01-02', 'X', 'leadership');
    s.workshop('01-10', 'X', 'teaching-learning', ['lead', 'a', 'b', 'c']);
    s.coaching('01-20', 'X', ['a', 'b', 'c']);
    s.survey('03-01', 'X', 'internal-service', 4.4, 4);
    s.coaching('04-15', 'X', ['a', 'b', 'lead']);
    s.survey('06-01', 'X', 'internal-service', 4.1, 6);
    s.coaching('07-10', 'X', ['lead', 'a', 'b', 'c']);
    s.survey('09-01', 'X', 'internal-service', 4.3, 6);
    s.coaching('10-01', 'X', ['lead', 'a', 'b', 'c']);
    const index = s.index();

    it.each([
      ['01-09', 1],
      ['01-10', 2],
      ['01-20', 3],
      ['03-01', 4],
      ['04-20', 4],
      ['05-29', 4],
      ['05-30', 3],
      ['06-01', 4],
      ['07-18', 4],
      ['07-19', 5],
      ['08-29', 5],
      ['08-30', 3],
      ['09-01', 5],
    ])('as of %s P4 is level %i', (date, level) => {
      const evaluation = evaluateTeam(index, DEFAULT_MODEL_V1, 'X', 'leadership', s.date(date));
      expect(evaluation.level).toBe(level);
      expect(levelAt(index, DEFAULT_MODEL_V1, 'X', 'leadership', s.date(date))).toBe(level);
    });

    it('explains 01-20: 3 of 4 active members coached within 90 days', () => {
      const coverage = evaluateTeam(index, DEFAULT_MODEL_V1, 'X', 'leadership', s.date('01-20')).levels[2];
      expect(coverage.criteria[0]).toMatchObject({
        id: 'members-coached',
        met: true,
        actual: { kind: 'ratio', numerator: 3, denominator: 4 },
        threshold: { kind: 'min-percent', value: 75, windowDays: 90 },
      });
    });

    it('explains 03-01: 4 responses are below the minimum, and level 3 is young', () => {
      const evaluation = evaluateTeam(index, DEFAULT_MODEL_V1, 'X', 'leadership', s.date('03-01'));
      expect(evaluation.next?.missing).toEqual([
        expect.objectContaining({ id: 'instrument-target', met: false, note: 'not-enough-responses' }),
        expect.objectContaining({
          id: 'level-3-sustained',
          met: false,
          actual: { kind: 'days', value: 41, since: '2026-01-20' },
          earliest: '2026-07-19',
        }),
      ]);
    });

    it('explains 07-18: level 3 held on 180 of the 181 dates', () => {
      const sustained = evaluateTeam(index, DEFAULT_MODEL_V1, 'X', 'leadership', s.date('07-18')).levels[4].criteria[1];
      expect(sustained).toMatchObject({
        met: false,
        actual: { kind: 'days', value: 180, since: '2026-01-20' },
        threshold: { value: 181 },
      });
    });
  });

  describe('2. team Y, P5 service excellence: a back-dated fact and a retraction', () => {
    const s = createScenario();
    s.course('01-01', 'mgmt', 'service-excellence', 'management');
    s.course('01-01', 'front', 'service-excellence', 'front-line');
    s.team('01-02', 'Y', 'ly', ['y1', 'y2', 'y3', 'y4', 'y5']);
    s.roadmap('01-03', 'Y', 'service-excellence');
    s.training('01-10', 'ly', 'mgmt');
    s.training('02-01', 'y1', 'front');
    s.training('02-01', 'y2', 'front');
    const y3 = s.training('02-01', 'y3', 'front');
    s.training('02-15', 'y4', 'front', { recorded: '03-10' });
    s.retract('04-01', y3.id);
    const index = s.index();

    it.each([
      { view: 'known at the end of 03-01', knownAt: s.endOf('03-01'), level: 2, trained: 3 },
      { view: 'known at the end of 03-20', knownAt: s.endOf('03-20'), level: 3, trained: 4 },
      { view: 'known now', knownAt: undefined, level: 2, trained: 3 },
    ])('as of 02-28, $view: P5 is level $level ($trained of 5 front-line trained)', ({ knownAt, level, trained }) => {
      const evaluation = evaluateTeam(index, DEFAULT_MODEL_V1, 'Y', 'service-excellence', s.date('02-28'), { knownAt });
      expect(evaluation.level).toBe(level);
      expect(evaluation.levels[2].criteria[0].actual).toEqual({ kind: 'ratio', numerator: trained, denominator: 5 });
    });
  });

  describe('3. teams Y and Z, P1 true north: person facts travel with the person', () => {
    const s = createScenario();
    s.team('01-02', 'Y', 'ly', ['y1', 'y2', 'y3', 'y4', 'y5']);
    s.team('01-02', 'Z', 'lz', ['z1', 'z2', 'z3']);
    s.roadmap('01-03', 'Y', 'true-north');
    s.roadmap('01-03', 'Z', 'true-north');
    s.trueNorth('01-05');
    s.workshop('01-20', 'Y', 'true-north-cascade', ['ly', 'y1', 'y2', 'y3', 'y4', 'y5']);
    s.workshop('02-05', 'Z', 'true-north-cascade', ['lz', 'z1', 'z2']);
    s.move('03-01', 'y5', 'Z');
    s.enrol('03-15', 'z4', 'Z');
    const index = s.index();

    it.each([
      ['02-28', 3, 2, [3, 4]],
      ['03-01', 3, 3, [4, 5]],
      ['03-15', 3, 2, [4, 6]],
    ])('as of %s: Y P1 is %i, Z P1 is %i', (date, y, z, [attended, members]) => {
      expect(levelAt(index, DEFAULT_MODEL_V1, 'Y', 'true-north', s.date(date))).toBe(y);
      const zed = evaluateTeam(index, DEFAULT_MODEL_V1, 'Z', 'true-north', s.date(date));
      expect(zed.level).toBe(z);
      expect(zed.levels[2].criteria[0].actual).toEqual({ kind: 'ratio', numerator: attended, denominator: members });
    });
  });
});
