import { windowStart } from '../dates';
import type { CriterionResult } from '../explain';
import { latestVisible, workshopKindOf } from '../index/entry';
import type { AttendanceCoverage, TeamWorkshopRule } from '../model';
import type { Level } from '../processes';
import type { Days } from '../intervals';
import { memberDaysFor, membersOf, percentOfMembers, teamFactWithin, type EvalContext } from './context';
import { factDays, percentDays } from './days';

/** The process-specific part of a process: its foundation (level 2) and coverage (level 3). */
export interface ProcessRules {
  readonly foundation: (ctx: EvalContext) => readonly CriterionResult[];
  readonly coverage: (ctx: EvalContext) => readonly CriterionResult[];
  /** The days in [from, ctx.day] on which the foundation, and the coverage, hold. */
  readonly days: (ctx: EvalContext, from: number) => { readonly foundation: Days; readonly coverage: Days };
}

/** "A workshop of these kinds was held for the team within the window." */
export function teamWorkshop(ctx: EvalContext, level: Level, rule: TeamWorkshopRule): CriterionResult {
  const kinds = rule.workshopKinds;
  return teamFactWithin(ctx, level, 'team-workshop', ctx.team?.workshops ?? [], rule.windowDays, (row) =>
    kinds.includes(workshopKindOf(ctx.index, row)),
  );
}

export function teamWorkshopDays(ctx: EvalContext, rule: TeamWorkshopRule): Days {
  const kinds = rule.workshopKinds;
  return factDays(ctx, ctx.team?.workshops ?? [], rule.windowDays, (row) =>
    kinds.includes(workshopKindOf(ctx.index, row)),
  );
}

/** "≥ x % of active members attended a workshop of these kinds within the window" (any team's). */
export function attendance(ctx: EvalContext, level: Level, coverage: AttendanceCoverage): CriterionResult {
  const from = windowStart(ctx.day, coverage.windowDays);
  const kinds = coverage.workshopKinds;
  return percentOfMembers(
    ctx,
    level,
    'workshop-attendance',
    membersOf(ctx),
    coverage.minPercent,
    coverage.windowDays,
    (member) =>
      latestVisible(ctx.index, member.person.workshopsAttended, from, ctx.day, ctx.knownMs, (row) =>
        kinds.includes(workshopKindOf(ctx.index, row)),
      ),
  );
}

export function attendanceDays(ctx: EvalContext, coverage: AttendanceCoverage, from: number): Days {
  const kinds = coverage.workshopKinds;
  return percentDays(
    memberDaysFor(ctx),
    (member) => member.active,
    (member) =>
      factDays(ctx, member.person.workshopsAttended, coverage.windowDays, (row) =>
        kinds.includes(workshopKindOf(ctx.index, row)),
      ),
    coverage.minPercent,
    from,
    ctx.day,
  );
}
