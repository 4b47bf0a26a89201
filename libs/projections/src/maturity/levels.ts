import { contextAt, type EvalContext } from './criteria/context';
import { rulesFor } from './criteria/processes';
import { roadmapCriterion, roadmapDays } from './criteria/roadmap';
import type { CriterionResult } from './explain';
import { intersect, type Days } from './intervals';
import type { Level, ProcessId } from './processes';

export type UpTo3 = 0 | 1 | 2 | 3;

export function allMet(criteria: readonly CriterionResult[]): boolean {
  for (const c of criteria) if (!c.met) return false;
  return true;
}

/** The highest of levels 0–3 that holds at the context's date (levels are cumulative). */
export function levelUpTo3(ctx: EvalContext, process: ProcessId): UpTo3 {
  if (!roadmapCriterion(ctx, process).met) return 0;
  const rules = rulesFor(process);
  if (!allMet(rules.foundation(ctx))) return 1;
  if (!allMet(rules.coverage(ctx))) return 2;
  return 3;
}

/** A piecewise-constant level: `values[i]` holds from `days[i]` up to the next day listed. */
export interface Segments {
  readonly days: readonly number[];
  readonly values: readonly Level[];
}

/**
 * Levels 0–3 on every date from … to at once: each level's criteria as the set of days on which
 * they hold (one sweep over the facts instead of one evaluation per date), then combined.
 */
export function upTo3Segments(ctx: EvalContext, process: ProcessId, from: number, to: number): Segments {
  const at = to === ctx.day ? ctx : contextAt(ctx, to);
  const one = roadmapDays(at, process);
  const { foundation, coverage } = rulesFor(process).days(at, from);
  const two = intersect(one, foundation);
  const three = intersect(two, coverage);
  const cuts = new Set<number>([from]);
  for (const set of [one, two, three]) for (const day of set) if (day > from && day <= to) cuts.add(day);
  const days = [...cuts].sort((a, b) => a - b);
  const cursors = [cursor(one), cursor(two), cursor(three)];
  const out = { days: [] as number[], values: [] as Level[] };
  for (const day of days) {
    let level = 0;
    while (level < 3 && cursors[level](day)) level++;
    if (out.values[out.values.length - 1] !== level) {
      out.days.push(day);
      out.values.push(level as Level);
    }
  }
  return out;
}

/**
 * The first date of the unbroken run of dates ending at the context's date T on which levels 1–3
 * held, looking back no further than `from` (so `from` means "on every date from … T");
 * null if they do not hold at T.
 */
export function level3HeldSince(ctx: EvalContext, process: ProcessId, from: number): number | null {
  const segments = upTo3Segments(ctx, process, from, ctx.day);
  const last = segments.values.length - 1;
  return segments.values[last] === 3 ? segments.days[last] : null;
}

/** Membership in a set of days, for ascending queries. */
function cursor(days: Days): (day: number) => boolean {
  let i = 0;
  return (day) => {
    while (i < days.length && days[i + 1] <= day) i += 2;
    return i < days.length && days[i] <= day;
  };
}
