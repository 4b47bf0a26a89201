import type { CourseAudience, CourseDefinedFact, CoreValueDefinedFact, ServiceStandardSetFact } from '../facts';
import { isVisible, latestVisible, upperBound, type Entry } from '../index/entry';
import type { ProcessId } from '../processes';
import { EVER, type EvalContext } from './context';

/** Organisation-level state at T: small lists, folded on demand. */

/** Core values whose latest definition or retirement by T is a definition. */
export function activeCoreValues(ctx: EvalContext): Entry<CoreValueDefinedFact>[] {
  const list = ctx.index.org.coreValues;
  const latest = new Map<string, Entry<CoreValueDefinedFact> | null>();
  const end = upperBound(list, ctx.day);
  for (let i = 0; i < end; i++) {
    const entry = list[i];
    if (!isVisible(entry, ctx.knownMs)) continue;
    const fact = entry;
    latest.set(fact.data.valueId, fact.kind === 'core-value-defined' ? (entry as Entry<CoreValueDefinedFact>) : null);
  }
  const active: Entry<CoreValueDefinedFact>[] = [];
  for (const entry of latest.values()) if (entry !== null) active.push(entry);
  return active;
}

/** The first visible definition of each distinct guiding principle by T. */
export function guidingPrinciples(ctx: EvalContext): Entry[] {
  return firstPerKey(ctx, ctx.index.org.guidingPrinciples, (entry) => entry.data.principleId);
}

/** The latest visible standard by T for each channel and metric: the standards in force. */
export function standardsInForce(ctx: EvalContext): Map<string, Entry<ServiceStandardSetFact>> {
  const list = ctx.index.org.standards;
  const inForce = new Map<string, Entry<ServiceStandardSetFact>>();
  const end = upperBound(list, ctx.day);
  for (let i = 0; i < end; i++) {
    const entry = list[i];
    if (isVisible(entry, ctx.knownMs)) inForce.set(standardKey(entry.data.channel, entry.data.metric), entry);
  }
  return inForce;
}

export function standardKey(channel: string, metric: string): string {
  return `${channel}\u0000${metric}`;
}

/** A course's definition as of T (the latest one dated ≤ T). */
export function courseAt(ctx: EvalContext, courseId: string): Entry<CourseDefinedFact> | undefined {
  const list = ctx.index.org.courses.get(courseId);
  return list === undefined ? undefined : latestVisible(list, EVER, ctx.day, ctx.knownMs);
}

export function isCourse(ctx: EvalContext, courseId: string, process: ProcessId, audience: CourseAudience): boolean {
  const definition = courseAt(ctx, courseId);
  return (
    definition !== undefined && definition.data.process === process && definition.data.audience === audience
  );
}

function firstPerKey<E extends Entry>(ctx: EvalContext, list: readonly E[], key: (entry: E) => string): E[] {
  const seen = new Set<string>();
  const out: E[] = [];
  const end = upperBound(list, ctx.day);
  for (let i = 0; i < end; i++) {
    const entry = list[i];
    if (!isVisible(entry, ctx.knownMs) || seen.has(key(entry))) continue;
    seen.add(key(entry));
    out.push(entry);
  }
  return out;
}
