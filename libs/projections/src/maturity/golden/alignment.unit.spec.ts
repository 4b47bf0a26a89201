import { evaluateTeam, levelAt } from '../engine';
import { DEFAULT_MODEL_V1 as MODEL } from '../model';
import { createScenario } from '../testing/scenario';

/**
 * P3 for team C: a member without a job profile, the latest assessment per member counting,
 * a retracted assessment, a member moving out and one leaving, a back-dated survey, and
 * assessments leaving their 365-day window.
 */
describe('P3 alignment, team C', () => {
  const s = createScenario();
  s.team('01-05', 'C', 'cl', ['c1', 'c2', 'c3']);
  s.enrol('01-05', 'c4', 'C', 'member', null);
  s.roadmap('01-06', 'C', 'alignment');
  s.changeProfile('02-01', 'c4', 'agent');
  s.assess('02-10', 'cl', 'aligned');
  s.assess('02-10', 'c1', 'aligned');
  s.assess('02-10', 'c2', 'aligned');
  s.assess('02-10', 'c3', 'partial');
  s.assess('02-20', 'c4', 'aligned');
  s.survey('03-01', 'C', 'internal-service', 4.6, 12);
  s.assess('05-01', 'c3', 'misaligned');
  const partial = s.assess('05-10', 'c1', 'partial');
  s.assess('05-20', 'c1', 'aligned');
  s.survey('05-25', 'C', 'internal-service', 4.2, 8);
  s.move('06-01', 'c2', 'D');
  s.leave('06-05', 'c3');
  s.retract('07-01', partial.id);
  s.survey('08-15', 'C', 'internal-service', 4.0, 5);
  s.survey('11-01', 'C', 'internal-service', 4.1, 7, { recorded: '12-10' });
  const index = s.index();

  it.each([
    ['01-05', 0, 'no roadmap item'],
    ['01-06', 1, 'c4 has no job profile'],
    ['02-01', 2, 'every member has a profile; nobody assessed'],
    ['02-10', 2, '4 of 5 assessed = 80 % < 90 %'],
    ['02-20', 3, '5 of 5 assessed; 4 of 5 latest aligned = 80 %'],
    ['03-01', 4, 'internal-service survey'],
    ['05-01', 4, "c3's latest is now misaligned: still 4 of 5 aligned"],
    ['05-10', 4, "c1's partial assessment is retracted: c1's latest is aligned"],
    ['06-01', 2, 'c2 moved out: 3 of 4 latest aligned = 75 %'],
    ['06-04', 2, 'still'],
    ['06-05', 4, 'c3 left: 3 of 3 aligned; the 05-25 survey is within 90 days'],
    ['12-01', 4, '06-04 lies in 12-01 − 180 … 12-01'],
    ['12-02', 5, 'level 3 held 06-05 … 12-02; latest survey 4.1 with 7 responses'],
    ['2027-01-29', 5, 'the 11-01 survey is in its last day'],
    ['2027-01-30', 3, 'no survey within 90 days'],
    ['2027-02-09', 3, "cl's assessment of 02-10 is in its 365th day"],
    ['2027-02-10', 2, 'cl is no longer assessed: 2 of 3 = 67 %'],
  ])('as of %s: level %i (%s)', (date, level) => {
    expect(levelAt(index, MODEL, 'C', 'alignment', s.date(date))).toBe(level);
  });

  it.each([
    { date: '05-15', known: 'end of 06-30', knownAt: s.endOf('06-30'), level: 2 },
    { date: '05-15', known: 'now', knownAt: undefined, level: 4 },
    { date: '12-02', known: 'end of 12-05', knownAt: s.endOf('12-05'), level: 3 },
    { date: '12-02', known: 'now', knownAt: undefined, level: 5 },
  ])('as of $date known at $known: level $level', ({ date, knownAt, level }) => {
    expect(levelAt(index, MODEL, 'C', 'alignment', s.date(date), { knownAt })).toBe(level);
  });

  it('explains both parts of the coverage on 06-01', () => {
    const coverage = evaluateTeam(index, MODEL, 'C', 'alignment', s.date('06-01')).levels[2].criteria;
    expect(coverage.map((c) => [c.id, c.met, c.actual])).toEqual([
      ['members-assessed', true, { kind: 'ratio', numerator: 4, denominator: 4 }],
      ['latest-assessments-aligned', false, { kind: 'ratio', numerator: 3, denominator: 4 }],
    ]);
  });
});
