import type { Decider, DomainCommand, DomainEvent, Envelope } from '@norte/domain';

/** A business time that every spec can use as "now" unless it says otherwise. */
export const SPEC_NOW = '2026-06-01T12:00:00.000Z';

let sequence = 0;
/**
 * Stamps a given event the way the store would hand it to evolve. Pass an id when a spec refers to
 * the fact (a retraction, a CONFLICT naming it); otherwise one is made up.
 */
export function stamp<E extends DomainEvent>(event: E, occurredAt = SPEC_NOW, eventId?: string): Envelope<E> {
  sequence += 1;
  return { ...event, occurredAt, eventId: eventId ?? `given-${sequence}` };
}

type Given<E extends DomainEvent> = E | Envelope<E>;

/** The shape a rejection is asserted on: code, and optionally field, message and fact ids. */
export interface ExpectedError {
  code: string;
  field?: string;
  message?: string | RegExp;
  facts?: readonly string[];
}

/**
 * given(events).when(command).then(events) / .thenThrows(shape) for a decider, asserting events,
 * never internals. Given events without a business time are dated SPEC_NOW.
 */
export function deciderSpec<C extends DomainCommand, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given(events: readonly Given<E>[] = []) {
      // Loaded as the command handler loads a stream (properties check fold against evolve).
      const state = decider.fold(events.map((e) => ('eventId' in e ? (e as Envelope<E>) : stamp(e))));
      return {
        when(command: C) {
          const run = () => decider.decide(command, state);
          return {
            then(expected: readonly E[]) {
              expect(run()).toEqual(expected);
            },
            thenThrows(expected: ExpectedError) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeDefined();
              const { message, ...rest } = expected;
              expect(thrown).toMatchObject(rest);
              if (message) expect((thrown as Error).message).toMatch(message);
            },
          };
        },
      };
    },
  };
}

/** Builds a command with both times set to SPEC_NOW unless given, and its context if it has one. */
export function command<C extends DomainCommand>(
  type: C['type'],
  data: C['data'],
  options: { occurredAt?: string; now?: string; context?: C extends { readonly context: infer X } ? X : never } = {},
): C {
  const { occurredAt = SPEC_NOW, now = SPEC_NOW, context } = options;
  return (context === undefined ? { type, data, occurredAt, now } : { type, data, occurredAt, now, context }) as C;
}
