import { isVisible, upperBound, type Entry } from '../index/entry';
import type { RoadmapItemPlannedFact } from '../facts';
import type { CriterionResult } from '../explain';
import type { ProcessId } from '../processes';
import { daysOf, type Days } from '../intervals';
import { criterion, idsOf, type EvalContext } from './context';

/** Level 1: at least one roadmap item for the process, planned by T and not cancelled by T. */
export function roadmapCriterion(ctx: EvalContext, process: ProcessId): CriterionResult {
  const list = ctx.team?.roadmap ?? [];
  const open: Entry<RoadmapItemPlannedFact>[] = [];
  const end = upperBound(list, ctx.day);
  for (let i = 0; i < end; i++) {
    const entry = list[i];
    if (entry.data.process !== process || !isVisible(entry, ctx.knownMs) || isCancelled(ctx, entry)) continue;
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

function isCancelled(ctx: EvalContext, item: Entry<RoadmapItemPlannedFact>): boolean {
  const cancellations = ctx.index.org.roadmapCancellations.get(item.data.itemId);
  if (cancellations === undefined) return false;
  const end = upperBound(cancellations, ctx.day);
  for (let i = 0; i < end; i++) if (isVisible(cancellations[i], ctx.knownMs)) return true;
  return false;
}

/** Days on which some roadmap item for the process is planned and not cancelled. */
export function roadmapDays(ctx: EvalContext, process: ProcessId): Days {
  const list = ctx.team?.roadmap ?? [];
  const pairs: number[] = [];
  const end = upperBound(list, ctx.day);
  for (let i = 0; i < end; i++) {
    const entry = list[i];
    if (entry.data.process !== process || !isVisible(entry, ctx.knownMs)) continue;
    let cancelled = Number.POSITIVE_INFINITY;
    for (const cancellation of ctx.index.org.roadmapCancellations.get(entry.data.itemId) ?? []) {
      if (cancellation.day <= ctx.day && isVisible(cancellation, ctx.knownMs))
        cancelled = Math.min(cancelled, cancellation.day);
    }
    pairs.push(entry.day, cancelled);
  }
  return daysOf(pairs);
}
