import { dayOf, isVisible, itemIdOf, processOf, teamIdOf, upperBound, type Row } from '../index/entry';
import { roadmapItemKey } from '../index/maturity-index';
import type { CriterionResult } from '../explain';
import type { ProcessId } from '../processes';
import { daysOf, type Days } from '../intervals';
import { criterion, idsOf, type EvalContext } from './context';

/** Level 1: at least one roadmap item for the process, planned by T and not cancelled by T. */
export function roadmapCriterion(ctx: EvalContext, process: ProcessId): CriterionResult {
  const ix = ctx.index;
  const list = ctx.team?.roadmap ?? [];
  const open: Row[] = [];
  const end = upperBound(ix, list, ctx.day);
  for (let i = 0; i < end; i++) {
    const entry = list[i];
    if (processOf(ix, entry) !== process || !isVisible(ix, entry, ctx.knownMs) || isCancelled(ctx, entry)) continue;
    open.push(entry);
    if (!ctx.explain) break;
  }
  return criterion(
    1,
    'roadmap-item',
    open.length > 0,
    { kind: 'count', value: open.length },
    { kind: 'min-count', value: 1 },
    idsOf(ctx, open),
  );
}

function isCancelled(ctx: EvalContext, item: Row): boolean {
  const ix = ctx.index;
  const cancellations = cancellationsOf(ctx, item);
  if (cancellations === undefined) return false;
  const end = upperBound(ix, cancellations, ctx.day);
  for (let i = 0; i < end; i++) if (isVisible(ix, cancellations[i], ctx.knownMs)) return true;
  return false;
}

/** Days on which some roadmap item for the process is planned and not cancelled. */
export function roadmapDays(ctx: EvalContext, process: ProcessId): Days {
  const ix = ctx.index;
  const list = ctx.team?.roadmap ?? [];
  const pairs: number[] = [];
  const end = upperBound(ix, list, ctx.day);
  for (let i = 0; i < end; i++) {
    const entry = list[i];
    if (processOf(ix, entry) !== process || !isVisible(ix, entry, ctx.knownMs)) continue;
    let cancelled = Number.POSITIVE_INFINITY;
    for (const cancellation of cancellationsOf(ctx, entry) ?? []) {
      if (dayOf(ix, cancellation) <= ctx.day && isVisible(ix, cancellation, ctx.knownMs))
        cancelled = Math.min(cancelled, dayOf(ix, cancellation));
    }
    pairs.push(dayOf(ix, entry), cancelled);
  }
  return daysOf(pairs);
}

function cancellationsOf(ctx: EvalContext, item: Row): readonly Row[] | undefined {
  return ctx.index.org.roadmapCancellations.get(roadmapItemKey(teamIdOf(ctx.index, item), itemIdOf(ctx.index, item)));
}
