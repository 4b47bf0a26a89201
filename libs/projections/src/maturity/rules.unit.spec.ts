import { activeMemberCount, evaluateTeam, levelAt } from './engine';
import { addFact } from './index/add-fact';
import { createMaturityIndex, factCount } from './index/maturity-index';
import { DEFAULT_MODEL_V1 as MODEL, type MaturityModel } from './model';
import { createScenario } from './testing/scenario';

describe('precise rules', () => {
  describe('active members', () => {
    const s = createScenario();
    s.enrol('03-01', 'p', 'T');
    s.enrol('03-01', 'q', 'T');
    s.leave('03-10', 'q');
    s.move('03-10', 'p', 'U');
    s.enrol('03-10', 'r', 'T');
    s.leave('03-10', 'r');
    const index = s.index();

    it.each([
      ['02-28', 'T', 0],
      ['03-01', 'T', 2],
      ['03-09', 'T', 2],
      ['03-10', 'T', 0],
      ['03-10', 'U', 1],
    ])(
      'as of %s team %s has %i active members (joining counts on its date, leaving or moving out does not)',
      (date, team, count) => {
        expect(activeMemberCount(index, team, s.date(date))).toBe(count);
      },
    );
  });

  it('counts a course from the date it is defined', () => {
    const s = createScenario();
    s.team('01-01', 'T', 'lead', []);
    s.roadmap('01-01', 'T', 'service-excellence');
    s.training('01-10', 'lead', 'm1');
    s.course('02-01', 'm1', 'service-excellence', 'management');
    const index = s.index();
    expect(levelAt(index, MODEL, 'T', 'service-excellence', s.date('01-31'))).toBe(1);
    expect(levelAt(index, MODEL, 'T', 'service-excellence', s.date('02-01'))).toBe(2);
  });

  it('does not meet a criterion over a population of zero', () => {
    const s = createScenario();
    s.roadmap('01-01', 'T', 'alignment');
    s.roadmap('01-01', 'T', 'service-excellence');
    const index = s.index();
    expect(evaluateTeam(index, MODEL, 'T', 'alignment', s.date('01-02')).next?.missing).toEqual([
      expect.objectContaining({
        id: 'job-profiles',
        note: 'no-population',
        actual: { kind: 'ratio', numerator: 0, denominator: 0 },
      }),
    ]);
    expect(evaluateTeam(index, MODEL, 'T', 'service-excellence', s.date('01-02')).next?.missing).toEqual([
      expect.objectContaining({ id: 'team-leads-trained', note: 'no-team-lead' }),
    ]);
  });

  it('keeps a roadmap item once another, cancelled, is gone', () => {
    const s = createScenario();
    s.roadmap('01-01', 'T', 'leadership', 'one');
    s.roadmap('01-02', 'T', 'leadership', 'two');
    s.cancel('01-03', 'T', 'one');
    const cancelTwo = s.cancel('01-04', 'T', 'two');
    s.retract('01-05', cancelTwo.id);
    const index = s.index();
    expect(evaluateTeam(index, MODEL, 'T', 'leadership', s.date('01-03')).levels[0].criteria[0]).toMatchObject({
      met: true,
      factIds: ['f2'],
    });
    expect(levelAt(index, MODEL, 'T', 'leadership', s.date('01-04'), { knownAt: s.endOf('01-04') })).toBe(0);
    expect(levelAt(index, MODEL, 'T', 'leadership', s.date('01-04'))).toBe(1);
  });

  it('cancels only the team’s own item when two teams use the same item id', () => {
    const s = createScenario();
    s.roadmap('01-01', 'T', 'leadership', 'same');
    s.roadmap('01-01', 'U', 'leadership', 'same');
    s.cancel('01-02', 'T', 'same');
    const index = s.index();
    expect(levelAt(index, MODEL, 'T', 'leadership', s.date('01-02'))).toBe(0);
    expect(levelAt(index, MODEL, 'U', 'leadership', s.date('01-02'))).toBe(1);
  });

  it('judges the latest survey on its date by the one recorded last', () => {
    const s = createScenario();
    s.team('01-01', 'T', 'l', ['a']);
    s.roadmap('01-01', 'T', 'leadership');
    s.workshop('01-01', 'T', 'teaching-learning', []);
    s.coaching('01-01', 'T', ['l', 'a']);
    s.survey('03-01', 'T', 'internal-service', 4.5, 9);
    s.survey('03-01', 'T', 'internal-service', 3.0, 9);
    const target = evaluateTeam(s.index(), MODEL, 'T', 'leadership', s.date('03-01')).levels[4].criteria[0];
    expect(target).toMatchObject({ met: false, actual: { value: 3.0 }, factIds: ['f7'] });
  });
});

describe('the index', () => {
  it('accepts a retraction before the fact it names, and ignores a fact added twice', () => {
    const s = createScenario();
    s.enrol('01-01', 'p', 'T');
    const enrolment = s.enrol('01-01', 'q', 'T');
    const retraction = s.retract('01-02', enrolment.id);
    const index = createMaturityIndex();
    for (const fact of [retraction, ...s.facts, enrolment]) addFact(index, fact);
    expect(activeMemberCount(index, 'T', s.date('01-03'))).toBe(1);
    expect(factCount(index)).toBe(3);
  });

  it('rejects malformed dates', () => {
    const s = createScenario();
    const bad = { ...s.enrol('01-01', 'p', 'T'), date: '2026-02-30' };
    expect(() => addFact(createMaturityIndex(), bad)).toThrow(TypeError);
  });
});

describe('the model is data', () => {
  const s = createScenario();
  s.team('01-01', 'X', 'lead', ['a', 'b', 'c']);
  s.roadmap('01-02', 'X', 'leadership');
  s.workshop('01-10', 'X', 'teaching-learning', []);
  s.coaching('01-20', 'X', ['a', 'b', 'c']);
  s.survey('03-01', 'X', 'internal-service', 4.4, 4);
  const index = s.index();
  const v2: MaturityModel = {
    ...MODEL,
    version: 2,
    confidentialityMinimum: 3,
    sustainedDays: 30,
    processes: {
      ...MODEL.processes,
      leadership: { ...MODEL.processes.leadership, coverage: { minPercent: 70, windowDays: 60 } },
    },
  };

  it.each([
    ['01-20', 3, 3],
    ['03-01', 4, 5],
    ['03-21', 4, 2],
    ['04-10', 4, 2],
  ])('as of %s: v1 gives %i, v2 gives %i', (date, one, two) => {
    expect(levelAt(index, MODEL, 'X', 'leadership', s.date(date))).toBe(one);
    expect(levelAt(index, v2, 'X', 'leadership', s.date(date))).toBe(two);
  });

  it('reports the model version it evaluated with', () => {
    expect(evaluateTeam(index, v2, 'X', 'leadership', s.date('03-01')).modelVersion).toBe(2);
  });
});
