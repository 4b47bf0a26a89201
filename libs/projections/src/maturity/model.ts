import type {
  AlignmentCoverage,
  AttendanceCoverage as DomainAttendanceCoverage,
  InstrumentDefinition,
  MaturityModelDefinition,
  MaturityProcessDefinitions,
  PercentCoverage,
  ProcessDefinition,
  ProfileFoundation,
  ServiceModelFoundation,
  TeamWorkshopRule as DomainTeamWorkshopRule,
  TrainingFoundation,
  TrueNorthFoundation as DomainTrueNorthFoundation,
} from '@norte/domain';
import type { WorkshopKind } from './facts';
import type { ProcessId } from './processes';

/**
 * The maturity model as data (PRODUCT.md §4). The shape of each process's criteria is code;
 * every threshold, window, workshop kind, instrument and target is here, so a new model version
 * is a new value of this type. Percentages are whole-number percents, compared with ≥.
 * A window of `null` days means "ever" (any date ≤ T). The shape is the one the domain validates
 * published versions against, over the engine's workshop vocabulary (maturity-read-model/models.ts
 * translates between the two).
 */
export type MaturityModel = MaturityModelDefinition<WorkshopKind>;
export type ProcessModels = MaturityProcessDefinitions<WorkshopKind>;
export type ProcessModel<Foundation, Coverage> = ProcessDefinition<Foundation, Coverage>;
export type InstrumentSpec = InstrumentDefinition;
export type TeamWorkshopRule = DomainTeamWorkshopRule<WorkshopKind>;
export type TrueNorthFoundation = DomainTrueNorthFoundation<WorkshopKind>;
export type AttendanceCoverage = DomainAttendanceCoverage<WorkshopKind>;
export type { AlignmentCoverage, PercentCoverage, ProfileFoundation, ServiceModelFoundation, TrainingFoundation };

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
