import { daysOf, intersect, pushIntersection, sweep, windowEnd, type Days } from '../intervals';
import { dayOf, isVisible, upperBound, type Row } from '../index/entry';
import type { MemberDays } from '../index/member-days';
import type { EvalContext } from './context';

/**
 * Building blocks for "on which days does this criterion hold, up to the context's date?",
 * the range counterpart of the criteria evaluated on one date. Each mirrors a point rule.
 */

/** Days on which some accepted fact of the list is within its window (or has happened, for null). */
export function factDays(
  ctx: EvalContext,
  list: readonly Row[],
  windowDays: number | null,
  accept?: (row: Row) => boolean,
): Days {
  const ix = ctx.index;
  const pairs: number[] = [];
  const end = upperBound(ix, list, ctx.day);
  for (let i = 0; i < end; i++) {
    const row = list[i];
    if (isVisible(ix, row, ctx.knownMs) && (accept === undefined || accept(row)))
      pairs.push(dayOf(ix, row), windowEnd(dayOf(ix, row), windowDays));
  }
  return daysOf(pairs);
}

/** Like factDays, each fact counting only on the days `when(fact)` allows (a course's meaning…). */
export function factDaysWhen(
  ctx: EvalContext,
  list: readonly Row[],
  windowDays: number | null,
  when: (row: Row) => Days,
): Days {
  const ix = ctx.index;
  const pairs: number[] = [];
  const end = upperBound(ix, list, ctx.day);
  for (let i = 0; i < end; i++) {
    const row = list[i];
    if (isVisible(ix, row, ctx.knownMs))
      pushIntersection(pairs, dayOf(ix, row), windowEnd(dayOf(ix, row), windowDays), when(row));
  }
  return daysOf(pairs);
}

/**
 * A value that the latest fact of each day sets (a policy version, a core value's status…):
 * the days on which it satisfies `holds`. Facts of one day count together, the last one winning.
 */
export function stateDays<S>(
  ctx: EvalContext,
  list: readonly Row[],
  initial: S,
  fold: (state: S, row: Row) => S,
  holds: (state: S) => boolean,
): Days {
  const ix = ctx.index;
  const pairs: number[] = [];
  const end = upperBound(ix, list, ctx.day);
  let state = initial;
  for (let i = 0; i < end;) {
    const day = dayOf(ix, list[i]);
    for (; i < end && dayOf(ix, list[i]) === day; i++) if (isVisible(ix, list[i], ctx.knownMs)) state = fold(state, list[i]);
    if (holds(state)) pairs.push(day, i < end ? dayOf(ix, list[i]) : Number.POSITIVE_INFINITY);
  }
  return daysOf(pairs);
}

/** Days on which at least `min` distinct keys have appeared. */
export function distinctCountDays(
  ctx: EvalContext,
  list: readonly Row[],
  key: (row: Row) => string,
  min: number,
  from: number,
): Days {
  const ix = ctx.index;
  const first = new Map<string, number>();
  const end = upperBound(ix, list, ctx.day);
  for (let i = 0; i < end; i++) {
    const row = list[i];
    if (isVisible(ix, row, ctx.knownMs) && !first.has(key(row))) first.set(key(row), dayOf(ix, row));
  }
  const sets = [...first.values()].map((day): Days => [day, Number.POSITIVE_INFINITY]);
  return sweep([sets], from, ctx.day, ([count]) => count >= min);
}

/** Days on which at least `min` of the given day sets hold at once. */
export function atLeastDays(sets: readonly Days[], min: number, from: number, to: number): Days {
  return sweep([sets], from, to, ([count]) => count >= min);
}

/**
 * "≥ x % of a population": per member, the days they belong to the population and the days they
 * qualify; the criterion holds where the counts meet the percentage over a population of at
 * least `minPopulation` (1: a population of zero never meets it).
 */
export function percentDays(
  members: readonly MemberDays[],
  population: (member: MemberDays) => Days,
  qualifying: (member: MemberDays) => Days,
  minPercent: number,
  from: number,
  to: number,
  minPopulation = 1,
): Days {
  const populations = members.map(population);
  const qualified = members.map((member, i) => intersect(populations[i], qualifying(member)));
  return sweep(
    [populations, qualified],
    from,
    to,
    ([den, num]) => den >= minPopulation && num * 100 >= minPercent * den,
  );
}

/** `compute`, remembered per key for the life of one evaluation. */
export function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) seen.set(key, (value = compute(key)));
    return value;
  };
}
