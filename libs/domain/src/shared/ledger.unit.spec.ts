import { stamp } from '@norte/testing';
import type { DomainEvent, Envelope } from './decider';
import { effectiveFacts, emptyLedger, record, type Ledger } from './ledger';

type E = DomainEvent<'Noted', { readonly n: number }> | DomainEvent<'FactRetracted', { readonly factId: string; readonly factType: string; readonly reason: string }>;
const noted = (id: string, day: string): Envelope<E> => stamp({ type: 'Noted', data: { n: 1 } }, `2026-01-${day}T00:00:00.000Z`, id);
const retraction = (id: string, factId: string): Envelope<E> => stamp({ type: 'FactRetracted', data: { factId, factType: 'x', reason: 'r' } }, '2026-02-01T00:00:00.000Z', id);
const ledgerOf = (...events: Envelope<E>[]): Ledger<E> => events.reduce(record, emptyLedger<E>());
const counted = (ledger: Ledger<E>) => effectiveFacts(ledger).filter((f) => f.event.type === 'Noted').map((f) => f.eventId);

describe('the fact ledger', () => {
  it('lists facts in business-time order, ties in stream order', () => expect(counted(ledgerOf(noted('b', '05'), noted('a', '01'), noted('c', '05')))).toEqual(['a', 'b', 'c']));
  it('drops a retracted fact', () => expect(counted(ledgerOf(noted('a', '01'), retraction('r1', 'a')))).toEqual([]));
  it('restores it when the retraction is retracted, and drops it again one level further', () => {
    expect(counted(ledgerOf(noted('a', '01'), retraction('r1', 'a'), retraction('r2', 'r1')))).toEqual(['a']);
    expect(counted(ledgerOf(noted('a', '01'), retraction('r1', 'a'), retraction('r2', 'r1'), retraction('r3', 'r2')))).toEqual([]);
  });
  it('keeps a fact retracted while any of its retractions still counts', () => {
    const twice = [noted('a', '01'), retraction('r1', 'a'), retraction('r2', 'r1'), retraction('r3', 'a')];
    expect(counted(ledgerOf(...twice))).toEqual([]);
    expect(counted(ledgerOf(...twice, retraction('r4', 'r3')))).toEqual(['a']);
  });
  it('ignores a retraction of an unknown fact (evolve never throws)', () => expect(counted(ledgerOf(noted('a', '01'), retraction('r1', 'zz')))).toEqual(['a']));
});
