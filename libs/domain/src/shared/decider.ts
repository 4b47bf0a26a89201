/** A domain event as it leaves `decide`: plain, readonly data with a stable type name. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * A command: what a user asks for, with the two times the domain may look at.
 * `occurredAt` is business time (when it happened, may be back-dated); `now` is system time
 * (when Norte handles it). Both arrive as values: the domain never reads the clock.
 */
export interface DomainCommand<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
  readonly occurredAt: string;
  readonly now: string;
}

/**
 * A command whose rule needs facts of other streams. The application layer fills `context` from a
 * read model at a known global position (recorded in the event metadata); `decide` holds the rule
 * and checks against it. See libs/domain/CROSS-STREAM.md.
 */
export type ContextualCommand<Type extends string, Data, Context> = DomainCommand<Type, Data> & {
  readonly context: Context;
};

/** What `evolve` sees: the event with the business time and id it was stored with. */
export type Envelope<E extends DomainEvent> = E & {
  readonly occurredAt: string;
  readonly eventId: string;
};

/** Decide holds the rules and may throw a DomainError; evolve is total and never throws. */
export interface Decider<C extends DomainCommand, E extends DomainEvent, S> {
  readonly decide: (command: C, state: S) => readonly E[];
  readonly evolve: (state: S, event: Envelope<E>) => S;
  readonly initialState: () => S;
  /**
   * The state of a whole stream, as loading it for a command needs: equal to reducing `evolve` from
   * `initialState` (property-tested), but free to build in place, since nobody holds the states between.
   */
  readonly fold: (events: readonly Envelope<E>[]) => S;
}

/** `fold` by reducing `evolve`: enough for streams whose evolve does not copy what grows. */
export const foldByEvolving =
  <E extends DomainEvent, S>(evolve: (state: S, event: Envelope<E>) => S, initialState: () => S) =>
  (events: readonly Envelope<E>[]): S =>
    events.reduce(evolve, initialState());

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

/** Exhaustiveness check for evolve: a compile error on a missed case, a no-op at run time. */
export function unknownEvent<S>(_event: never, state: S): S {
  return state;
}
