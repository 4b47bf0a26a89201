import type { IsoDate } from './facts';
import type { Level, ProcessId } from './processes';

/** Stable criterion ids; the UI translates them. */
export type CriterionId =
  | 'roadmap-item'
  | 'mission'
  | 'vision'
  | 'guiding-principles'
  | 'core-values'
  | 'team-workshop'
  | 'workshop-attendance'
  | 'life-plan-conversations'
  | 'job-profiles'
  | 'members-assessed'
  | 'latest-assessments-aligned'
  | 'members-coached'
  | 'team-leads-trained'
  | 'front-line-trained'
  | 'service-policy'
  | 'service-standards'
  | 'policy-acknowledged'
  | 'instrument-measured'
  | 'instrument-target'
  | 'level-3-sustained';

/** The measured side of a criterion. Plain data: no score of a withheld result ever appears. */
export type Actual =
  | { readonly kind: 'flag'; readonly value: boolean }
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'ratio'; readonly numerator: number; readonly denominator: number }
  /** The latest qualifying fact's date, or null if none. */
  | { readonly kind: 'date'; readonly value: IsoDate | null }
  | { readonly kind: 'score'; readonly value: number; readonly responses: number | null; readonly date: IsoDate }
  | {
      readonly kind: 'withheld';
      readonly reason: 'not-enough-responses';
      readonly responses: number;
      readonly date: IsoDate;
    }
  | { readonly kind: 'none' }
  /** Consecutive dates (up to the threshold) on which a condition held, ending at T. */
  | { readonly kind: 'days'; readonly value: number; readonly since: IsoDate | null };

export type Threshold =
  | { readonly kind: 'required' }
  | { readonly kind: 'min-count'; readonly value: number }
  | { readonly kind: 'min-percent'; readonly value: number; readonly windowDays: number | null }
  | { readonly kind: 'within-days'; readonly value: number | null }
  | { readonly kind: 'min-score'; readonly value: number; readonly minResponses: number | null }
  | { readonly kind: 'min-days'; readonly value: number };

export type CriterionNote =
  'no-population' | 'no-measurement' | 'not-enough-responses' | 'no-team-lead' | 'nothing-to-judge';

export interface CriterionResult {
  readonly id: CriterionId;
  readonly level: Level;
  readonly met: boolean;
  readonly actual: Actual;
  readonly threshold: Threshold;
  /** Event ids of the facts behind the actual value. */
  readonly factIds: readonly string[];
  /** For unmet percentages: how many more of the population must qualify. */
  readonly shortfall?: number;
  /** For an unmet "held for N days": the earliest date it can be met if nothing changes. */
  readonly earliest?: IsoDate;
  readonly note?: CriterionNote;
}

export interface LevelExplanation {
  readonly level: Exclude<Level, 0>;
  /** All of this level's criteria hold (lower levels may not). */
  readonly met: boolean;
  readonly criteria: readonly CriterionResult[];
}

export interface TeamProcessEvaluation {
  readonly teamId: string;
  readonly process: ProcessId;
  readonly asOf: IsoDate;
  readonly knownAt: string | null;
  readonly modelVersion: number;
  readonly level: Level;
  readonly activeMembers: number;
  /** Levels 1–5, every criterion evaluated, whether or not a lower level failed. */
  readonly levels: readonly LevelExplanation[];
  /** The unmet criteria of the next level, in level order; null at level 5. */
  readonly next: { readonly level: Level; readonly missing: readonly CriterionResult[] } | null;
}

export const NO_FACTS: readonly string[] = Object.freeze([]);
