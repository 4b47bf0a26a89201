import { addKey, findKey, idOf, keyTable, room, type KeyTable } from '../shared/key-table';

/**
 * Which facts still count, across every stream, for read models that mutate their state in place.
 * A FactRetracted names its target (a fact or another retraction); retracting a retraction restores
 * what it retracted. Event ids are unique across streams, so one tracker serves them all.
 * Typed arrays over interned ids (key-table.ts): part of the read models' snapshots, restored as is.
 */
export interface Retractions {
  /** Facts and retractions met, by event id. */
  readonly ids: KeyTable;
  /** Per id: what it retracts (its key), -1 for an id that is no retraction. */
  target: Int32Array;
  /** Per id: how many effective retractions stand against it; it counts while none does. */
  against: Int32Array;
  /** Per retraction: 1 while it stands against its target (while it counts itself). */
  standing: Uint8Array;
}

/** A fact (never a retraction) that started or stopped counting. */
export interface Flip {
  readonly factId: string;
  readonly counts: boolean;
}

export const emptyRetractions = (): Retractions => ({ ids: keyTable(), target: new Int32Array(8).fill(-1), against: new Int32Array(8), standing: new Uint8Array(8) });

function keyOf(retractions: Retractions, eventId: string): number {
  const key = addKey(retractions.ids, 0, eventId);
  if (key >= retractions.target.length) {
    retractions.target = room(retractions.target, key, -1);
    retractions.against = room(retractions.against, key);
    retractions.standing = room(retractions.standing, key);
  }
  return key;
}

export function counts(retractions: Retractions, eventId: string): boolean {
  const key = findKey(retractions.ids, 0, eventId);
  return key < 0 || retractions.against[key] === 0;
}

export function isRetraction(retractions: Retractions, eventId: string): boolean {
  const key = findKey(retractions.ids, 0, eventId);
  return key >= 0 && retractions.target[key] >= 0;
}

/**
 * A retraction starts or stops standing against its target; when that changes whether the target
 * counts and the target is a retraction itself, the change goes on down the chain.
 */
function toggle(retractions: Retractions, target: number, by: number, add: boolean, flips: Flip[]): void {
  const before = retractions.against[target];
  // A retraction stands at most once against its target: recorded twice, it is still one.
  if (retractions.standing[by] === (add ? 1 : 0)) return;
  retractions.standing[by] = add ? 1 : 0;
  const after = before + (add ? 1 : -1);
  retractions.against[target] = after;
  const counted = before === 0;
  const nowCounts = after === 0;
  if (counted === nowCounts) return;
  const inner = retractions.target[target];
  if (inner >= 0) toggle(retractions, inner, target, nowCounts, flips);
  else flips.push({ factId: idOf(retractions.ids, target), counts: nowCounts });
}

/**
 * Records a retraction and returns the facts whose status changed (at most one: the end of the
 * chain). The caller applies the flips to whatever it keeps about those facts.
 */
export function recordRetraction(retractions: Retractions, retractionId: string, targetId: string): readonly Flip[] {
  const target = keyOf(retractions, targetId);
  const retraction = keyOf(retractions, retractionId);
  retractions.target[retraction] = target;
  const flips: Flip[] = [];
  toggle(retractions, target, retraction, true, flips);
  return flips;
}

/** The fact at the end of a retraction chain (the fact itself when it is no retraction). */
export function rootFact(retractions: Retractions, eventId: string): string {
  let key = findKey(retractions.ids, 0, eventId);
  if (key < 0 || retractions.target[key] < 0) return eventId;
  while (retractions.target[key] >= 0) key = retractions.target[key];
  return idOf(retractions.ids, key);
}
