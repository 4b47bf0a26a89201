import { levelAt } from '../engine';
import { DEFAULT_MODEL_V1 as MODEL } from '../model';
import { createScenario } from '../testing/scenario';

/**
 * P4 for team D: coaching windows overlapping and expiring, a member leaving, a back-dated
 * enrolment, a retracted coaching session and a cancelled roadmap item.
 */
describe('P4 leadership, team D', () => {
  const s = createScenario();
  s.team('01-05', 'D', 'dl', ['d1', 'd2', 'd3']);
  s.roadmap('01-06', 'D', 'leadership', 'd-item');
  s.workshop('01-15', 'D', 'teaching-learning', ['dl', 'd1', 'd2', 'd3']);
  s.coaching('02-01', 'D', ['dl', 'd1', 'd2']);
  s.survey('02-15', 'D', 'internal-service', 4.5, 9);
  s.leave('03-01', 'd3');
  s.coaching('04-20', 'D', ['d1', 'd2']);
  s.coaching('05-01', 'D', ['dl']);
  s.survey('05-01', 'D', 'internal-service', 4.3, 9);
  const july = s.coaching('07-15', 'D', ['dl', 'd1', 'd2']);
  s.survey('07-25', 'D', 'internal-service', 4.2, 6);
  s.enrol('06-01', 'd4', 'D', 'member', 'profile', { recorded: '08-15' });
  s.retract('08-20', july.id);
  s.cancel('12-01', 'D', 'd-item');
  const index = s.index();

  it.each([
    ['01-05', 0, 'no roadmap item'],
    ['01-06', 1, 'no teaching–learning workshop'],
    ['01-15', 2, 'nobody coached'],
    ['02-01', 3, '3 of 4 coached = 75 %'],
    ['02-15', 4, 'survey within 90 days'],
    ['03-01', 4, 'd3 left: 3 of 3'],
    ['05-01', 4, 'the 02-01 coaching is in its 90th day'],
    ['05-02', 4, 'd1, d2 from 04-20 and dl from 05-01'],
    ['06-01', 4, 'd4 (back-dated) joins: 3 of 4 = 75 %'],
    ['07-18', 4, 'the 04-20 coaching is in its 90th day; level 3 since 02-01 is not yet 181 dates old'],
    ['07-19', 2, 'the 07-15 coaching is retracted: only dl = 25 %'],
    ['07-30', 2, 'nobody coached within 90 days'],
    ['11-30', 2, 'the teaching–learning workshop is within 365 days'],
    ['12-01', 0, 'the only roadmap item is cancelled'],
  ])('as of %s: level %i (%s)', (date, level) => {
    expect(levelAt(index, MODEL, 'D', 'leadership', s.date(date))).toBe(level);
  });

  it.each([
    { date: '07-30', known: 'end of 08-14', knownAt: s.endOf('08-14'), level: 4, why: '01-31 lies in the 181 dates' },
    {
      date: '07-31',
      known: 'end of 08-14',
      knownAt: s.endOf('08-14'),
      level: 5,
      why: '3 of 3 coached on 07-15; level 3 held 02-01 … 07-31',
    },
    { date: '07-31', known: 'end of 08-16', knownAt: s.endOf('08-16'), level: 5, why: 'd4 known: 3 of 4 = 75 %' },
    { date: '07-31', known: 'now', knownAt: undefined, level: 2, why: 'the 07-15 coaching is retracted' },
  ])('as of $date known at $known: level $level ($why)', ({ date, knownAt, level }) => {
    expect(levelAt(index, MODEL, 'D', 'leadership', s.date(date), { knownAt })).toBe(level);
  });
});
