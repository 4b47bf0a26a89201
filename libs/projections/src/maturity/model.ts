import type { SurveyKind, WorkshopKind } from './facts';
import type { ProcessId } from './processes';

/**
 * The maturity model as data (PRODUCT.md §4). The shape of each process's criteria is code;
 * every threshold, window, workshop kind, instrument and target is here, so a new model version
 * is a new value of this type. Percentages are whole-number percents, compared with ≥.
 * A window of `null` days means "ever" (any date ≤ T).
 */
export interface MaturityModel {
  readonly version: number;
  /** Survey and CSAT results with fewer responses are withheld, and cannot reach level 5. */
  readonly confidentialityMinimum: number;
  /** Level 4: the instrument was measured within this many days. */
  readonly measurementWindowDays: number;
  /** Level 5: levels 1–3 held on every date T − sustainedDays … T. */
  readonly sustainedDays: number;
  readonly processes: ProcessModels;
}

export interface ProcessModels {
  readonly 'true-north': ProcessModel<TrueNorthFoundation, AttendanceCoverage>;
  readonly 'life-purpose': ProcessModel<TeamWorkshopRule, PercentCoverage>;
  readonly alignment: ProcessModel<ProfileFoundation, AlignmentCoverage>;
  readonly leadership: ProcessModel<TeamWorkshopRule, PercentCoverage>;
  readonly 'service-excellence': ProcessModel<TrainingFoundation, PercentCoverage>;
  readonly 'service-model': ProcessModel<ServiceModelFoundation, PercentCoverage>;
  readonly 'emotional-connection': ProcessModel<TeamWorkshopRule, AttendanceCoverage>;
}

export interface ProcessModel<Foundation, Coverage> {
  readonly foundation: Foundation;
  readonly coverage: Coverage;
  readonly instrument: InstrumentSpec;
}

/** A workshop of one of these kinds was held for the team within the window. */
export interface TeamWorkshopRule {
  readonly workshopKinds: readonly WorkshopKind[];
  readonly windowDays: number | null;
}

export interface TrueNorthFoundation {
  readonly minGuidingPrinciples: number;
  readonly minActiveCoreValues: number;
  readonly workshop: TeamWorkshopRule;
}

export interface ProfileFoundation {
  readonly minPercentWithProfile: number;
}

export interface TrainingFoundation {
  /** The course process whose management / front-line courses count. */
  readonly courseProcess: ProcessId;
  readonly minLeads: number;
}

export interface ServiceModelFoundation {
  readonly minStandards: number;
}

export interface PercentCoverage {
  readonly minPercent: number;
  readonly windowDays: number | null;
}

export interface AttendanceCoverage extends PercentCoverage {
  readonly workshopKinds: readonly WorkshopKind[];
}

export interface AlignmentCoverage extends PercentCoverage {
  readonly minPercentAligned: number;
}

export type InstrumentSpec =
  | { readonly kind: 'survey'; readonly survey: SurveyKind; readonly minScore: number }
  | { readonly kind: 'mystery-shopping'; readonly minMeanScore: number }
  | { readonly kind: 'service-kpis'; readonly minPercentWithinStandard: number }
  | { readonly kind: 'csat'; readonly minScore: number };

export type ProcessModelOf<P extends ProcessId> = ProcessModels[P];

export const DEFAULT_MODEL_V1: MaturityModel = {
  version: 1,
  confidentialityMinimum: 5,
  measurementWindowDays: 90,
  sustainedDays: 180,
  processes: {
    'true-north': {
      foundation: {
        minGuidingPrinciples: 1,
        minActiveCoreValues: 3,
        workshop: { workshopKinds: ['true-north-cascade'], windowDays: null },
      },
      coverage: { minPercent: 80, windowDays: null, workshopKinds: ['true-north-cascade'] },
      instrument: { kind: 'survey', survey: 'climate', minScore: 4.0 },
    },
    'life-purpose': {
      foundation: { workshopKinds: ['purpose'], windowDays: 365 },
      coverage: { minPercent: 60, windowDays: 365 },
      instrument: { kind: 'survey', survey: 'climate', minScore: 4.0 },
    },
    alignment: {
      foundation: { minPercentWithProfile: 100 },
      coverage: { minPercent: 90, windowDays: 365, minPercentAligned: 80 },
      instrument: { kind: 'survey', survey: 'internal-service', minScore: 4.0 },
    },
    leadership: {
      foundation: { workshopKinds: ['teaching-learning'], windowDays: 365 },
      coverage: { minPercent: 75, windowDays: 90 },
      instrument: { kind: 'survey', survey: 'internal-service', minScore: 4.0 },
    },
    'service-excellence': {
      foundation: { courseProcess: 'service-excellence', minLeads: 1 },
      coverage: { minPercent: 80, windowDays: null },
      instrument: { kind: 'mystery-shopping', minMeanScore: 4.0 },
    },
    'service-model': {
      foundation: { minStandards: 1 },
      coverage: { minPercent: 90, windowDays: null },
      instrument: { kind: 'service-kpis', minPercentWithinStandard: 90 },
    },
    'emotional-connection': {
      foundation: { workshopKinds: ['emotional-intelligence', 'empathy'], windowDays: 365 },
      coverage: {
        minPercent: 70,
        windowDays: 365,
        workshopKinds: ['emotional-intelligence', 'empathy', 'reflection'],
      },
      instrument: { kind: 'csat', minScore: 4.2 },
    },
  },
};
