export { maturityProjection, MATURITY_READ_MODEL } from './maturity.projection';
export { createMaturityReadModel, applyFact, indexOf, materialize, warmUp, levelCacheFor, latestModelVersion, type MaturityReadModel } from './state';
export { teamMaturity, type TeamMaturity, type TeamMaturityInput } from './team';
export { maturityHeatmap, type Heatmap, type HeatmapInput, type HeatmapRow } from './heatmap';
export { maturityTrend, MAX_TREND_POINTS, type Trend, type TrendInput, type TrendPoint } from './trend';
export { levelsCsv, type LevelsCsv } from './csv';
export { maturityModels, type MaturityModelVersion } from './models-query';
export { todayIn, knownAtInstant, type ViewInput } from './time';
export type { Structure } from './rollups';
export type { MaturitySnapshot } from './snapshot';
export {
  PROCESS_IDS as MATURITY_PROCESS_IDS,
  factCount,
  type ReaderRole,
  type Resolution,
  type ProcessId as MaturityProcessId,
  type Level,
  type CriterionResult,
  type LevelExplanation,
  type TeamProcessEvaluation,
  type UnitRollup,
  type ProcessMean,
} from '../maturity';
