import { fromDay } from '../dates';
import { SERVICE_BEHAVIOURS, type KpiMeasuredFact, type MysteryShopRecordedFact } from '../facts';
import { isVisible, upperBound, type Entry } from '../index/entry';
import type { CriterionResult } from '../explain';
import { atLeast, criterion, idsOf, meetsPercent, type EvalContext } from './context';
import { standardKey, standardsInForce } from './organisation';

/** Visible entries on the latest day (≤ T) that has any, oldest position first. */
function latestDay<E extends Entry>(ctx: EvalContext, list: readonly E[]): E[] {
  const out: E[] = [];
  for (let i = upperBound(list, ctx.day) - 1; i >= 0; i--) {
    const entry = list[i];
    if (out.length > 0 && entry.day !== out[0].day) break;
    if (isVisible(entry, ctx.knownMs)) out.unshift(entry);
  }
  return out;
}

/** Mystery shopping: the mean of the six behaviour scores; shops on the latest date averaged. */
export function mysteryShopTarget(ctx: EvalContext, minMeanScore: number): CriterionResult {
  const threshold = { kind: 'min-score', value: minMeanScore, minResponses: null } as const;
  const shops = latestDay<Entry<MysteryShopRecordedFact>>(ctx, ctx.team?.mysteryShops ?? []);
  if (shops.length === 0) {
    return criterion(5, 'instrument-target', false, { kind: 'none' }, threshold, [], { note: 'no-measurement' });
  }
  let sumOfMeans = 0;
  for (const shop of shops) {
    let sum = 0;
    for (const behaviour of SERVICE_BEHAVIOURS) sum += shop.data.scores[behaviour];
    sumOfMeans += sum / SERVICE_BEHAVIOURS.length;
  }
  const mean = sumOfMeans / shops.length;
  return criterion(
    5,
    'instrument-target',
    atLeast(mean, minMeanScore),
    { kind: 'score', value: mean, responses: null, date: fromDay(shops[0].day) },
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
  const latest = new Map<string, Entry<KpiMeasuredFact>>();
  for (const entry of latestDay<Entry<KpiMeasuredFact>>(ctx, ctx.team?.kpis ?? [])) {
    latest.set(standardKey(entry.data.channel, entry.data.metric), entry);
  }
  if (latest.size === 0) {
    return criterion(5, 'instrument-target', false, { kind: 'none' }, threshold, [], { note: 'no-measurement' });
  }
  const standards = standardsInForce(ctx);
  let judged = 0;
  let within = 0;
  const behind: Entry[] = [];
  for (const [key, measurement] of latest) {
    const standard = standards.get(key);
    if (standard === undefined) continue;
    judged++;
    if (measurement.data.value <= standard.data.target) within++;
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
