import { attendance, attendanceDays, teamWorkshop, teamWorkshopDays, type ProcessRules } from './rules';

/** P7: an emotional-intelligence or empathy workshop for the team; members attended such spaces. */
export const emotionalConnectionRules: ProcessRules = {
  foundation(ctx) {
    return [teamWorkshop(ctx, 2, ctx.model.processes['emotional-connection'].foundation)];
  },
  coverage(ctx) {
    return [attendance(ctx, 3, ctx.model.processes['emotional-connection'].coverage)];
  },
  days(ctx, from) {
    const { foundation, coverage } = ctx.model.processes['emotional-connection'];
    return { foundation: teamWorkshopDays(ctx, foundation), coverage: attendanceDays(ctx, coverage, from) };
  },
};
