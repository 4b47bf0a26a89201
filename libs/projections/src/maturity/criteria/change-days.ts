import { dayOf, isVisible, lowerBound, upperBound, type Row } from '../index/entry';
import type { MaturityIndex } from '../index/maturity-index';

/**
 * Days in (from, to] on which a criterion's outcome may change: the day a fact starts to count
 * and, for a window of D days, the day it stops counting (its day + D). Between two such days
 * every criterion that reads only these lists is constant. Over-approximating is harmless.
 */
export function pushChangeDays(
  ix: MaturityIndex,
  out: number[],
  list: readonly Row[],
  from: number,
  to: number,
  knownMs: number,
  windowDays: number | null,
): void {
  const first = lowerBound(ix, list, windowDays === null ? from + 1 : from - windowDays + 1);
  const end = upperBound(ix, list, to);
  for (let i = first; i < end; i++) {
    const row = list[i];
    if (!isVisible(ix, row, knownMs)) continue;
    const day = dayOf(ix, row);
    if (day > from) out.push(day);
    if (windowDays !== null) {
      const expiry = day + windowDays;
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
