import { sortedUnique } from './criteria/change-days';
import { contextAt, type EvalContext } from './criteria/context';
import { instrumentChangeDays, measuredCriterion, targetCriterion } from './criteria/instruments';
import { fromDay, toDay } from './dates';
import { contextFor, type EvaluationOptions } from './engine';
import type { IsoDate } from './facts';
import type { MaturityIndex } from './index/maturity-index';
import { upTo3Segments, type Segments } from './levels';
import type { MaturityModel } from './model';
import { PROCESS_IDS, type Level, type ProcessId } from './processes';

export interface LevelChange {
  readonly date: IsoDate;
  readonly level: Level;
}

/**
 * A team's level on every date from … to, as the dates on which it changes (the first entry is
 * `from`). Levels 1–3 come from one sweep over the facts (see upTo3Segments); levels 4–5 are
 * evaluated only on the days an instrument's outcome can change (measurements, their window
 * expiries); level 5's 181-date run is read off the level-3 segments. This is what a cache of
 * levels over time, a trend or an as-of heatmap can be served from.
 */
export function levelTimeline(
  index: MaturityIndex,
  model: MaturityModel,
  teamId: string,
  process: ProcessId,
  from: IsoDate,
  to: IsoDate,
  options: Pick<EvaluationOptions, 'knownAt'> = {},
): LevelChange[] {
  if (from > to) return [];
  const ctx = contextFor(index, model, teamId, to, options, false);
  return toChanges(timelineSegments(ctx, process, toDay(from)));
}

/** The seven timelines of a team, sharing the work on its members. */
export function teamTimelines(
  index: MaturityIndex,
  model: MaturityModel,
  teamId: string,
  from: IsoDate,
  to: IsoDate,
  options: Pick<EvaluationOptions, 'knownAt'> = {},
): Record<ProcessId, LevelChange[]> {
  const ctx = contextFor(index, model, teamId, to, options, false);
  const out = {} as Record<ProcessId, LevelChange[]>;
  for (const process of PROCESS_IDS)
    out[process] = from > to ? [] : toChanges(timelineSegments(ctx, process, toDay(from)));
  return out;
}

/** The level on `date` read from a timeline (0 before its first entry). */
export function levelOn(timeline: readonly LevelChange[], date: IsoDate): Level {
  let lo = 0;
  let hi = timeline.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (timeline[mid].date <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : timeline[lo - 1].level;
}

/** Level segments from `start` to the context's date. */
export function timelineSegments(ctx: EvalContext, process: ProcessId, start: number): Segments {
  const end = ctx.day;
  const lookback = ctx.model.sustainedDays;
  const upTo3 = upTo3Segments(ctx, process, start - lookback, end);
  const spec = ctx.model.processes[process].instrument;
  const instrumentDays: number[] = [];
  instrumentChangeDays(ctx, spec, start, end, instrumentDays);
  const instrument = evaluateOn(ctx, start, sortedUnique(instrumentDays), (c) =>
    !measuredCriterion(c, spec).met ? 3 : targetCriterion(c, spec).met ? 5 : 4,
  );
  const failures = failingRuns(upTo3, end);
  const candidates = [start, ...upTo3.days, ...instrument.days];
  for (const run of failures) candidates.push(run.first, run.last + lookback + 1);
  const out = { days: [] as number[], values: [] as Level[] };
  for (const day of sortedUnique(candidates)) {
    if (day < start || day > end) continue;
    const level = combine(valueAt(upTo3, day), valueAt(instrument, day), heldThrough(failures, day, lookback));
    if (level !== out.values[out.values.length - 1]) {
      out.days.push(day);
      out.values.push(level);
    }
  }
  return out;
}

function toChanges(segments: Segments): LevelChange[] {
  return segments.days.map((day, i) => ({ date: fromDay(day), level: segments.values[i] }));
}

/** Evaluates on the first day and on each change day after it (outcomes are constant in between). */
function evaluateOn(
  ctx: EvalContext,
  first: number,
  changeDays: readonly number[],
  evaluate: (c: EvalContext) => Level,
): Segments {
  const days = [first, ...changeDays.filter((day) => day > first)];
  return { days, values: days.map((day) => evaluate(contextAt(ctx, day))) };
}

export function valueAt<V extends number = Level>(segments: { readonly days: readonly number[]; readonly values: readonly V[] }, day: number): V | 0 {
  let lo = 0;
  let hi = segments.days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments.days[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : segments.values[lo - 1];
}

/** Maximal runs of dates on which levels 1–3 did not all hold. */
function failingRuns(segments: Segments, end: number): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  for (let i = 0; i < segments.days.length; i++) {
    if (segments.values[i] === 3) continue;
    const last = i + 1 < segments.days.length ? segments.days[i + 1] - 1 : end;
    const previous = runs[runs.length - 1];
    if (previous !== undefined && previous.last + 1 === segments.days[i]) previous.last = last;
    else runs.push({ first: segments.days[i], last });
  }
  return runs;
}

/** Levels 1–3 held on every date day − lookback … day. */
function heldThrough(runs: readonly { first: number; last: number }[], day: number, lookback: number): boolean {
  for (let i = runs.length - 1; i >= 0; i--) {
    if (runs[i].first > day) continue;
    return runs[i].last < day - lookback;
  }
  return true;
}

function combine(upTo3: Level, instrument: Level, held: boolean): Level {
  if (upTo3 < 3) return upTo3;
  if (instrument < 4) return 3;
  return instrument === 5 && held ? 5 : 4;
}
