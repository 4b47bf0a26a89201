import type { CourseAudience } from '../facts';
import {
  audienceOf,
  channelOf,
  isVisible,
  kindOf,
  latestVisible,
  metricOf,
  principleIdOf,
  processOf,
  upperBound,
  valueIdOf,
  type Row,
} from '../index/entry';
import type { ProcessId } from '../processes';
import { EVER, type EvalContext } from './context';

/** Organisation-level state at T: small lists, folded on demand. */

/** Core values whose latest definition or retirement by T is a definition. */
export function activeCoreValues(ctx: EvalContext): Row[] {
  const ix = ctx.index;
  const list = ix.org.coreValues;
  const latest = new Map<string, Row | null>();
  const end = upperBound(ix, list, ctx.day);
  for (let i = 0; i < end; i++) {
    const entry = list[i];
    if (!isVisible(ix, entry, ctx.knownMs)) continue;
    latest.set(valueIdOf(ix, entry), kindOf(ix, entry) === 'core-value-defined' ? entry : null);
  }
  const active: Row[] = [];
  for (const entry of latest.values()) if (entry !== null) active.push(entry);
  return active;
}

/** The first visible definition of each distinct guiding principle by T. */
export function guidingPrinciples(ctx: EvalContext): Row[] {
  return firstPerKey(ctx, ctx.index.org.guidingPrinciples, (entry) => principleIdOf(ctx.index, entry));
}

/** The latest visible standard by T for each channel and metric: the standards in force. */
export function standardsInForce(ctx: EvalContext): Map<string, Row> {
  const ix = ctx.index;
  const list = ix.org.standards;
  const inForce = new Map<string, Row>();
  const end = upperBound(ix, list, ctx.day);
  for (let i = 0; i < end; i++) {
    const entry = list[i];
    if (isVisible(ix, entry, ctx.knownMs)) inForce.set(standardKey(channelOf(ix, entry), metricOf(ix, entry)), entry);
  }
  return inForce;
}

export function standardKey(channel: string, metric: string): string {
  return `${channel}\u0000${metric}`;
}

/** A course's definition as of T (the latest one dated ≤ T). */
export function courseAt(ctx: EvalContext, courseId: string): Row | undefined {
  const list = ctx.index.org.courses.get(courseId);
  return list === undefined ? undefined : latestVisible(ctx.index, list, EVER, ctx.day, ctx.knownMs);
}

export function isCourse(ctx: EvalContext, courseId: string, process: ProcessId, audience: CourseAudience): boolean {
  const definition = courseAt(ctx, courseId);
  return (
    definition !== undefined &&
    processOf(ctx.index, definition) === process &&
    audienceOf(ctx.index, definition) === audience
  );
}

function firstPerKey(ctx: EvalContext, list: readonly Row[], key: (row: Row) => string): Row[] {
  const seen = new Set<string>();
  const out: Row[] = [];
  const end = upperBound(ctx.index, list, ctx.day);
  for (let i = 0; i < end; i++) {
    const entry = list[i];
    if (!isVisible(ctx.index, entry, ctx.knownMs) || seen.has(key(entry))) continue;
    seen.add(key(entry));
    out.push(entry);
  }
  return out;
}
