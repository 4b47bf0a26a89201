/**
 * Which facts still count, across every stream, for read models that mutate their state in place.
 * A FactRetracted names its target (a fact or another retraction); retracting a retraction restores
 * what it retracted. Event ids are unique across streams, so one tracker serves them all.
 * Plain JSON data: it is part of the read models' snapshots.
 */
export interface Retractions {
  /** Each retraction's target. */
  readonly targets: Record<string, string>;
  /** Effective retractions of each fact or retraction that has any; absent means it counts. */
  readonly by: Record<string, string[]>;
}

/** A fact (never a retraction) that started or stopped counting. */
export interface Flip {
  readonly factId: string;
  readonly counts: boolean;
}

export const emptyRetractions = (): Retractions => ({ targets: {}, by: {} });

export const counts = (retractions: Retractions, eventId: string): boolean => retractions.by[eventId] === undefined;

export const isRetraction = (retractions: Retractions, eventId: string): boolean => retractions.targets[eventId] !== undefined;

function toggle(retractions: Retractions, targetId: string, by: string, add: boolean, flips: Flip[]): void {
  const before = retractions.by[targetId] ?? [];
  const after = add ? [...before, by] : before.filter((id) => id !== by);
  if (after.length > 0) retractions.by[targetId] = after;
  else delete retractions.by[targetId];
  const counted = before.length === 0;
  const nowCounts = after.length === 0;
  if (counted === nowCounts) return;
  const inner = retractions.targets[targetId];
  if (inner !== undefined) toggle(retractions, inner, targetId, nowCounts, flips);
  else flips.push({ factId: targetId, counts: nowCounts });
}

/**
 * Records a retraction and returns the facts whose status changed (at most one: the end of the
 * chain). The caller applies the flips to whatever it keeps about those facts.
 */
export function recordRetraction(retractions: Retractions, retractionId: string, targetId: string): readonly Flip[] {
  retractions.targets[retractionId] = targetId;
  const flips: Flip[] = [];
  toggle(retractions, targetId, retractionId, true, flips);
  return flips;
}

/** The fact at the end of a retraction chain (the fact itself when it is no retraction). */
export function rootFact(retractions: Retractions, eventId: string): string {
  let id = eventId;
  for (let target = retractions.targets[id]; target !== undefined; target = retractions.targets[id]) id = target;
  return id;
}
