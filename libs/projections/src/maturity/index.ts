// The maturity engine (PRODUCT.md §4): a pure function of (facts, model, date, known-at).
export * from './processes';
export * from './facts';
export * from './model';
export * from './explain';
export { toDay, fromDay, addDays } from './dates';
export type { MaturityIndex, OrgIndex, TeamIndex, PersonIndex } from './index/maturity-index';
export { createMaturityIndex, intern, internAll } from './index/maturity-index';
export { addFact, addEntry, insertFact, buildMaturityIndex } from './index/add-fact';
export type { Entry } from './index/entry';
export { affectedBy, type Affected } from './index/affected';
export {
  evaluateTeam,
  evaluateAllProcesses,
  levelAt,
  levelsAt,
  activeMemberCount,
  type EvaluationOptions,
  type ReaderRole,
  type TeamEvaluation,
} from './engine';
export { levelTimeline, teamTimelines, levelOn, type LevelChange } from './timeline';
export { teamTrend, trendDates, periodEnd, type Resolution, type TrendPoint } from './trend';
export { rollUp, rollUpAt, type UnitNode, type TeamLevels, type ProcessMean, type UnitRollup } from './rollup';
export { roundHalfUpToTenth, teamProgramIndex } from './rounding';
export {
  createLevelCache,
  invalidateLevels,
  cachedLevelsAt,
  cachedTimeline,
  cachedActiveMembers,
  cachedRollUpAt,
  type LevelCache,
} from './level-cache';
