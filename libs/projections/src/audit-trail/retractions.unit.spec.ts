import { deserialize, serialize } from 'node:v8';
import { uuidOf } from './log.fixtures.spec';
import { counts, emptyRetractions, isRetraction, recordRetraction, rootFact, type Flip, type Retractions } from './retractions';

const clone = (r: Retractions): Retractions => deserialize(serialize(r)) as Retractions;

describe('retractions', () => {
  const [f, r1, r2, r3, r4] = ['f', 'r1', 'r2', 'r3', 'r4'].map(uuidOf);

  it('flips the fact at the end of a chain of UUID retractions, and finds its root', () => {
    const r = emptyRetractions();
    expect(recordRetraction(r, r1, f)).toEqual([{ factId: f, counts: false }]);
    expect(recordRetraction(r, r2, r1)).toEqual([{ factId: f, counts: true }]);
    expect(recordRetraction(r, r3, r2)).toEqual([{ factId: f, counts: false }]);
    expect([f, r1, r2, r3].map((id) => counts(r, id))).toEqual([false, true, false, true]);
    expect([f, r1, r2, r3, 'unknown'].map((id) => isRetraction(r, id))).toEqual([false, true, true, true, false]);
    expect([rootFact(r, r3), rootFact(r, f), rootFact(r, 'unknown')]).toEqual([f, f, 'unknown']);
  });

  it('takes a fact out while any of its retractions counts, whatever the order they come in', () => {
    const r = emptyRetractions();
    // r2 retracts r1 before r1 itself is recorded against the fact.
    expect(recordRetraction(r, r2, r1)).toEqual([{ factId: r1, counts: false }]);
    expect(recordRetraction(r, r1, f)).toEqual([{ factId: f, counts: false }]);
    expect(recordRetraction(r, r3, r2)).toEqual([]);
    expect(counts(r, f)).toBe(false);
    expect(recordRetraction(r, r4, r1)).toEqual([{ factId: f, counts: true }]);
    expect(counts(r, f)).toBe(true);
  });

  it('counts a retraction recorded twice once', () => {
    const r = emptyRetractions();
    recordRetraction(r, r1, f);
    expect(recordRetraction(r, r1, f)).toEqual([]);
    expect(recordRetraction(r, r2, r1)).toEqual([{ factId: f, counts: true }]);
  });

  it('answers the same through a structured clone, and after more retractions', () => {
    const ids = Array.from({ length: 3_000 }, (_, i) => (i % 50 === 0 ? `e${i}` : uuidOf(`event-${i}`)));
    const record = (r: Retractions, from: number, to: number) => {
      const flips: Flip[] = [];
      // Each event from the 100th on retracts one of the ten before it: chains, and facts retracted more than once.
      for (let i = Math.max(from, 100); i < to; i++) flips.push(...recordRetraction(r, ids[i], ids[i - 1 - (i % 10)]));
      return flips;
    };
    const answers = (r: Retractions) => ids.map((id) => [counts(r, id), isRetraction(r, id), rootFact(r, id)]);
    const whole = emptyRetractions();
    const flips = record(whole, 0, ids.length);
    for (const split of [0, 150, 1_000, 2_999, 3_000]) {
      const first = emptyRetractions();
      const early = record(first, 0, split);
      const restored = clone(first);
      expect(answers(restored)).toEqual(answers(first));
      expect([...early, ...record(restored, split, ids.length)]).toEqual(flips);
      expect(answers(restored)).toEqual(answers(whole));
      expect(restored).toEqual(whole);
    }
  });
});
