import type { Decider, DomainCommand, DomainEvent, Envelope } from '@norte/domain';

/** A business time that every spec can use as "now" unless it says otherwise. */
export const SPEC_NOW = '2026-06-01T12:00:00.000Z';

let sequence = 0;
/** Stamps a given event the way the store would hand it to evolve. */
export function stamp<E extends DomainEvent>(event: E, occurredAt = SPEC_NOW): Envelope<E> {
  sequence += 1;
  return { ...event, occurredAt, eventId: `given-${sequence}` };
}

type Given<E extends DomainEvent> = E | Envelope<E>;

/**
 * given(events).when(command).then(events) / .thenThrows(shape) for a decider, asserting events,
 * never internals. Given events without a business time are dated SPEC_NOW.
 */
export function deciderSpec<C extends DomainCommand, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given(events: readonly Given<E>[] = []) {
      const state = events
        .map((e) => ('eventId' in e ? (e as Envelope<E>) : stamp(e)))
        .reduce(decider.evolve, decider.initialState());
      return {
        when(command: C) {
          const run = () => decider.decide(command, state);
          return {
            then(expected: readonly E[]) {
              expect(run()).toEqual(expected);
            },
            thenThrows(expected: { code: string; field?: string; message?: string | RegExp }) {
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

/** Builds a command with both times set to SPEC_NOW unless given. */
export function command<C extends DomainCommand>(
  type: C['type'],
  data: C['data'],
  times: { occurredAt?: string; now?: string } = {},
): C {
  return { type, data, occurredAt: times.occurredAt ?? SPEC_NOW, now: times.now ?? SPEC_NOW } as C;
}
