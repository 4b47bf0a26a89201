import type { Decider, DomainCommand, DomainEvent, Envelope } from '@norte/domain';

/** What happened to one command of a run. */
export type Outcome<E extends DomainEvent> =
  | { readonly accepted: true; readonly events: readonly Envelope<E>[] }
  | { readonly accepted: false; readonly error: unknown };

export interface Run<E extends DomainEvent, S> {
  readonly outcomes: readonly Outcome<E>[];
  /** Every accepted event as the store would hold it, in order. */
  readonly history: readonly Envelope<E>[];
  /** The state reached by evolving after each accepted command. */
  readonly state: S;
  /** The errors of the rejected commands. */
  readonly rejected: readonly unknown[];
}

/**
 * Runs commands one after another the way the command handler does — decide, then evolve the new
 * events stamped with the command's business time — without a store. Ids are `e-1`, `e-2`, …
 * States are deep-frozen, so a decide or evolve that mutates its input fails loudly.
 */
export function runCommands<C extends DomainCommand, E extends DomainEvent, S>(decider: Decider<C, E, S>, commands: readonly C[]): Run<E, S> {
  const outcomes: Outcome<E>[] = [];
  const history: Envelope<E>[] = [];
  const rejected: unknown[] = [];
  let state = decider.initialState();
  for (const command of commands) {
    let decided: readonly E[];
    try {
      decided = decider.decide(command, deepFreeze(state));
    } catch (error) {
      rejected.push(error);
      outcomes.push({ accepted: false, error });
      continue;
    }
    // evolve runs outside the try: it must never throw, and a throw here fails the run.
    const stamped = decided.map((event, index) => ({ ...event, occurredAt: command.occurredAt, eventId: `e-${history.length + 1 + index}` }) as Envelope<E>);
    state = stamped.reduce((current, event) => decider.evolve(deepFreeze(current), event), state);
    history.push(...stamped);
    outcomes.push({ accepted: true, events: stamped });
  }
  return { outcomes, history, state, rejected };
}

/** Freezes plain data all the way down (idempotent). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
