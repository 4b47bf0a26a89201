import { fromDay } from '../dates';
import { SERVICE_BEHAVIOURS } from '../facts';
import {
  behaviourScoreOf,
  channelOf,
  dayOf,
  isVisible,
  metricOf,
  targetOf,
  upperBound,
  valueOf,
  type Row,
} from '../index/entry';
import type { CriterionResult } from '../explain';
import { atLeast, criterion, idsOf, meetsPercent, type EvalContext } from './context';
import { standardKey, standardsInForce } from './organisation';

/** Visible entries on the latest day (≤ T) that has any, oldest position first. */
function latestDay(ctx: EvalContext, list: readonly Row[]): Row[] {
  const ix = ctx.index;
  const out: Row[] = [];
  for (let i = upperBound(ix, list, ctx.day) - 1; i >= 0; i--) {
    const entry = list[i];
    if (out.length > 0 && dayOf(ix, entry) !== dayOf(ix, out[0])) break;
    if (isVisible(ix, entry, ctx.knownMs)) out.unshift(entry);
  }
  return out;
}

/** Mystery shopping: the mean of the six behaviour scores; shops on the latest date averaged. */
export function mysteryShopTarget(ctx: EvalContext, minMeanScore: number): CriterionResult {
  const threshold = { kind: 'min-score', value: minMeanScore, minResponses: null } as const;
  const shops = latestDay(ctx, ctx.team?.mysteryShops ?? []);
  if (shops.length === 0) {
    return criterion(5, 'instrument-target', false, { kind: 'none' }, threshold, [], { note: 'no-measurement' });
  }
  let sumOfMeans = 0;
  for (const shop of shops) {
    let sum = 0;
    for (const behaviour of SERVICE_BEHAVIOURS) sum += behaviourScoreOf(ctx.index, shop, behaviour);
    sumOfMeans += sum / SERVICE_BEHAVIOURS.length;
  }
  const mean = sumOfMeans / shops.length;
  return criterion(
    5,
    'instrument-target',
    atLeast(mean, minMeanScore),
    { kind: 'score', value: mean, responses: null, date: fromDay(dayOf(ctx.index, shops[0])) },
    threshold,
    idsOf(ctx, shops),
  );
}

/**
 * Service KPIs: of the latest date's measurements (per channel and metric the one recorded last),
 * those with a standard in force at T are judged; enough of them must be ≤ the standard's target.
 */
export function kpiTarget(ctx: EvalContext, minPercentWithin: number): CriterionResult {
  const threshold = { kind: 'min-percent', value: minPercentWithin, windowDays: null } as const;
  const ix = ctx.index;
  const latest = new Map<string, Row>();
  for (const entry of latestDay(ctx, ctx.team?.kpis ?? [])) {
    latest.set(standardKey(channelOf(ix, entry), metricOf(ix, entry)), entry);
  }
  if (latest.size === 0) {
    return criterion(5, 'instrument-target', false, { kind: 'none' }, threshold, [], { note: 'no-measurement' });
  }
  const standards = standardsInForce(ctx);
  let judged = 0;
  let within = 0;
  const behind: Row[] = [];
  for (const [key, measurement] of latest) {
    const standard = standards.get(key);
    if (standard === undefined) continue;
    judged++;
    if (valueOf(ix, measurement) <= targetOf(ix, standard)) within++;
    behind.push(measurement, standard);
  }
  const met = meetsPercent(within, judged, minPercentWithin);
  return criterion(
    5,
    'instrument-target',
    met,
    { kind: 'ratio', numerator: within, denominator: judged },
    threshold,
    idsOf(ctx, behind),
    judged === 0 ? { note: 'nothing-to-judge' } : {},
  );
}
