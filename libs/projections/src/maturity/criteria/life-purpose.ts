import { windowStart } from '../dates';
import { latestVisible } from '../index/entry';
import { memberDaysFor, membersOf, percentOfMembers } from './context';
import { factDays, percentDays } from './days';
import { teamWorkshop, teamWorkshopDays, type ProcessRules } from './rules';

/** P2: a purpose workshop for the team; members had a life-plan conversation. */
export const lifePurposeRules: ProcessRules = {
  foundation(ctx) {
    return [teamWorkshop(ctx, 2, ctx.model.processes['life-purpose'].foundation)];
  },
  coverage(ctx) {
    const { minPercent, windowDays } = ctx.model.processes['life-purpose'].coverage;
    const from = windowStart(ctx.day, windowDays);
    return [
      percentOfMembers(ctx, 3, 'life-plan-conversations', membersOf(ctx), minPercent, windowDays, (member) =>
        latestVisible(ctx.index, member.person.lifePlans, from, ctx.day, ctx.knownMs),
      ),
    ];
  },
  days(ctx, from) {
    const { foundation, coverage } = ctx.model.processes['life-purpose'];
    return {
      foundation: teamWorkshopDays(ctx, foundation),
      coverage: percentDays(
        memberDaysFor(ctx),
        (member) => member.active,
        (member) => factDays(ctx, member.person.lifePlans, coverage.windowDays),
        coverage.minPercent,
        from,
        ctx.day,
      ),
    };
  },
};
