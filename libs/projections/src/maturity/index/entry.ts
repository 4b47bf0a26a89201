import type { FactRetractedFact, MaturityFact } from '../facts';

/**
 * A fact as the index stores it, one small object per fact: its date as a day number, its position
 * as a number (exact below 2^53) and its recording instant in milliseconds, so queries compare
 * numbers; its data with every id interned (one string per person, team, course… however many
 * facts name it). Lists of entries are kept sorted by (day, position): the business-time order,
 * with the one recorded last winning a tie.
 */
export interface EntryMeta {
  /** The id of the event the fact comes from: what explanations name. */
  readonly id: string;
  readonly day: number;
  readonly position: number;
  readonly recordedMs: number;
  /** Retractions naming this fact, shared with the index's map (they may arrive first). */
  retractedBy: RetractionEntry[] | undefined;
}

/** Distributes over a union of facts, so `switch (entry.kind)` narrows `entry.data`. */
export type Entry<F extends MaturityFact = MaturityFact> = F extends MaturityFact
  ? EntryMeta & { readonly kind: F['kind']; readonly data: F['data'] }
  : never;

export type RetractionEntry = Entry<FactRetractedFact>;

/** Known at `knownMs` (Infinity: now) and not retracted by a retraction known then. */
export function isVisible(entry: Entry, knownMs: number): boolean {
  if (entry.recordedMs > knownMs) return false;
  const retractions = entry.retractedBy;
  if (retractions === undefined) return true;
  for (const retraction of retractions) {
    // A retraction can only name an earlier fact; this also rules out cycles in bad input.
    if (retraction.position > entry.position && isVisible(retraction, knownMs)) return false;
  }
  return true;
}

export function compareEntries(a: Entry, b: Entry): number {
  return a.day !== b.day ? a.day - b.day : a.position - b.position;
}

export function insertSorted<E extends Entry>(list: E[], entry: E): void {
  const last = list[list.length - 1];
  if (last === undefined || compareEntries(last, entry) <= 0) {
    list.push(entry);
    return;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareEntries(list[mid], entry) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, entry);
}

/** Index of the first entry dated after `day` (entries before it are dated ≤ day). */
export function upperBound(list: readonly Entry[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].day <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first entry dated on or after `day`. */
export function lowerBound(list: readonly Entry[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The latest visible entry dated in [from, to] that passes `accept`, scanning back from `to`. */
export function latestVisible<E extends Entry>(
  list: readonly E[],
  from: number,
  to: number,
  knownMs: number,
  accept?: (entry: E) => boolean,
): E | undefined {
  for (let i = upperBound(list, to) - 1; i >= 0; i--) {
    const entry = list[i];
    if (entry.day < from) return undefined;
    if (isVisible(entry, knownMs) && (accept === undefined || accept(entry))) return entry;
  }
  return undefined;
}

/** Every visible entry dated in [from, to] that passes `accept`, oldest first. */
export function visibleBetween<E extends Entry>(
  list: readonly E[],
  from: number,
  to: number,
  knownMs: number,
  accept?: (entry: E) => boolean,
): E[] {
  const out: E[] = [];
  const end = upperBound(list, to);
  for (let i = from === Number.NEGATIVE_INFINITY ? 0 : lowerBound(list, from); i < end; i++) {
    const entry = list[i];
    if (isVisible(entry, knownMs) && (accept === undefined || accept(entry))) out.push(entry);
  }
  return out;
}
