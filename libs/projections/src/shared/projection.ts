import type { EventMetadata } from '@norte/domain';

/** A stored event as the projections see it: plain data of the current shape, decrypted. */
export interface DecodedEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
  readonly eventId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly metadata: EventMetadata;
}

/**
 * A read model fed by the store's subscription. `evolve` owns the state it is given and may
 * update it in place (read models hold millions of facts; copying them per event is not an
 * option) but must be deterministic: the same events always give the same state.
 */
export interface Projection<S, Snapshot = unknown> {
  readonly name: string;
  /** Bump when the state's shape or meaning changes: older snapshots are then ignored. */
  readonly version: number;
  /** Event types this projection reads; others never reach it. */
  readonly canHandle: readonly string[];
  init(): S;
  evolve(state: S, event: DecodedEvent): S;
  /**
   * What the snapshot keeps (default: the state itself). It is serialised (structured clone) before
   * the next event is applied, so it may share memory with the state — typed-array views instead
   * of copies — but must not be kept for later.
   */
  toSnapshot?(state: S): Snapshot;
  fromSnapshot?(snapshot: Snapshot): S;
}

// Projections of different state types live side by side in one runner.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProjection = Projection<any, any>;
