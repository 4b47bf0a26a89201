import { createContext, membersOf, type EvalContext } from './criteria/context';
import { measuredCriterion, targetCriterion } from './criteria/instruments';
import { rulesFor } from './criteria/processes';
import { roadmapCriterion } from './criteria/roadmap';
import { fromDay, toDay, toInstantMs } from './dates';
import type { CriterionResult, LevelExplanation, TeamProcessEvaluation } from './explain';
import type { Instant, IsoDate } from './facts';
import type { MaturityIndex } from './index/maturity-index';
import { activeMembersAt } from './index/membership';
import { allMet, level3HeldSince, levelUpTo3 } from './levels';
import type { MaturityModel } from './model';
import { PROCESS_IDS, type Level, type ProcessId } from './processes';
import { teamProgramIndex } from './rounding';

export type ReaderRole = 'executive' | 'hr' | 'team-lead' | 'admin';

export interface EvaluationOptions {
  /** Keep only facts recorded by this instant (a date means the end of that day: convert first). */
  readonly knownAt?: Instant;
  /** Who reads the explanation: only hr and admin see scores below the confidentiality minimum. */
  readonly role?: ReaderRole;
}

export interface TeamEvaluation {
  readonly teamId: string;
  readonly asOf: IsoDate;
  readonly activeMembers: number;
  readonly processes: Readonly<Record<ProcessId, TeamProcessEvaluation>>;
  readonly programIndex: number;
}

/** A team's level for one process as of a date, with every criterion explained. */
export function evaluateTeam(
  index: MaturityIndex,
  model: MaturityModel,
  teamId: string,
  process: ProcessId,
  asOf: IsoDate,
  options: EvaluationOptions = {},
): TeamProcessEvaluation {
  return explain(contextFor(index, model, teamId, asOf, options, true), process, options);
}

/** Every process for a team, explained, plus its program index. */
export function evaluateAllProcesses(
  index: MaturityIndex,
  model: MaturityModel,
  teamId: string,
  asOf: IsoDate,
  options: EvaluationOptions = {},
): TeamEvaluation {
  const ctx = contextFor(index, model, teamId, asOf, options, true);
  const processes = {} as Record<ProcessId, TeamProcessEvaluation>;
  const levels = {} as Record<ProcessId, Level>;
  for (const process of PROCESS_IDS) {
    processes[process] = explain(ctx, process, options);
    levels[process] = processes[process].level;
  }
  return { teamId, asOf, activeMembers: membersOf(ctx).length, processes, programIndex: teamProgramIndex(levels) };
}

/** Only the level: short-circuits, collects no explanation (heatmaps, caches). */
export function levelAt(
  index: MaturityIndex,
  model: MaturityModel,
  teamId: string,
  process: ProcessId,
  asOf: IsoDate,
  options: EvaluationOptions = {},
): Level {
  return fastLevel(contextFor(index, model, teamId, asOf, options, false), process);
}

/** The seven levels of a team, sharing the active-member computation. */
export function levelsAt(
  index: MaturityIndex,
  model: MaturityModel,
  teamId: string,
  asOf: IsoDate,
  options: EvaluationOptions = {},
): Record<ProcessId, Level> {
  const ctx = contextFor(index, model, teamId, asOf, options, false);
  const levels = {} as Record<ProcessId, Level>;
  for (const process of PROCESS_IDS) levels[process] = fastLevel(ctx, process);
  return levels;
}

export function activeMemberCount(
  index: MaturityIndex,
  teamId: string,
  asOf: IsoDate,
  options: Pick<EvaluationOptions, 'knownAt'> = {},
): number {
  return activeMembersAt(index, teamId, toDay(asOf), knownMsOf(options)).length;
}

export function knownMsOf(options: Pick<EvaluationOptions, 'knownAt'>): number {
  return options.knownAt === undefined ? Number.POSITIVE_INFINITY : toInstantMs(options.knownAt);
}

export function contextFor(
  index: MaturityIndex,
  model: MaturityModel,
  teamId: string,
  asOf: IsoDate,
  options: EvaluationOptions,
  explainIt: boolean,
): EvalContext {
  const privileged = options.role === 'hr' || options.role === 'admin';
  return createContext({
    index,
    model,
    teamId,
    day: toDay(asOf),
    knownMs: knownMsOf(options),
    explain: explainIt,
    privileged,
  });
}

export function fastLevel(ctx: EvalContext, process: ProcessId): Level {
  const upTo3 = levelUpTo3(ctx, process);
  if (upTo3 < 3) return upTo3;
  const spec = ctx.model.processes[process].instrument;
  if (!measuredCriterion(ctx, spec).met) return 3;
  if (!targetCriterion(ctx, spec).met) return 4;
  const from = ctx.day - ctx.model.sustainedDays;
  const since = level3HeldSince(ctx, process, from);
  return since !== null && since <= from ? 5 : 4;
}

function explain(ctx: EvalContext, process: ProcessId, options: EvaluationOptions): TeamProcessEvaluation {
  const spec = ctx.model.processes[process].instrument;
  const rules = rulesFor(process);
  const one = [roadmapCriterion(ctx, process)];
  const two = rules.foundation(ctx);
  const three = rules.coverage(ctx);
  const four = [measuredCriterion(ctx, spec)];
  const five = [
    targetCriterion(ctx, spec),
    sustainedCriterion(ctx, process, allMet(one) && allMet(two) && allMet(three)),
  ];
  const levels: LevelExplanation[] = [one, two, three, four, five].map((criteria, i) => ({
    level: (i + 1) as LevelExplanation['level'],
    met: allMet(criteria),
    criteria,
  }));
  let level = 0;
  while (level < 5 && levels[level].met) level++;
  return {
    teamId: ctx.teamId,
    process,
    asOf: fromDay(ctx.day),
    knownAt: options.knownAt ?? null,
    modelVersion: ctx.model.version,
    level: level as Level,
    activeMembers: membersOf(ctx).length,
    levels,
    next: level === 5 ? null : { level: (level + 1) as Level, missing: levels[level].criteria.filter((c) => !c.met) },
  };
}

/** "Levels 1–3 held on every date T − S … T" (S + 1 dates). */
function sustainedCriterion(ctx: EvalContext, process: ProcessId, holdsAtT: boolean): CriterionResult {
  const lookback = ctx.model.sustainedDays;
  const from = ctx.day - lookback;
  const since = holdsAtT ? level3HeldSince(ctx, process, from) : null;
  const met = since !== null && since <= from;
  return {
    id: 'level-3-sustained',
    level: 5,
    met,
    actual: {
      kind: 'days',
      value: since === null ? 0 : ctx.day - since + 1,
      since: since === null ? null : fromDay(since),
    },
    threshold: { kind: 'min-days', value: lookback + 1 },
    factIds: [],
    ...(since !== null && !met ? { earliest: fromDay(since + lookback) } : {}),
  };
}
