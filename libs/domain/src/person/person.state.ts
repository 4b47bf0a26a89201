import type { Envelope } from '../shared/decider';
import { emptyLedger, foldLedger, record, type Ledger } from '../shared/ledger';
import type { PersonEvent } from './person.events';

/**
 * Every fact of the person with its retraction status. Stints, profile and the like are derived in
 * decide (person.timeline.ts): with back-dating and retractions, the order of arrival is not the
 * order of business time, so nothing is folded eagerly that a later retraction could invalidate.
 */
export interface PersonState {
  readonly ledger: Ledger<PersonEvent>;
}

export const initialPersonState = (): PersonState => ({ ledger: emptyLedger() });

/** Total: every event is recorded; a FactRetracted also flips what it retracts. */
export const evolvePerson = (state: PersonState, event: Envelope<PersonEvent>): PersonState => ({
  ledger: record(state.ledger, event),
});

export const foldPerson = (events: readonly Envelope<PersonEvent>[]): PersonState => ({ ledger: foldLedger(events) });
