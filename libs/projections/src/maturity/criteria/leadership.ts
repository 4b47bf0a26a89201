import { windowStart } from '../dates';
import { latestVisible } from '../index/entry';
import { memberDaysFor, membersOf, percentOfMembers } from './context';
import { factDays, percentDays } from './days';
import { teamWorkshop, teamWorkshopDays, type ProcessRules } from './rules';

/** P4: a teaching–learning workshop for the team; members were coached (any focus). */
export const leadershipRules: ProcessRules = {
  foundation(ctx) {
    return [teamWorkshop(ctx, 2, ctx.model.processes.leadership.foundation)];
  },
  coverage(ctx) {
    const { minPercent, windowDays } = ctx.model.processes.leadership.coverage;
    const from = windowStart(ctx.day, windowDays);
    return [
      percentOfMembers(ctx, 3, 'members-coached', membersOf(ctx), minPercent, windowDays, (member) =>
        latestVisible(ctx.index, member.person.coaching, from, ctx.day, ctx.knownMs),
      ),
    ];
  },
  days(ctx, from) {
    const { foundation, coverage } = ctx.model.processes.leadership;
    return {
      foundation: teamWorkshopDays(ctx, foundation),
      coverage: percentDays(
        memberDaysFor(ctx),
        (member) => member.active,
        (member) => factDays(ctx, member.person.coaching, coverage.windowDays),
        coverage.minPercent,
        from,
        ctx.day,
      ),
    };
  },
};
