import { fromDay, windowStart } from '../dates';
import type { IsoDate } from '../facts';
import { dayOf, idOf, latestVisible, type Row } from '../index/entry';
import { teamIndexOf, type MaturityIndex, type TeamIndex } from '../index/maturity-index';
import { memberDaysOf, type MemberDays } from '../index/member-days';
import { activeMembersAt, type ActiveMember } from '../index/membership';
import type { MaturityModel } from '../model';
import type { Level } from '../processes';
import { NO_FACTS, type Actual, type CriterionId, type CriterionResult, type Threshold } from '../explain';

/** Everything a criterion may look at: one team, one date T, one known-at K. */
export interface EvalContext {
  readonly index: MaturityIndex;
  readonly model: MaturityModel;
  readonly teamId: string;
  readonly team: TeamIndex | undefined;
  readonly day: number;
  readonly knownMs: number;
  /** Collect fact ids and details; off when only the level is wanted. */
  readonly explain: boolean;
  /** May see scores below the confidentiality minimum (hr, admin). */
  readonly privileged: boolean;
  members: readonly ActiveMember[] | undefined;
  /** Everyone's days on the team up to `day`, for evaluating a range of dates at once. */
  memberDays: readonly MemberDays[] | undefined;
}

export interface ContextInput {
  readonly index: MaturityIndex;
  readonly model: MaturityModel;
  readonly teamId: string;
  readonly day: number;
  readonly knownMs: number;
  readonly explain: boolean;
  readonly privileged: boolean;
}

export function createContext(input: ContextInput): EvalContext {
  return { ...input, team: teamIndexOf(input.index, input.teamId), members: undefined, memberDays: undefined };
}

/** The same team, model and K at another date. */
export function contextAt(ctx: EvalContext, day: number, explain = false): EvalContext {
  return { ...ctx, day, explain, members: undefined, memberDays: undefined };
}

export function membersOf(ctx: EvalContext): readonly ActiveMember[] {
  if (ctx.members === undefined) ctx.members = activeMembersAt(ctx.index, ctx.teamId, ctx.day, ctx.knownMs, ctx.team);
  return ctx.members;
}

export function memberDaysFor(ctx: EvalContext): readonly MemberDays[] {
  if (ctx.memberDays === undefined) ctx.memberDays = memberDaysOf(ctx.index, ctx.teamId, ctx.knownMs, ctx.day, ctx.team);
  return ctx.memberDays;
}

export function criterion(
  level: Level,
  id: CriterionId,
  met: boolean,
  actual: Actual,
  threshold: Threshold,
  factIds: readonly string[],
  extra: Pick<CriterionResult, 'shortfall' | 'note' | 'earliest'> = {},
): CriterionResult {
  return { id, level, met, actual, threshold, factIds, ...extra };
}

export function idsOf(ctx: EvalContext, rows: readonly (Row | undefined)[]): readonly string[] {
  if (!ctx.explain) return NO_FACTS;
  const ids: string[] = [];
  for (const row of rows) if (row !== undefined) ids.push(idOf(ctx.index, row));
  return ids;
}

export function dateOf(ctx: EvalContext, row: Row | undefined): IsoDate | null {
  return row === undefined ? null : fromDay(dayOf(ctx.index, row));
}

/** ≥ percent of a population, in integers; a population of zero never meets it. */
export function meetsPercent(numerator: number, denominator: number, minPercent: number): boolean {
  return denominator > 0 && numerator * 100 >= minPercent * denominator;
}

/** How many more of the population must qualify to meet the percentage. */
export function shortfall(numerator: number, denominator: number, minPercent: number): number {
  return Math.max(0, Math.ceil((minPercent * denominator) / 100 - 1e-9) - numerator);
}

/**
 * "≥ x % of <population> <qualify>": counts the members for whom `qualifying` finds a fact
 * (undefined: does not qualify), and explains with the fact that qualified each of them.
 */
export function percentOfMembers(
  ctx: EvalContext,
  level: Level,
  id: CriterionId,
  population: readonly ActiveMember[],
  minPercent: number,
  windowDays: number | null,
  qualifying: (member: ActiveMember) => Row | undefined,
): CriterionResult {
  let count = 0;
  const behind: Row[] = [];
  for (const member of population) {
    const entry = qualifying(member);
    if (entry === undefined) continue;
    count++;
    if (ctx.explain) behind.push(entry);
  }
  const met = meetsPercent(count, population.length, minPercent);
  const extra = met
    ? {}
    : population.length === 0
      ? { note: 'no-population' as const }
      : { shortfall: shortfall(count, population.length, minPercent) };
  return criterion(
    level,
    id,
    met,
    { kind: 'ratio', numerator: count, denominator: population.length },
    { kind: 'min-percent', value: minPercent, windowDays },
    idsOf(ctx, behind),
    extra,
  );
}

/** "A fact of this team-level list within the window": the latest one explains it. */
export function teamFactWithin(
  ctx: EvalContext,
  level: Level,
  id: CriterionId,
  list: readonly Row[],
  windowDays: number | null,
  accept?: (row: Row) => boolean,
): CriterionResult {
  const from = windowStart(ctx.day, windowDays);
  const latest = latestVisible(ctx.index, list, from, ctx.day, ctx.knownMs, accept);
  return criterion(
    level,
    id,
    latest !== undefined,
    { kind: 'date', value: ctx.explain ? dateOf(ctx, latest) : null },
    { kind: 'within-days', value: windowDays },
    idsOf(ctx, [latest]),
  );
}

export const EVER = Number.NEGATIVE_INFINITY;

/** Scores are recorded with a few decimals; a mean like 23.999999/6 must still reach 4.0. */
export function atLeast(value: number, minimum: number): boolean {
  return value >= minimum - 1e-9;
}
