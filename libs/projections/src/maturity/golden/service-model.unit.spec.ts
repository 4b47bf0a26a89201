import { evaluateTeam, levelAt } from '../engine';
import { DEFAULT_MODEL_V1 as MODEL } from '../model';
import { createScenario } from '../testing/scenario';

/**
 * P6 for team F: a back-dated acknowledgement, a new policy version (later retracted), KPIs
 * judged per channel and metric against the standards in force, the one recorded last winning.
 */
describe('P6 service model, team F', () => {
  const s = createScenario();
  s.team('01-05', 'F', 'fl', ['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8', 'f9']);
  s.roadmap('01-06', 'F', 'service-model');
  s.policy('01-10', 1);
  s.standard('01-10', 'phone', 'first-response-minutes', 10);
  for (const person of ['fl', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7']) s.acknowledge('01-20', person, 1);
  s.kpi('02-01', 'F', 'phone', 'first-response-minutes', 8);
  s.acknowledge('01-20', 'f8', 1, { recorded: '02-20' });
  const second = s.policy('03-01', 2);
  for (const person of ['fl', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8', 'f9']) s.acknowledge('03-10', person, 2);
  s.kpi('04-01', 'F', 'phone', 'first-response-minutes', 12);
  s.kpi('04-01', 'F', 'chat', 'first-response-minutes', 3);
  s.kpi('04-01', 'F', 'phone', 'first-response-minutes', 9);
  s.standard('04-15', 'chat', 'first-response-minutes', 5);
  s.kpi('06-01', 'F', 'phone', 'first-response-minutes', 11);
  s.kpi('06-01', 'F', 'chat', 'first-response-minutes', 4);
  s.kpi('06-01', 'F', 'phone', 'resolution-hours', 20);
  s.kpi('07-01', 'F', 'phone', 'first-response-minutes', 9);
  s.kpi('07-01', 'F', 'chat', 'first-response-minutes', 4);
  s.retract('09-01', second.id);
  s.standard('09-10', 'phone', 'first-response-minutes', 8);
  const index = s.index();
  const before = s.endOf('08-31');

  it.each([
    { date: '01-05', level: 0, knownAt: undefined, why: 'no roadmap item' },
    { date: '01-06', level: 1, knownAt: undefined, why: 'no policy, no standard' },
    { date: '01-10', level: 2, knownAt: undefined, why: 'nobody acknowledged version 1' },
    { date: '01-25', level: 2, knownAt: s.endOf('01-31'), why: '8 of 10 = 80 % (f8 not known yet)' },
    { date: '01-25', level: 3, knownAt: undefined, why: "f8's back-dated acknowledgement: 9 of 10 = 90 %" },
    { date: '02-01', level: 4, knownAt: undefined, why: 'a KPI within 90 days' },
    { date: '03-05', level: 2, knownAt: before, why: 'version 2 is current; nobody acknowledged it' },
    { date: '03-05', level: 4, knownAt: undefined, why: 'version 2 is retracted: version 1 stays current' },
    { date: '03-10', level: 4, knownAt: before, why: '10 of 10 acknowledged version 2' },
    { date: '07-18', level: 4, knownAt: undefined, why: '01-19 lies in the 181 dates' },
    {
      date: '07-19',
      level: 5,
      knownAt: undefined,
      why: 'level 3 held 01-20 … 07-19; 07-01 KPIs 2 of 2 within standard',
    },
    { date: '07-19', level: 4, knownAt: before, why: 'level 3 only since 03-10' },
    { date: '09-06', level: 5, knownAt: before, why: 'level 3 held 03-10 … 09-06' },
    { date: '09-10', level: 4, knownAt: undefined, why: 'the phone standard tightened to 8: 1 of 2 = 50 %' },
    { date: '09-28', level: 4, knownAt: undefined, why: 'the 07-01 KPIs are in their 90th day' },
    { date: '09-29', level: 3, knownAt: undefined, why: 'no KPI within 90 days' },
  ])('as of $date known at $knownAt: level $level ($why)', ({ date, level, knownAt }) => {
    expect(levelAt(index, MODEL, 'F', 'service-model', s.date(date), { knownAt })).toBe(level);
  });

  it.each([
    {
      date: '04-01',
      within: 1,
      judged: 1,
      met: true,
      why: 'phone: the 9 recorded last wins over 12; chat has no standard yet',
    },
    {
      date: '04-15',
      within: 2,
      judged: 2,
      met: true,
      why: 'the chat standard of 04-15 now judges the 04-01 chat measurement',
    },
    { date: '06-01', within: 1, judged: 2, met: false, why: 'phone 11 > 10; resolution-hours has no standard' },
    { date: '07-01', within: 2, judged: 2, met: true, why: 'phone 9, chat 4' },
  ])('judges the KPIs of $date: $within of $judged within standard ($why)', ({ date, within, judged, met }) => {
    const target = evaluateTeam(index, MODEL, 'F', 'service-model', s.date(date)).levels[4].criteria[0];
    expect(target).toMatchObject({ met, actual: { kind: 'ratio', numerator: within, denominator: judged } });
  });
});
