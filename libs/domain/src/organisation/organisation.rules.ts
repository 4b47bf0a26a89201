import { conflict, notFound } from '../shared/errors';
import { effectiveFacts, type Fact } from '../shared/ledger';
import type { OrganisationEvent } from './organisation.events';
import type { OrganisationState } from './organisation.state';

type Of<T extends OrganisationEvent['type']> = Extract<OrganisationEvent, { type: T }>;

export function requireRegistered(state: OrganisationState): void {
  if (!state.registered) throw notFound('organisation', 'The organisation is not registered yet');
}

/** Every fact of a type, retracted or not, in stream order. */
export function factsOf<T extends OrganisationEvent['type']>(state: OrganisationState, type: T): readonly Fact<Of<T>>[] {
  return state.ledger.order
    .map((id) => state.ledger.facts.get(id) as Fact<OrganisationEvent>)
    .filter((fact): fact is Fact<Of<T>> => fact.event.type === type);
}

/** Facts of a type that still count, in business-time order. */
export function effectiveOf<T extends OrganisationEvent['type']>(state: OrganisationState, type: T): readonly Fact<Of<T>>[] {
  return effectiveFacts(state.ledger).filter((fact): fact is Fact<Of<T>> => fact.event.type === type);
}

/** Catalogue ids (profiles, values, courses, …) are never reused, not even after a retraction. */
export function requireUnusedId<T extends OrganisationEvent['type']>(
  state: OrganisationState,
  type: T,
  field: keyof Of<T>['data'] & string,
  id: string,
): void {
  const used = factsOf(state, type).find((fact) => (fact.event.data as Record<string, unknown>)[field] === id);
  if (used) throw conflict(`'${id}' is already used (ids are never reused, even once retracted)`, field, [used.eventId]);
}

/** A fact about an item cannot be dated before the item was defined. */
export function requireNotBefore(fact: Fact<OrganisationEvent>, occurredAt: string): void {
  if (Date.parse(occurredAt) < fact.at) {
    throw conflict(`It cannot be dated before ${fact.event.type} of ${fact.occurredAt}`, 'occurredAt', [fact.eventId]);
  }
}
