import { windowStart } from '../dates';
import { dayOf, isVisible, latestVisible, resultOf, upperBound, type Row } from '../index/entry';
import type { PersonIndex } from '../index/maturity-index';
import type { ActiveMember } from '../index/membership';
import { daysOf, intersect, type Days } from '../intervals';
import { memberDaysFor, membersOf, percentOfMembers, type EvalContext } from './context';
import { factDays, percentDays } from './days';
import type { ProcessRules } from './rules';

/**
 * P3: every member has a job profile; members were assessed within the window (whatever profile
 * they hold now) and the latest of those assessments are mostly "aligned".
 */
export const alignmentRules: ProcessRules = {
  foundation(ctx) {
    const { minPercentWithProfile } = ctx.model.processes.alignment.foundation;
    return [
      percentOfMembers(ctx, 2, 'job-profiles', membersOf(ctx), minPercentWithProfile, null, (member) =>
        member.profileId === null ? undefined : member.profileSource,
      ),
    ];
  },
  coverage(ctx) {
    const { minPercent, minPercentAligned, windowDays } = ctx.model.processes.alignment.coverage;
    const from = windowStart(ctx.day, windowDays);
    const latest = new Map<ActiveMember, Row>();
    for (const member of membersOf(ctx)) {
      const entry = latestVisible(ctx.index, member.person.assessments, from, ctx.day, ctx.knownMs);
      if (entry !== undefined) latest.set(member, entry);
    }
    return [
      percentOfMembers(ctx, 3, 'members-assessed', membersOf(ctx), minPercent, windowDays, (member) =>
        latest.get(member),
      ),
      percentOfMembers(
        ctx,
        3,
        'latest-assessments-aligned',
        [...latest.keys()],
        minPercentAligned,
        windowDays,
        (member) => {
          const entry = latest.get(member);
          return entry !== undefined && resultOf(ctx.index, entry) === 'aligned' ? entry : undefined;
        },
      ),
    ];
  },
  days(ctx, from) {
    const { foundation, coverage } = ctx.model.processes.alignment;
    const members = memberDaysFor(ctx);
    const assessed = new Map(members.map((m) => [m, factDays(ctx, m.person.assessments, coverage.windowDays)]));
    const profiles = percentDays(
      members,
      (m) => m.active,
      (m) => m.withProfile,
      foundation.minPercentWithProfile,
      from,
      ctx.day,
    );
    const assessedDays = percentDays(
      members,
      (m) => m.active,
      (m) => assessed.get(m) ?? [],
      coverage.minPercent,
      from,
      ctx.day,
    );
    const alignedDays = percentDays(
      members,
      (m) => intersect(m.active, assessed.get(m) ?? []),
      (m) => latestAlignedDays(ctx, m.person, coverage.windowDays),
      coverage.minPercentAligned,
      from,
      ctx.day,
    );
    return { foundation: profiles, coverage: intersect(assessedDays, alignedDays) };
  },
};

/** Days on which the person's latest assessment within the window says "aligned". */
function latestAlignedDays(ctx: EvalContext, person: PersonIndex, windowDays: number | null): Days {
  const ix = ctx.index;
  const list = person.assessments;
  const end = upperBound(ix, list, ctx.day);
  const pairs: number[] = [];
  for (let i = 0; i < end;) {
    const day = dayOf(ix, list[i]);
    let latest: Row | undefined;
    for (; i < end && dayOf(ix, list[i]) === day; i++) if (isVisible(ix, list[i], ctx.knownMs)) latest = list[i];
    if (latest === undefined || resultOf(ix, latest) !== 'aligned') continue;
    let next = Number.POSITIVE_INFINITY;
    for (let j = i; j < end; j++) {
      if (isVisible(ix, list[j], ctx.knownMs)) {
        next = dayOf(ix, list[j]);
        break;
      }
    }
    pairs.push(day, windowDays === null ? next : Math.min(next, day + windowDays));
  }
  return daysOf(pairs);
}
