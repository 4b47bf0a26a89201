import { DEFAULT_MODEL_V1 as MODEL } from './model';
import { createScenario } from './testing/scenario';
import { levelOn, levelTimeline } from './timeline';
import { teamTrend, trendDates } from './trend';

describe('trend dates: the last date of each period, or the range end', () => {
  it.each([
    ['day', '2026-01-30', '2026-02-02', ['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']],
    ['week', '2026-01-01', '2026-01-20', ['2026-01-04', '2026-01-11', '2026-01-18', '2026-01-20']],
    ['month', '2026-01-15', '2026-04-10', ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-10']],
    ['month', '2028-02-01', '2028-03-31', ['2028-02-29', '2028-03-31']],
    ['quarter', '2026-02-10', '2026-12-31', ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']],
    ['quarter', '2026-11-10', '2027-01-05', ['2026-12-31', '2027-01-05']],
    ['week', '2026-02-01', '2026-01-31', []],
  ] as const)('%s from %s to %s', (resolution, from, to, expected) => {
    expect(trendDates(from, to, resolution)).toEqual(expected);
  });
});

describe('team trend (worked example 1, team X, P4)', () => {
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

  it('reads one level per month', () => {
    expect(teamTrend(index, MODEL, 'X', 'leadership', '2026-01-01', '2026-09-10', 'month')).toEqual([
      { date: '2026-01-31', level: 3 },
      { date: '2026-02-28', level: 3 },
      { date: '2026-03-31', level: 4 },
      { date: '2026-04-30', level: 4 },
      { date: '2026-05-31', level: 3 },
      { date: '2026-06-30', level: 4 },
      { date: '2026-07-31', level: 5 },
      { date: '2026-08-31', level: 3 },
      { date: '2026-09-10', level: 5 },
    ]);
  });

  it('reads ISO weeks around the day level 5 is reached', () => {
    expect(teamTrend(index, MODEL, 'X', 'leadership', '2026-07-06', '2026-07-22', 'week').map((p) => p.level)).toEqual([
      4, 5, 5,
    ]);
  });

  it('keeps the level timeline as the dates where the level changes', () => {
    const timeline = levelTimeline(index, MODEL, 'X', 'leadership', '2026-01-01', '2026-12-31');
    expect(timeline).toEqual([
      { date: '2026-01-01', level: 0 },
      { date: '2026-01-02', level: 1 },
      { date: '2026-01-10', level: 2 },
      { date: '2026-01-20', level: 3 },
      { date: '2026-03-01', level: 4 },
      { date: '2026-05-30', level: 3 },
      { date: '2026-06-01', level: 4 },
      { date: '2026-07-19', level: 5 },
      { date: '2026-08-30', level: 3 },
      { date: '2026-09-01', level: 5 },
      { date: '2026-11-30', level: 3 },
      { date: '2026-12-30', level: 2 },
    ]);
    expect(levelOn(timeline, '2026-07-18')).toBe(4);
    expect(levelOn(timeline, '2025-12-31')).toBe(0);
  });
});
