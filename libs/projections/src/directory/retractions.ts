import { append, column, get, getOr, put, set, type Column } from '../shared/columns';
import { addEventId, eventIds, sameEventId, type EventIds } from './ids';

/**
 * Retractions as the domain's ledger applies them (libs/domain/src/shared/ledger.ts), over only
 * the facts the directory keeps. A fact counts while no effective retraction retracts it;
 * retracting a retraction restores its target. Every retraction is kept, whatever it targets, so a
 * chain of retractions resolves even when its first link targets a fact the directory does not
 * keep (that link then simply has nothing to flip).
 *
 * Kept in columns indexed by retraction, chained per stream (a person's, a team's, the
 * organisation's): a retraction looks for its target within its own stream.
 */
export interface Retractions {
  /** Each retraction's own event id. */
  readonly ids: EventIds;
  /** Event id of what it retracts (a fact, or another retraction of the same stream). */
  readonly targets: EventIds;
  /** How many effective retractions retract it; it counts only at 0. */
  readonly retractedBy: Column<'int32'>;
  /**
   * 1 when it is counted in its target's count of retractions. The ledger adds a retraction to its
   * target only if the target is known at that moment, and removing it later is a no-op otherwise.
   */
  readonly applied: Column<'uint8'>;
  /** The stream's previous retraction (-1: none). */
  readonly previousInStream: Column<'int32'>;
  /** Per stream number, its latest retraction (-1: none). */
  readonly lastOfStream: Column<'int32'>;
}

export const retractions = (): Retractions => ({
  ids: eventIds(),
  targets: eventIds(),
  retractedBy: column('int32'),
  applied: column('uint8'),
  previousInStream: column('int32'),
  lastOfStream: column('int32'),
});

/**
 * Adds `delta` to the count of effective retractions of the stream's kept fact whose event id is
 * the target of retraction `retraction` (`sameEventId(…, state.targets, retraction)`); false when
 * no kept fact has that id.
 */
export type CountFact = (retraction: number, delta: 1 | -1) => boolean;

/** The stream's retraction that retraction `retraction` targets, or -1. */
function targetRetraction(state: Retractions, stream: number, retraction: number): number {
  for (let other = getOr(state.lastOfStream, stream, -1); other >= 0; other = get(state.previousInStream, other)) {
    if (sameEventId(state.ids, other, state.targets, retraction)) return other;
  }
  return -1;
}

/** Makes `retraction` count against its target (`add`) or stop counting; flips cascade down the chain. */
function applyRetraction(state: Retractions, stream: number, retraction: number, add: boolean, countFact: CountFact): void {
  if (!add && get(state.applied, retraction) === 0) return;
  const inner = targetRetraction(state, stream, retraction);
  if (inner >= 0) {
    const wasEffective = get(state.retractedBy, inner) === 0;
    set(state.retractedBy, inner, get(state.retractedBy, inner) + (add ? 1 : -1));
    set(state.applied, retraction, add ? 1 : 0);
    const nowEffective = get(state.retractedBy, inner) === 0;
    if (wasEffective !== nowEffective) applyRetraction(state, stream, inner, nowEffective, countFact);
    return;
  }
  if (countFact(retraction, add ? 1 : -1)) set(state.applied, retraction, add ? 1 : 0);
}

/** Records a FactRetracted of stream number `stream` and applies it. */
export function retract(state: Retractions, stream: number, eventId: string, target: string, countFact: CountFact): void {
  const retraction = addEventId(state.ids, eventId);
  addEventId(state.targets, target);
  append(state.retractedBy, 0);
  append(state.applied, 0);
  append(state.previousInStream, getOr(state.lastOfStream, stream, -1));
  put(state.lastOfStream, stream, retraction, -1);
  applyRetraction(state, stream, retraction, true, countFact);
}
