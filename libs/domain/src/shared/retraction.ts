import type { DomainEvent, Envelope } from './decider';
import { badInput, conflict, notFound } from './errors';
import { requireId, requireText } from './guards';
import { isEffective, type Ledger } from './ledger';

export const REASON_MAX = 500;

/**
 * A correction: the fact stops counting from every as-of date once known. History is not rewritten;
 * retracting a FactRetracted restores its fact. Lives in the same stream as the fact.
 */
export type FactRetracted = DomainEvent<
  'FactRetracted',
  {
    /** Event id of the retracted fact (possibly itself a FactRetracted). */
    readonly factId: string;
    /** Type of the retracted fact, so projections route it without a lookup. */
    readonly factType: string;
    /** Why. Organisational text: must not hold personal data. */
    readonly reason: string;
  }
>;

/** What every retraction command carries besides its stream's id. */
export interface RetractionInput {
  readonly factId: string;
  readonly reason: string;
}

/** Event id given to the not-yet-stored event when decide simulates its effect. Never a valid id. */
export const PENDING_EVENT_ID = '(pending)';

/** A fact left without a valid basis, and the facts it conflicts with. */
export interface Violation {
  readonly factId: string;
  readonly because: readonly string[];
  readonly reason: string;
}

/** The shared rules: the fact exists in this stream, still counts, and is of a correctable type. */
export function decideRetraction<E extends DomainEvent>(
  ledger: Ledger<E>,
  input: RetractionInput,
  retractable: readonly E['type'][],
): FactRetracted {
  requireId('factId', input.factId);
  const reason = requireText('reason', input.reason, REASON_MAX);
  const fact = ledger.facts.get(input.factId);
  if (!fact) throw notFound('factId', `No fact '${input.factId}' in this stream`);
  if (!isEffective(fact)) throw conflict(`Fact '${input.factId}' is already retracted`, 'factId', fact.retractedBy);
  const type = fact.event.type;
  if (type !== 'FactRetracted' && !(retractable as readonly string[]).includes(type)) {
    throw badInput('factId', `A ${type} cannot be retracted; correct it with its own command`);
  }
  return { type: 'FactRetracted', data: { factId: input.factId, factType: type, reason } };
}

/** Ids that count after a change but did not before (what a retracted retraction restores). */
export function newlyEffective<E extends DomainEvent>(before: Ledger<E>, after: Ledger<E>): ReadonlySet<string> {
  const counts = (ledger: Ledger<E>, id: string) => {
    const fact = ledger.facts.get(id);
    return fact !== undefined && isEffective(fact);
  };
  return new Set(after.order.filter((id) => counts(after, id) && !counts(before, id)));
}

/** A fact already in violation (an accepted race) stays so whatever it now conflicts with. */
const key = (v: Violation) => v.factId;

/**
 * Rejects a change that leaves facts without a valid basis, with CONFLICT naming the facts to retract
 * first: the ones left dangling, or — when a restored fact is the one in conflict — what it conflicts with.
 * Violations that already existed (an accepted cross-stream race) do not block unrelated changes.
 */
export function rejectNewViolations(
  before: readonly Violation[],
  after: readonly Violation[],
  restored: ReadonlySet<string>,
  field: string,
): void {
  const known = new Set(before.map(key));
  const fresh = after.filter((v) => !known.has(key(v)));
  const first = fresh[0];
  if (!first) return;
  const named = fresh.flatMap((v) => (restored.has(v.factId) ? v.because : [v.factId]));
  const facts = [...new Set(named)].filter((id) => id !== PENDING_EVENT_ID);
  const more = fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : '';
  const hint = facts.length > 0 ? `; retract ${facts.join(', ')} first` : '';
  throw conflict(`${first.reason}${more}${hint}`, field, facts);
}

/** How a stream's decider lets the shared retraction rules simulate and judge a change. */
export interface RetractionRules<E extends DomainEvent, S> {
  readonly ledger: (state: S) => Ledger<E>;
  readonly evolve: (state: S, event: Envelope<E>) => S;
  /** Facts without a valid basis in a state (empty when the stream is consistent). */
  readonly violations: (state: S) => readonly Violation[];
  readonly retractable: readonly E['type'][];
}

/** Evolves a state by an event not yet stored, to judge its consequences before accepting it. */
export function simulate<E extends DomainEvent, S>(evolve: (state: S, event: Envelope<E>) => S, state: S, event: E, occurredAt: string): S {
  return evolve(state, { ...event, eventId: PENDING_EVENT_ID, occurredAt } as Envelope<E>);
}

/**
 * A retraction is accepted only if the stream stays consistent once it counts: retracting an
 * enrolment with facts after it, or restoring a fact that later facts contradict, is a CONFLICT
 * naming the facts to retract first.
 */
export function retractConsistently<E extends DomainEvent, S>(
  rules: RetractionRules<E, S>,
  state: S,
  input: RetractionInput,
  occurredAt: string,
): FactRetracted {
  const event = decideRetraction(rules.ledger(state), input, rules.retractable);
  const after = simulate(rules.evolve, state, event as E, occurredAt);
  const restored = newlyEffective(rules.ledger(state), rules.ledger(after));
  rejectNewViolations(rules.violations(state), rules.violations(after), restored, 'factId');
  return event;
}
