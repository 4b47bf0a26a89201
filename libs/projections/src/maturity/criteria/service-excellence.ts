import { windowStart } from '../dates';
import type { CourseAudience } from '../facts';
import { audienceOf, courseIdOf, latestVisible, processOf } from '../index/entry';
import type { ActiveMember } from '../index/membership';
import { criterion, idsOf, memberDaysFor, membersOf, percentOfMembers, shortfall, type EvalContext } from './context';
import { factDaysWhen, memo, percentDays, stateDays } from './days';
import { isCourse } from './organisation';
import type { ProcessRules } from './rules';

/**
 * P5: at least one team lead, and every lead completed a management course (ever); front-line
 * members (role member) completed a front-line course. Courses count by their definition as of T.
 */
export const serviceExcellenceRules: ProcessRules = {
  foundation(ctx) {
    const { minLeads } = ctx.model.processes['service-excellence'].foundation;
    const leads = membersOf(ctx).filter((member) => member.role === 'lead');
    const trained = leads.map((lead) => completedCourse(ctx, lead, 'management'));
    const count = trained.filter((entry) => entry !== undefined).length;
    const met = leads.length >= minLeads && count === leads.length;
    const extra = met
      ? {}
      : leads.length < minLeads
        ? { note: 'no-team-lead' as const }
        : { shortfall: shortfall(count, leads.length, 100) };
    return [
      criterion(
        2,
        'team-leads-trained',
        met,
        { kind: 'ratio', numerator: count, denominator: leads.length },
        { kind: 'min-percent', value: 100, windowDays: null },
        idsOf(ctx, trained),
        extra,
      ),
    ];
  },
  coverage(ctx) {
    const { minPercent, windowDays } = ctx.model.processes['service-excellence'].coverage;
    const frontLine = membersOf(ctx).filter((member) => member.role === 'member');
    return [
      percentOfMembers(ctx, 3, 'front-line-trained', frontLine, minPercent, windowDays, (member) =>
        completedCourse(ctx, member, 'front-line'),
      ),
    ];
  },
  days(ctx, from) {
    const { foundation, coverage } = ctx.model.processes['service-excellence'];
    const members = memberDaysFor(ctx);
    // A completion counts on the days its course is defined as this process and audience.
    const courseIs = (audience: CourseAudience) =>
      memo((courseId: string) =>
        stateDays(
          ctx,
          ctx.index.org.courses.get(courseId) ?? [],
          false,
          (_, row) => processOf(ctx.index, row) === foundation.courseProcess && audienceOf(ctx.index, row) === audience,
          (matches) => matches,
        ),
      );
    const management = courseIs('management');
    const frontLine = courseIs('front-line');
    return {
      foundation: percentDays(
        members,
        (member) => member.leads,
        (member) => factDaysWhen(ctx, member.person.trainings, null, (row) => management(courseIdOf(ctx.index, row))),
        100,
        from,
        ctx.day,
        foundation.minLeads,
      ),
      coverage: percentDays(
        members,
        (member) => member.frontLine,
        (member) =>
          factDaysWhen(ctx, member.person.trainings, coverage.windowDays, (row) =>
            frontLine(courseIdOf(ctx.index, row)),
          ),
        coverage.minPercent,
        from,
        ctx.day,
      ),
    };
  },
};

function completedCourse(ctx: EvalContext, member: ActiveMember, audience: CourseAudience) {
  const { foundation, coverage } = ctx.model.processes['service-excellence'];
  const from = audience === 'front-line' ? windowStart(ctx.day, coverage.windowDays) : Number.NEGATIVE_INFINITY;
  return latestVisible(ctx.index, member.person.trainings, from, ctx.day, ctx.knownMs, (row) =>
    isCourse(ctx, courseIdOf(ctx.index, row), foundation.courseProcess, audience),
  );
}
