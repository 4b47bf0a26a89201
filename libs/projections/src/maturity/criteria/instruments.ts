import { fromDay } from '../dates';
import { dayOf, latestVisible, responsesOf, scoreOf, type Row } from '../index/entry';
import type { MaturityIndex } from '../index/maturity-index';
import type { CriterionResult } from '../explain';
import type { InstrumentSpec } from '../model';
import { pushChangeDays } from './change-days';
import { atLeast, criterion, dateOf, EVER, idsOf, type EvalContext } from './context';
import { kpiTarget, mysteryShopTarget } from './outcomes';

/** The team's measurements of an instrument, with what counts as a measurement. */
export function measurements(
  ctx: EvalContext,
  spec: InstrumentSpec,
): { list: readonly Row[]; accept?: (row: Row) => boolean } {
  const team = ctx.team;
  switch (spec.kind) {
    case 'survey':
      return { list: team?.surveys[spec.survey] ?? [], accept: (row) => hasResponses(ctx.index, row) };
    case 'csat':
      return { list: team?.csat ?? [], accept: (row) => hasResponses(ctx.index, row) };
    case 'mystery-shopping':
      return { list: team?.mysteryShops ?? [] };
    case 'service-kpis':
      return { list: team?.kpis ?? [] };
    default: {
      const unhandled: never = spec;
      return unhandled;
    }
  }
}

/** A result with 0 responses is no measurement. */
function hasResponses(ix: MaturityIndex, row: Row): boolean {
  return responsesOf(ix, row) >= 1;
}

/** Level 4: the instrument was measured for the team within the measurement window. */
export function measuredCriterion(ctx: EvalContext, spec: InstrumentSpec): CriterionResult {
  const window = ctx.model.measurementWindowDays;
  const { list, accept } = measurements(ctx, spec);
  const latest = latestVisible(ctx.index, list, ctx.day - window + 1, ctx.day, ctx.knownMs, accept);
  return criterion(
    4,
    'instrument-measured',
    latest !== undefined,
    { kind: 'date', value: ctx.explain ? dateOf(ctx, latest) : null },
    { kind: 'within-days', value: window },
    idsOf(ctx, [latest]),
    latest === undefined ? { note: 'no-measurement' } : {},
  );
}

/** Level 5, first part: the latest measurement by T meets the instrument's target. */
export function targetCriterion(ctx: EvalContext, spec: InstrumentSpec): CriterionResult {
  switch (spec.kind) {
    case 'survey':
    case 'csat':
      return scoredTarget(ctx, spec.minScore, spec);
    case 'mystery-shopping':
      return mysteryShopTarget(ctx, spec.minMeanScore);
    case 'service-kpis':
      return kpiTarget(ctx, spec.minPercentWithinStandard);
    default: {
      const unhandled: never = spec;
      return unhandled;
    }
  }
}

/**
 * Survey and CSAT: the latest result with ≥ 1 response must reach the score with at least the
 * confidentiality minimum of responses. Below it the score is withheld from unprivileged readers
 * and the target is not met, whoever reads it.
 */
function scoredTarget(ctx: EvalContext, minScore: number, spec: InstrumentSpec): CriterionResult {
  const minResponses = ctx.model.confidentialityMinimum;
  const threshold = { kind: 'min-score', value: minScore, minResponses } as const;
  const { list, accept } = measurements(ctx, spec);
  const latest = latestVisible(ctx.index, list, EVER, ctx.day, ctx.knownMs, accept);
  if (latest === undefined) {
    return criterion(5, 'instrument-target', false, { kind: 'none' }, threshold, [], { note: 'no-measurement' });
  }
  const score = scoreOf(ctx.index, latest);
  const responses = responsesOf(ctx.index, latest);
  const date = fromDay(dayOf(ctx.index, latest));
  const enough = responses >= minResponses;
  const met = enough && atLeast(score, minScore);
  const actual =
    enough || ctx.privileged
      ? ({ kind: 'score', value: score, responses, date } as const)
      : ({ kind: 'withheld', reason: 'not-enough-responses', responses, date } as const);
  return criterion(
    5,
    'instrument-target',
    met,
    actual,
    threshold,
    idsOf(ctx, [latest]),
    enough ? {} : { note: 'not-enough-responses' },
  );
}

/** Days in (from, to] on which levels 4 and 5's target may change. */
export function instrumentChangeDays(
  ctx: EvalContext,
  spec: InstrumentSpec,
  from: number,
  to: number,
  out: number[],
): void {
  pushChangeDays(ctx.index, out, measurements(ctx, spec).list, from, to, ctx.knownMs, ctx.model.measurementWindowDays);
  if (spec.kind === 'service-kpis') pushChangeDays(ctx.index, out, ctx.index.org.standards, from, to, ctx.knownMs, null);
}
