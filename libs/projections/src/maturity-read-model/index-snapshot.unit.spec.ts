import { createScenario } from '../maturity/testing/scenario';
import { deserialize, serialize } from 'node:v8';
import {
  createMaturityIndex,
  evaluateAllProcesses,
  factAt,
  factCount,
  idOf,
  indexFromSnapshot,
  indexToSnapshot,
  insertFact,
  rowOfId,
  DEFAULT_MODEL_V1,
  type MaturityFact,
  type MaturityIndex,
} from '../maturity';

/** One fact of every kind, with nulls, lists, decimals and a retraction of a retraction. */
function everyKind(): MaturityFact[] {
  const s = createScenario();
  s.trueNorth('01-05');
  s.retireValue('02-01', 'v3');
  s.policy('01-06', 2);
  s.standard('01-06', 'phone', 'answer-seconds', 12.5);
  s.course('01-06', 'c1', 'service-excellence', 'front-line');
  s.enrol('01-07', 'p1', 't1', 'lead', null);
  s.enrol('01-07', 'p2', 't1', 'member', 'jp');
  s.move('02-01', 'p2', 't2', null);
  s.move('02-02', 'p1', 't2', 'member');
  s.changeRole('02-03', 'p1', 'lead');
  s.changeProfile('02-04', 'p1', null);
  s.changeProfile('02-04', 'p2', 'jp2');
  s.leave('05-01', 'p2');
  s.workshop('01-10', 't1', 'reflection', ['p1', 'p2']);
  s.coaching('01-11', 't1', []);
  s.lifePlan('01-12', 'p1');
  s.assess('01-13', 'p1', 'partial');
  s.training('01-14', 'p1', 'c1', { recorded: '2026-03-10T15:04:05.678Z' });
  s.acknowledge('01-15', 'p1', 2);
  s.roadmap('01-16', 't1', 'leadership', 'i1');
  s.cancel('01-17', 't1', 'i1');
  s.survey('01-18', 't1', 'climate', 4.37, 4);
  s.mysteryShop('01-19', 't1', { reliability: 4.5, accessibility: 3, timeliness: 2.25, proactivity: 5, warmth: 1, advice: 3.75 });
  s.kpi('01-20', 't1', 'phone', 'answer-seconds', 9.75);
  s.csat('01-21', 't1', 4.2, 0);
  const retraction = s.retract('03-01', 'f5');
  s.retract('03-02', retraction.id, { recorded: '1999-12-31T23:59:59.999Z' });
  return s.facts;
}

/** recordedAt comes back as the same instant, written as toISOString does. */
const normalised = (facts: readonly MaturityFact[]) =>
  facts.map((f) => {
    const data = Object.fromEntries(Object.entries(f.data).sort(([a], [b]) => a.localeCompare(b)));
    return JSON.stringify([f.id, String(f.position), f.date, new Date(f.recordedAt).toISOString(), f.kind, data]);
  });

const factsOf = (index: MaturityIndex) => Array.from({ length: factCount(index) }, (_, row) => factAt(index, row));
const indexOfFacts = (facts: readonly MaturityFact[]) => {
  const index = createMaturityIndex();
  for (const fact of facts) insertFact(index, fact);
  return index;
};
const restored = (index: MaturityIndex) => indexFromSnapshot(deserialize(serialize(indexToSnapshot(index))));

describe('the index as columns', () => {
  it('gives back every kind of fact exactly as it was added, after a snapshot through v8.serialize', () => {
    const facts = everyKind();
    expect(new Set(facts.map((f) => f.kind)).size).toBe(26);
    const index = indexOfFacts(facts);
    expect(normalised(factsOf(index))).toEqual(normalised(facts));
    expect(normalised(factsOf(restored(index)))).toEqual(normalised(facts));
    expect(factsOf(restored(index)).map((f) => f.position)).toEqual(facts.map((f) => f.position));
  });

  it('keeps UUIDs in 16 bytes and any other id as it is, both found by id', () => {
    const s = createScenario();
    const ids = ['0b6f1c3e-9a4d-4e2f-8c1b-7d5e3f2a1b0c', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '0B6F1C3E-9A4D-4E2F-8C1B-7D5E3F2A1B0C', 'e1', ''];
    for (const id of ids) s.lifePlan('01-01', 'p', { id });
    const index = restored(indexOfFacts(s.facts));
    expect(ids.map((id) => rowOfId(index.facts, id))).toEqual([0, 1, 2, 3, 4]);
    expect(ids.map((_, row) => idOf(index, row))).toEqual(ids);
    expect(index.facts.oddIds.size).toBe(3);
    expect(rowOfId(index.facts, '0b6f1c3e-9a4d-4e2f-8c1b-7d5e3f2a1b0d')).toBe(-1);
  });

  it('grows past its initial capacity, and a restored index takes new facts (deduplicated) and answers the same', () => {
    const s = createScenario();
    for (let i = 0; i < 5000; i++) s.lifePlan('01-01', `p${i % 7}`, { id: `id-${i}` });
    const index = indexOfFacts(s.facts);
    const again = restored(index);
    const more = everyKind().map((f, i) => ({ ...f, id: `more-${i}` }));
    for (const fact of [...more, ...s.facts.slice(0, 10)]) {
      insertFact(index, fact);
      insertFact(again, fact);
    }
    expect(factCount(again)).toBe(5000 + more.length);
    expect(normalised(factsOf(again)).join('\n') === normalised([...s.facts, ...more]).join('\n')).toBe(true);
    for (const team of ['t1', 't2'])
      expect(evaluateAllProcesses(again, DEFAULT_MODEL_V1, team, '2026-02-10')).toEqual(
        evaluateAllProcesses(index, DEFAULT_MODEL_V1, team, '2026-02-10'),
      );
  });

  it('share one string per id: the index interns what facts name', () => {
    const index = indexOfFacts(everyKind());
    expect(new Set(index.symbols).size).toBe(index.symbols.length);
    expect(index.symbols.filter((symbol) => symbol === 'p1')).toHaveLength(1);
  });
});
