import { evaluateTeam, levelAt } from '../engine';
import { DEFAULT_MODEL_V1 as MODEL } from '../model';
import { createScenario } from '../testing/scenario';

/**
 * P1 for team A: the organisation's true north comes and goes (a core value retired), a cascade
 * attended in another team counts, a member leaves, two back-dated enrolments arrive and one of
 * them is retracted. Levels worked out by hand from PRODUCT.md §4.
 */
describe('P1 true north, team A', () => {
  const s = createScenario();
  s.team('01-05', 'A', 'al', ['a1', 'a2', 'a3', 'a4']);
  s.roadmap('01-10', 'A', 'true-north');
  s.trueNorth('01-12');
  s.workshop('01-15', 'A', 'true-north-cascade', ['al', 'a1', 'a2']);
  s.workshop('02-01', 'B', 'true-north-cascade', ['a3']);
  s.survey('02-10', 'A', 'climate', 4.2, 7);
  s.retireValue('03-01', 'v3');
  s.coreValue('03-05', 'v4');
  s.survey('05-01', 'A', 'climate', 4.5, 8);
  s.leave('06-15', 'a4');
  s.survey('07-20', 'A', 'climate', 4.1, 6);
  s.enrol('08-10', 'a5', 'A', 'member', 'profile', { recorded: '09-15' });
  const a6 = s.enrol('08-10', 'a6', 'A', 'member', 'profile', { recorded: '09-15' });
  s.workshop('09-20', 'A', 'true-north-cascade', ['a5', 'a6']);
  s.survey('10-01', 'A', 'climate', 3.9, 9);
  s.retract('11-01', a6.id);
  const index = s.index();

  it.each([
    ['01-09', 0, 'no roadmap item yet'],
    ['01-10', 1, 'roadmap item; no mission yet'],
    ['01-12', 1, 'true north set, but no cascade for the team'],
    ['01-15', 2, 'cascade held; 3 of 5 attended = 60 %'],
    ['02-01', 3, 'a3 attended a cascade held for team B: 4 of 5 = 80 %'],
    ['02-10', 4, 'climate survey within 90 days; level 3 is young'],
    ['03-01', 1, 'v3 retired: 2 active core values'],
    ['03-04', 1, 'still 2 core values'],
    ['03-05', 4, 'v4 defined; the 02-10 survey is within 90 days'],
    ['08-31', 4, '03-04 (no level 3) is inside 08-31 − 180 … 08-31'],
    ['09-01', 5, 'level 3 held 03-05 … 09-01; latest survey 4.1 with 6 responses'],
    ['09-30', 5, 'a5 joined 08-10 without a cascade: 4 of 5 = 80 % still'],
    ['10-01', 4, 'latest survey 3.9 < 4.0'],
    ['12-29', 4, 'the 10-01 survey is still within 90 days'],
    ['12-30', 3, 'no measurement within 90 days'],
  ])('as of %s: level %i (%s)', (date, level) => {
    expect(evaluateTeam(index, MODEL, 'A', 'true-north', s.date(date)).level).toBe(level);
  });

  it.each([
    {
      known: 'the end of 09-10',
      knownAt: s.endOf('09-10'),
      level: 5,
      why: 'the back-dated enrolments of a5 and a6 are not known yet',
    },
    {
      known: 'the end of 10-20',
      knownAt: s.endOf('10-20'),
      level: 2,
      why: 'a5 and a6 are known, without a cascade: 4 of 6 = 67 %',
    },
    { known: 'now', knownAt: undefined, level: 5, why: 'the enrolment of a6 is retracted: 4 of 5 = 80 %' },
  ])('as of 09-01 known at $known: level $level ($why)', ({ knownAt, level }) => {
    expect(levelAt(index, MODEL, 'A', 'true-north', s.date('09-01'), { knownAt })).toBe(level);
  });

  it('explains the missing core value on 03-01', () => {
    const evaluation = evaluateTeam(index, MODEL, 'A', 'true-north', s.date('03-01'));
    expect(evaluation.next).toEqual({
      level: 2,
      missing: [
        {
          id: 'core-values',
          level: 2,
          met: false,
          actual: { kind: 'count', value: 2 },
          threshold: { kind: 'min-count', value: 3 },
          factIds: ['f10', 'f11'],
        },
      ],
    });
  });

  it('names the facts behind the foundation', () => {
    const foundation = evaluateTeam(index, MODEL, 'A', 'true-north', s.date('02-01')).levels[1];
    expect(foundation.criteria.map((c) => [c.id, c.met, c.factIds])).toEqual([
      ['mission', true, ['f7']],
      ['vision', true, ['f8']],
      ['guiding-principles', true, ['f9']],
      ['core-values', true, ['f10', 'f11', 'f12']],
      ['team-workshop', true, ['f13']],
    ]);
  });
});
