import { evaluateTeam, levelAt } from '../engine';
import { DEFAULT_MODEL_V1 as MODEL } from '../model';
import { createScenario } from '../testing/scenario';

/**
 * P7 for team G: reflection spaces count for coverage but not for the foundation, CSAT with too
 * few or no responses, a retracted and a back-dated CSAT, members joining and leaving, and the
 * 365-day windows expiring.
 */
describe('P7 emotional connection, team G', () => {
  const s = createScenario();
  const original = ['gl', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'g8', 'g9'];
  s.team('01-05', 'G', 'gl', original.slice(1));
  s.roadmap('01-06', 'G', 'emotional-connection');
  s.workshop('01-20', 'G', 'reflection', original);
  s.workshop('02-01', 'G', 'empathy', original.slice(0, 6));
  s.csat('02-15', 'G', 4.5, 3);
  s.csat('03-01', 'G', 4.3, 0);
  s.csat('04-01', 'G', 4.2, 20);
  const june = s.csat('06-15', 'G', 4.4, 15);
  s.retract('08-01', june.id);
  s.csat('07-01', 'G', 4.6, 8, { recorded: '08-05' });
  s.csat('09-10', 'G', 4.1, 30);
  for (const person of ['g10', 'g11', 'g12', 'g13', 'g14']) s.enrol('10-01', person, 'G');
  s.leave('10-15', 'g10');
  s.leave('10-15', 'g11');
  const index = s.index();

  it.each([
    ['01-05', 0, 'no roadmap item'],
    ['01-20', 1, 'a reflection space is not an emotional-intelligence or empathy workshop'],
    ['02-01', 3, 'empathy workshop; all 10 attended the reflection space'],
    ['02-15', 4, 'CSAT with 3 responses is a measurement, too few to judge'],
    ['03-01', 4, 'a CSAT with 0 responses is no measurement'],
    ['04-01', 4, 'CSAT 4.2 with 20 responses; level 3 is young'],
    ['06-29', 4, 'the 04-01 CSAT is in its 90th day'],
    ['06-30', 3, 'the 06-15 CSAT is retracted and the 07-01 one not yet happened'],
    ['07-01', 4, 'the back-dated CSAT'],
    ['07-31', 5, 'level 3 held 02-01 … 07-31; latest CSAT 4.6 with 8 responses'],
    ['09-10', 4, 'CSAT 4.1 < 4.2'],
    ['10-01', 2, 'five join: 10 of 15 attended = 67 %'],
    ['10-15', 4, 'two of them leave: 10 of 13 = 77 %'],
    ['12-08', 4, 'the 09-10 CSAT is in its 90th day'],
    ['12-09', 3, 'no CSAT within 90 days'],
    ['2027-01-19', 3, 'the reflection space of 01-20 is in its 365th day'],
    ['2027-01-20', 2, 'only the 6 empathy attendees remain: 6 of 13'],
  ])('as of %s: level %i (%s)', (date, level) => {
    expect(levelAt(index, MODEL, 'G', 'emotional-connection', s.date(date))).toBe(level);
  });

  it.each([
    { known: 'end of 07-31', knownAt: s.endOf('07-31'), level: 5, why: 'the 06-15 CSAT' },
    { known: 'end of 08-02', knownAt: s.endOf('08-02'), level: 3, why: '06-15 retracted; 07-01 not known' },
    { known: 'now', knownAt: undefined, level: 5, why: 'the back-dated 07-01 CSAT' },
  ])('as of 07-31 known at $known: level $level ($why)', ({ knownAt, level }) => {
    expect(levelAt(index, MODEL, 'G', 'emotional-connection', s.date('07-31'), { knownAt })).toBe(level);
  });

  describe('confidentiality: 02-15, CSAT 4.5 from 3 responses', () => {
    it.each(['executive', 'team-lead', undefined] as const)('withholds the score from %s', (role) => {
      const evaluation = evaluateTeam(index, MODEL, 'G', 'emotional-connection', s.date('02-15'), { role });
      expect(evaluation.level).toBe(4);
      expect(evaluation.levels[4].criteria[0]).toMatchObject({
        met: false,
        note: 'not-enough-responses',
        actual: { kind: 'withheld', reason: 'not-enough-responses', responses: 3, date: '2026-02-15' },
      });
      expect(JSON.stringify(evaluation)).not.toContain('4.5');
    });

    it('judges the latest result with responses: on 03-01 the 0-response CSAT is skipped', () => {
      const target = evaluateTeam(index, MODEL, 'G', 'emotional-connection', s.date('03-01'), { role: 'hr' }).levels[4]
        .criteria[0];
      expect(target.actual).toEqual({ kind: 'score', value: 4.5, responses: 3, date: '2026-02-15' });
    });

    it.each(['hr', 'admin'] as const)('shows it to %s, still not enough to judge', (role) => {
      const evaluation = evaluateTeam(index, MODEL, 'G', 'emotional-connection', s.date('02-15'), { role });
      expect(evaluation.level).toBe(4);
      expect(evaluation.levels[4].criteria[0]).toMatchObject({
        met: false,
        note: 'not-enough-responses',
        actual: { kind: 'score', value: 4.5, responses: 3 },
      });
    });
  });
});
