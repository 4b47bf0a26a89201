/**
 * Retractions as the domain's ledger applies them (libs/domain/src/shared/ledger.ts), over only
 * the facts the directory keeps. A fact counts while no effective retraction retracts it;
 * retracting a retraction restores its target. Every retraction is kept, whatever it targets, so a
 * chain of retractions resolves even when its first link targets a fact the directory does not
 * keep (that link then simply has nothing to flip).
 */
export interface Retraction {
  /** Event id of what it retracts (a fact, or another retraction of the same stream). */
  readonly target: string;
  /** How many effective retractions retract it; it counts only at 0. */
  retractedBy: number;
  /**
   * Whether it is counted in its target's `retractedBy`. The ledger adds a retraction to its
   * target only if the target is known at that moment, and removing it later is a no-op otherwise.
   */
  applied: boolean;
}

/** What one stream (a person's, a team's) holds, looked up by event id within that stream. */
export interface RetractionScope {
  retraction(id: string): Retraction | undefined;
  /** Adds `delta` to a kept fact's count of effective retractions; false when no kept fact has that id. */
  countFact(id: string, delta: 1 | -1): boolean;
}

export const newRetraction = (target: string): Retraction => ({ target, retractedBy: 0, applied: false });

/** Makes `retraction` count against its target (`add`) or stop counting; flips cascade down the chain. */
export function applyRetraction(scope: RetractionScope, retraction: Retraction, add: boolean): void {
  if (!add && !retraction.applied) return;
  const inner = scope.retraction(retraction.target);
  if (inner) {
    const wasEffective = inner.retractedBy === 0;
    inner.retractedBy += add ? 1 : -1;
    retraction.applied = add;
    const nowEffective = inner.retractedBy === 0;
    if (wasEffective !== nowEffective) applyRetraction(scope, inner, nowEffective);
    return;
  }
  if (scope.countFact(retraction.target, add ? 1 : -1)) retraction.applied = add;
}
