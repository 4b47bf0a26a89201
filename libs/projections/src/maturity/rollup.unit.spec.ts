import { DEFAULT_MODEL_V1 as MODEL } from './model';
import { PROCESS_IDS, type Level, type ProcessId } from './processes';
import { rollUp, rollUpAt, type UnitNode } from './rollup';
import { roundHalfUpToTenth, teamProgramIndex } from './rounding';
import { createScenario } from './testing/scenario';

const levels = (...values: Level[]) =>
  Object.fromEntries(PROCESS_IDS.map((p, i) => [p, values[i]])) as Record<ProcessId, Level>;
const means = (rollup: ReturnType<typeof rollUp>, unitId: string) =>
  PROCESS_IDS.map((p) => rollup.get(unitId)?.processes[p].mean);

describe('rounding half up to one decimal', () => {
  it.each([
    [18, 8, 2.3],
    [10, 8, 1.3],
    [5, 8, 0.6],
    [13, 20, 0.7],
    [0, 5, 0],
    [20, 7, 2.9],
  ])('%i / %i → %d', (numerator, denominator, expected) => {
    expect(roundHalfUpToTenth(numerator, denominator)).toBe(expected);
  });

  it('gives a team its program index Σ levels × 20 / 7', () => {
    expect(teamProgramIndex(levels(1, 0, 0, 0, 0, 0, 0))).toBe(2.9);
    expect(teamProgramIndex(levels(3, 2, 0, 4, 1, 0, 5))).toBe(42.9);
    expect(teamProgramIndex(levels(5, 5, 5, 5, 5, 5, 5))).toBe(100);
  });
});

describe('roll-up over a unit tree', () => {
  const units: UnitNode[] = [
    { id: 'org', parentId: null, kind: 'division' },
    { id: 'A', parentId: 'org', kind: 'division' },
    { id: 'B', parentId: 'org', kind: 'division' },
    { id: 'C', parentId: 'org', kind: 'division' },
    { id: 't1', parentId: 'A', kind: 'team' },
    { id: 't2', parentId: 'A', kind: 'team' },
    { id: 't3', parentId: 'B', kind: 'team' },
    { id: 't4', parentId: 'B', kind: 'team' },
  ];
  const rollup = rollUp(units, [
    { teamId: 't1', activeMembers: 3, levels: levels(1, 0, 0, 0, 0, 0, 0) },
    { teamId: 't2', activeMembers: 5, levels: levels(3, 2, 0, 4, 1, 0, 5) },
    { teamId: 't3', activeMembers: 2, levels: levels(0, 0, 5, 5, 5, 5, 5) },
    { teamId: 't4', activeMembers: 0, levels: levels(5, 5, 5, 5, 5, 5, 5) },
  ]);

  it('weights by active members and rounds the exact fraction once', () => {
    // A: (1·3 + 3·5) / 8 = 2.25 → 2.3; 10 / 8 = 1.25 → 1.3; 20 / 8 = 2.5; 5 / 8 = 0.625 → 0.6; 25 / 8 → 3.1
    expect(means(rollup, 'A')).toEqual([2.3, 1.3, 0, 2.5, 0.6, 0, 3.1]);
    expect(rollup.get('A')).toMatchObject({ members: 8, teams: 2, programIndex: 27.9 }); // 20 · 78 / 56
  });

  it('gives teams of weight 0 no say, and units of weight 0 no level', () => {
    expect(means(rollup, 'B')).toEqual([0, 0, 5, 5, 5, 5, 5]);
    expect(rollup.get('B')).toMatchObject({ members: 2, teams: 2, programIndex: 71.4 });
    expect(rollup.get('t4')).toMatchObject({ members: 0, programIndex: null });
    expect(means(rollup, 't4')).toEqual([null, null, null, null, null, null, null]);
    expect(rollup.get('C')).toMatchObject({ members: 0, teams: 0, programIndex: null });
  });

  it('rolls the organisation up from integer sums, not from rounded division means', () => {
    expect(means(rollup, 'org')).toEqual([1.8, 1, 1, 3, 1.5, 1, 3.5]);
    expect(rollup.get('org')?.processes['true-north']).toEqual({ weightedSum: 18, members: 10, mean: 1.8 });
    expect(rollup.get('org')?.programIndex).toBe(36.6); // 20 · 128 / 70 = 36.57…
  });

  it('gives a team unit its own level', () => {
    expect(means(rollup, 't2')).toEqual([3, 2, 0, 4, 1, 0, 5]);
    expect(rollup.get('t2')?.programIndex).toBe(42.9);
  });
});

describe('roll-up from the index as of a date', () => {
  const s = createScenario();
  s.team('01-05', 'Y', 'ly', ['y1', 'y2', 'y3', 'y4', 'y5']);
  s.team('01-02', 'Z', 'lz', ['z1', 'z2', 'z3']);
  s.roadmap('01-03', 'Y', 'true-north');
  s.roadmap('01-03', 'Z', 'true-north');
  s.leave('02-01', 'z3');
  const units: UnitNode[] = [
    { id: 'div', parentId: null, kind: 'division' },
    { id: 'Y', parentId: 'div', kind: 'team' },
    { id: 'Z', parentId: 'div', kind: 'team' },
  ];

  it.each([
    ['01-04', 4, 1, 2.9],
    ['02-01', 9, 1, 2.9],
  ])('as of %s: %i members, true north %d', (date, members, mean, programIndex) => {
    const division = rollUpAt(s.index(), MODEL, units, s.date(date)).get('div');
    expect(division).toMatchObject({ members, programIndex });
    expect(division?.processes['true-north'].mean).toBe(mean);
  });
});
