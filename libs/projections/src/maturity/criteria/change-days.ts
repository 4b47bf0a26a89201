import { isVisible, lowerBound, upperBound, type Entry } from '../index/entry';

/**
 * Days in (from, to] on which a criterion's outcome may change: the day a fact starts to count
 * and, for a window of D days, the day it stops counting (its day + D). Between two such days
 * every criterion that reads only these lists is constant. Over-approximating is harmless.
 */
export function pushChangeDays(
  out: number[],
  list: readonly Entry[],
  from: number,
  to: number,
  knownMs: number,
  windowDays: number | null,
): void {
  const first = lowerBound(list, windowDays === null ? from + 1 : from - windowDays + 1);
  const end = upperBound(list, to);
  for (let i = first; i < end; i++) {
    const entry = list[i];
    if (!isVisible(entry, knownMs)) continue;
    if (entry.day > from) out.push(entry.day);
    if (windowDays !== null) {
      const expiry = entry.day + windowDays;
      if (expiry > from && expiry <= to) out.push(expiry);
    }
  }
}

export function sortedUnique(days: number[]): number[] {
  days.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < days.length; i++) if (i === 0 || days[i] !== days[n - 1]) days[n++] = days[i];
  days.length = n;
  return days;
}
