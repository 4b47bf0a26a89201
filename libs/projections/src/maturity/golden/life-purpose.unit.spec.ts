import { evaluateTeam, levelAt } from '../engine';
import { DEFAULT_MODEL_V1 as MODEL } from '../model';
import { createScenario } from '../testing/scenario';

/**
 * P2 for team B: a back-dated life-plan conversation, a survey retracted and restored by
 * retracting the retraction, members joining and leaving, and the 365-day windows expiring.
 */
describe('P2 life purpose, team B', () => {
  const s = createScenario();
  s.team('01-05', 'B', 'bl', ['b1', 'b2', 'b3', 'b4']);
  s.roadmap('01-06', 'B', 'life-purpose');
  s.workshop('01-20', 'B', 'purpose', ['bl', 'b1', 'b2', 'b3', 'b4']);
  s.lifePlan('02-01', 'bl');
  s.lifePlan('02-01', 'b1');
  s.lifePlan('02-10', 'b2');
  s.survey('03-01', 'B', 'climate', 4.0, 5);
  s.lifePlan('02-05', 'b4', { recorded: '04-01' });
  const may = s.survey('05-15', 'B', 'climate', 4.3, 6);
  const retraction = s.retract('06-10', may.id);
  s.retract('06-20', retraction.id);
  s.survey('08-01', 'B', 'climate', 4.4, 10);
  s.enrol('09-01', 'b5', 'B');
  s.enrol('09-01', 'b6', 'B');
  s.leave('09-10', 'b3');
  const index = s.index();

  it.each([
    ['01-05', 0, 'no roadmap item'],
    ['01-06', 1, 'no purpose workshop'],
    ['01-20', 2, 'purpose workshop; no life plans'],
    ['02-04', 2, 'bl, b1: 2 of 5 = 40 %'],
    ['02-05', 3, 'b4 (back-dated): 3 of 5 = 60 %'],
    ['03-01', 4, 'climate 4.0 with 5 responses'],
    ['05-30', 4, 'the 05-15 survey is back: its retraction was retracted'],
    ['08-03', 4, '02-04 lies in 08-03 − 180 … 08-03'],
    ['08-04', 5, 'level 3 held 02-05 … 08-04; latest survey 4.4 with 10 responses'],
    ['08-31', 5, 'still'],
    ['09-01', 2, 'b5, b6 join: 4 of 7 = 57 %'],
    ['09-10', 4, 'b3 leaves: 4 of 6 = 67 %; level 3 young again'],
    ['10-29', 4, 'the 08-01 survey is in its last day'],
    ['10-30', 3, 'no survey within 90 days'],
    ['2027-01-19', 3, 'the 01-20 workshop is in its 365th day'],
    ['2027-01-20', 1, 'the purpose workshop has left the window'],
  ])('as of %s: level %i (%s)', (date, level) => {
    expect(levelAt(index, MODEL, 'B', 'life-purpose', s.date(date))).toBe(level);
  });

  it.each([
    { date: '02-07', known: 'end of 03-31', knownAt: s.endOf('03-31'), level: 2 },
    { date: '02-07', known: 'now', knownAt: undefined, level: 3 },
    { date: '06-01', known: 'end of 06-05', knownAt: s.endOf('06-05'), level: 4 },
    { date: '06-01', known: 'end of 06-15', knownAt: s.endOf('06-15'), level: 3 },
    { date: '06-01', known: 'now', knownAt: undefined, level: 4 },
  ])('as of $date known at $known: level $level', ({ date, knownAt, level }) => {
    expect(levelAt(index, MODEL, 'B', 'life-purpose', s.date(date), { knownAt })).toBe(level);
  });

  it('explains the coverage shortfall on 09-01', () => {
    const evaluation = evaluateTeam(index, MODEL, 'B', 'life-purpose', s.date('09-01'));
    expect(evaluation.activeMembers).toBe(7);
    expect(evaluation.next?.missing).toEqual([
      expect.objectContaining({
        id: 'life-plan-conversations',
        actual: { kind: 'ratio', numerator: 4, denominator: 7 },
        threshold: { kind: 'min-percent', value: 60, windowDays: 365 },
        shortfall: 1,
      }),
    ]);
  });
});
