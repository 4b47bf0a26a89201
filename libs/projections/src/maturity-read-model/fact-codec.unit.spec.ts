import { createScenario } from '../maturity/testing/scenario';
import { addEntry, createMaturityIndex, insertFact, internAll, type MaturityFact } from '../maturity';
import { CHUNK_SIZE } from './fact-codec';
import { decodeChunk, decodeFacts } from './fact-decode';
import { encodeFacts, encodeIndex } from './fact-log';

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
  s.cancel('01-17', 'i1');
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

describe('facts in compact form', () => {
  it('decode to exactly what was encoded, every kind of fact', () => {
    const facts = everyKind();
    expect(new Set(facts.map((f) => f.kind)).size).toBe(26);
    const decoded = [...decodeFacts(structuredClone(encodeFacts(facts)))];
    expect(normalised(decoded)).toEqual(normalised(facts));
    expect(decoded.map((f) => f.position)).toEqual(facts.map((f) => f.position));
  });

  it('span chunks, and an index restored from them takes new facts and encodes them all', () => {
    const s = createScenario();
    for (let i = 0; i < CHUNK_SIZE + 5; i++) s.lifePlan('01-01', `p${i % 7}`, { id: `id-${i}` });
    const encoded = structuredClone(encodeFacts(s.facts));
    expect(encoded.chunks.map((c) => c.count)).toEqual([CHUNK_SIZE, 5]);
    const index = createMaturityIndex();
    internAll(index, encoded.symbols);
    for (const chunk of encoded.chunks) for (const entry of decodeChunk(index.symbols, chunk)) addEntry(index, entry);
    const more = everyKind().map((f, i) => ({ ...f, id: `more-${i}` }));
    for (const fact of more) insertFact(index, fact);
    expect(normalised([...decodeFacts(encodeIndex(index))]).join('\n') === normalised([...s.facts, ...more]).join('\n')).toBe(true);
  });

  it('share one string per id: the index interns what facts name', () => {
    const index = createMaturityIndex();
    for (const fact of everyKind()) insertFact(index, fact);
    const personIds = [...index.byId.values()].flatMap((entry) => ('personId' in entry.data ? [entry.data.personId] : []));
    expect(personIds.filter((id) => id === 'p1').length).toBeGreaterThan(3);
    expect(new Set(index.symbols).size).toBe(index.symbols.length);
    for (const id of personIds) expect(index.symbols[index.codes.get(id) as number]).toBe(id);
  });

  it('refuse an event id that would break the format', () => {
    const [fact] = everyKind();
    expect(() => encodeFacts([{ ...fact, id: 'a\nb' }])).toThrow(/newline/);
  });
});
