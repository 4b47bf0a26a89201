/**
 * Sets of days as sorted, disjoint, non-touching half-open intervals, flattened:
 * [start0, end0, start1, end1, …] means start0 ≤ d < end0 or start1 ≤ d < end1 …
 * An end may be +Infinity ("from then on"). Used to know on which days a criterion holds
 * without evaluating it day by day.
 */
export type Days = readonly number[];

export const NO_DAYS: Days = Object.freeze([]);
export const EVERY_DAY: Days = Object.freeze([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]);

/** Normalizes any list of [start, end) pairs (unsorted, overlapping, empty) into Days. */
export function daysOf(pairs: number[]): Days {
  const n = pairs.length / 2;
  if (n === 0) return NO_DAYS;
  let sorted = true;
  for (let i = 2; i < pairs.length && sorted; i += 2) sorted = pairs[i - 2] <= pairs[i];
  const out: number[] = [];
  const add = (start: number, end: number) => {
    if (!(end > start)) return;
    if (out.length > 0 && start <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], end);
    else out.push(start, end);
  };
  // Facts come in date order, so the pairs usually do too.
  if (sorted) for (let i = 0; i < pairs.length; i += 2) add(pairs[i], pairs[i + 1]);
  else
    for (const i of Array.from({ length: n }, (_, k) => k).sort((a, b) => pairs[2 * a] - pairs[2 * b]))
      add(pairs[2 * i], pairs[2 * i + 1]);
  return out;
}

export function intersect(a: Days, b: Days): Days {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i], b[j]);
    const end = Math.min(a[i + 1], b[j + 1]);
    if (start < end) out.push(start, end);
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return out;
}

export function intersectAll(sets: readonly Days[]): Days {
  return sets.reduce<Days>((acc, set) => intersect(acc, set), EVERY_DAY);
}

export function union(a: Days, b: Days): Days {
  return daysOf([...a, ...b]);
}

export function contains(days: Days, day: number): boolean {
  for (let i = 0; i < days.length; i += 2) {
    if (day < days[i]) return false;
    if (day < days[i + 1]) return true;
  }
  return false;
}

/** The end (exclusive) of a window of `windowDays` days starting on `start`; for ever if null. */
export function windowEnd(start: number, windowDays: number | null): number {
  return windowDays === null ? Number.POSITIVE_INFINITY : start + windowDays;
}

/** Appends `[start, end) ∩ days` to `out`. */
export function pushIntersection(out: number[], start: number, end: number, days: Days): void {
  for (let i = 0; i < days.length; i += 2) {
    const from = Math.max(start, days[i]);
    const to = Math.min(end, days[i + 1]);
    if (from < to) out.push(from, to);
  }
}

/**
 * The days in [from, to] on which `test` holds, where `test` sees, for each group, how many of
 * its day sets contain the day. A sweep over the sets' boundaries: O(b log b) for b boundaries.
 */
export function sweep(
  groups: readonly (readonly Days[])[],
  from: number,
  to: number,
  test: (counts: readonly number[]) => boolean,
): Days {
  const events: number[] = []; // triples: day, group, delta
  const counts = groups.map(() => 0);
  groups.forEach((sets, group) => {
    for (const set of sets) {
      for (let i = 0; i < set.length; i += 2) {
        const start = set[i];
        const end = set[i + 1];
        if (end <= from || start > to) continue;
        if (start <= from) counts[group]++;
        else events.push(start, group, 1);
        if (end <= to) events.push(end, group, -1);
      }
    }
  });
  const order = Array.from({ length: events.length / 3 }, (_, i) => i).sort((a, b) => events[3 * a] - events[3 * b]);
  const out: number[] = [];
  let holds = test(counts);
  let since = from;
  for (let k = 0; k < order.length;) {
    const day = events[3 * order[k]];
    while (k < order.length && events[3 * order[k]] === day) {
      counts[events[3 * order[k] + 1]] += events[3 * order[k] + 2];
      k++;
    }
    const now = test(counts);
    if (now !== holds) {
      if (holds) out.push(since, day);
      holds = now;
      since = day;
    }
  }
  if (holds) out.push(since, to + 1);
  return out;
}

/** How many of the sets contain each day of [from, to], as the days where the count changes. */
export function countSegments(sets: readonly Days[], from: number, to: number): { days: number[]; values: number[] } {
  const deltas = new Map<number, number>();
  let initial = 0;
  for (const set of sets) {
    for (let i = 0; i < set.length; i += 2) {
      if (set[i + 1] <= from || set[i] > to) continue;
      if (set[i] <= from) initial++;
      else deltas.set(set[i], (deltas.get(set[i]) ?? 0) + 1);
      if (set[i + 1] <= to) deltas.set(set[i + 1], (deltas.get(set[i + 1]) ?? 0) - 1);
    }
  }
  const out = { days: [from], values: [initial] };
  let count = initial;
  for (const day of [...deltas.keys()].sort((a, b) => a - b)) {
    count += deltas.get(day) ?? 0;
    if (count !== out.values[out.values.length - 1]) {
      out.days.push(day);
      out.values.push(count);
    }
  }
  return out;
}
