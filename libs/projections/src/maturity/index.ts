// The maturity engine (PRODUCT.md §4): a pure function of (facts, model, date, known-at).
export * from './processes';
export * from './facts';
export * from './model';
export * from './explain';
export { toDay, fromDay, addDays } from './dates';
export type { MaturityIndex, OrgIndex, TeamIndex, PersonIndex } from './index/maturity-index';
export { createMaturityIndex, intern, factCount, teamIndexOf, personIndexOf } from './index/maturity-index';
export { addFact, insertFact, buildMaturityIndex, factAt } from './index/add-fact';
export { idOf, dayOf, type Entry, type Row } from './index/entry';
export { rowOfId } from './index/columns';
export { indexToSnapshot, indexFromSnapshot, type IndexSnapshot } from './index/snapshot';
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
export { levelTimeline, teamTimelines, levelOn, valueAt, type LevelChange } from './timeline';
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
  cachedTeamTimelines,
  teamComplete,
  packTimelines,
  type LevelCache,
  type PackedTimelines,
  type TeamTimelines,
} from './level-cache';
