import type { ProcessId } from './processes';

/**
 * The maturity engine's input: a small, normalized vocabulary of facts. A reducer maps domain
 * events onto these (one event → zero or one fact, carrying the event's id and position), so the
 * engine never depends on how events are named, versioned or stored.
 */

/** A calendar date 'YYYY-MM-DD' in the organisation's time zone. */
export type IsoDate = string;
/** An ISO-8601 instant, e.g. '2026-03-10T09:30:00Z'. */
export type Instant = string;

export type TeamRole = 'lead' | 'member';
export type WorkshopKind =
  'true-north-cascade' | 'purpose' | 'teaching-learning' | 'emotional-intelligence' | 'empathy' | 'reflection';
export type AssessmentResult = 'aligned' | 'partial' | 'misaligned';
export type CourseAudience = 'management' | 'front-line';
export type SurveyKind = 'climate' | 'internal-service';
export type ServiceBehaviour = 'reliability' | 'accessibility' | 'timeliness' | 'proactivity' | 'warmth' | 'advice';

export interface FactMeta {
  /** The id of the event the fact comes from. */
  readonly id: string;
  /** Global position of that event in the log. */
  readonly position: bigint;
  /** The date of `occurredAt` in the organisation's time zone. */
  readonly date: IsoDate;
  /** When Norte learnt it (system time). */
  readonly recordedAt: Instant;
}

type F<Kind extends string, Data> = FactMeta & { readonly kind: Kind; readonly data: Data };

// Organisation: true north, service model, course catalogue.
export type MissionSetFact = F<'mission-set', Record<string, never>>;
export type VisionSetFact = F<'vision-set', Record<string, never>>;
export type GuidingPrincipleDefinedFact = F<'guiding-principle-defined', { readonly principleId: string }>;
export type CoreValueDefinedFact = F<'core-value-defined', { readonly valueId: string }>;
export type CoreValueRetiredFact = F<'core-value-retired', { readonly valueId: string }>;
export type ServicePolicyPublishedFact = F<'service-policy-published', { readonly version: number }>;
export type ServiceStandardSetFact = F<
  'service-standard-set',
  { readonly channel: string; readonly metric: string; readonly target: number }
>;
export type CourseDefinedFact = F<
  'course-defined',
  { readonly courseId: string; readonly process: ProcessId; readonly audience: CourseAudience }
>;

// Membership. `role: null` on a move keeps the person's current role.
export type PersonEnrolledFact = F<
  'person-enrolled',
  { readonly personId: string; readonly teamId: string; readonly role: TeamRole; readonly profileId: string | null }
>;
export type PersonMovedTeamFact = F<
  'person-moved-team',
  { readonly personId: string; readonly teamId: string; readonly role: TeamRole | null }
>;
export type TeamRoleChangedFact = F<'team-role-changed', { readonly personId: string; readonly role: TeamRole }>;
export type JobProfileChangedFact = F<
  'job-profile-changed',
  { readonly personId: string; readonly profileId: string | null }
>;
export type PersonLeftFact = F<'person-left', { readonly personId: string }>;

// Person facts (they travel with the person) and the team facts that carry them.
export type WorkshopHeldFact = F<
  'workshop-held',
  { readonly teamId: string; readonly workshopKind: WorkshopKind; readonly attendeeIds: readonly string[] }
>;
export type CoachingSessionHeldFact = F<
  'coaching-session-held',
  { readonly teamId: string; readonly coacheeIds: readonly string[] }
>;
export type LifePlanConversationHeldFact = F<'life-plan-conversation-held', { readonly personId: string }>;
export type AlignmentAssessedFact = F<
  'alignment-assessed',
  { readonly personId: string; readonly result: AssessmentResult }
>;
export type TrainingCompletedFact = F<'training-completed', { readonly personId: string; readonly courseId: string }>;
export type PolicyAcknowledgedFact = F<'policy-acknowledged', { readonly personId: string; readonly version: number }>;

// Team facts: roadmap and outcome instruments.
export type RoadmapItemPlannedFact = F<
  'roadmap-item-planned',
  { readonly itemId: string; readonly teamId: string; readonly process: ProcessId }
>;
/** Item ids are unique within their team's roadmap only: the team is part of the item's identity. */
export type RoadmapItemCancelledFact = F<'roadmap-item-cancelled', { readonly itemId: string; readonly teamId: string }>;
export type SurveyResultRecordedFact = F<
  'survey-result-recorded',
  { readonly teamId: string; readonly survey: SurveyKind; readonly score: number; readonly responses: number }
>;
export type MysteryShopRecordedFact = F<
  'mystery-shop-recorded',
  { readonly teamId: string; readonly scores: Readonly<Record<ServiceBehaviour, number>> }
>;
export type KpiMeasuredFact = F<
  'kpi-measured',
  { readonly teamId: string; readonly channel: string; readonly metric: string; readonly value: number }
>;
export type CsatRecordedFact = F<
  'csat-recorded',
  { readonly teamId: string; readonly score: number; readonly responses: number }
>;

/** Removes `retractedFactId` from every as-of date once known; retracting a retraction restores it. */
export type FactRetractedFact = F<'fact-retracted', { readonly retractedFactId: string }>;

export type MembershipFact =
  PersonEnrolledFact | PersonMovedTeamFact | TeamRoleChangedFact | JobProfileChangedFact | PersonLeftFact;

export type MaturityFact =
  | MissionSetFact
  | VisionSetFact
  | GuidingPrincipleDefinedFact
  | CoreValueDefinedFact
  | CoreValueRetiredFact
  | ServicePolicyPublishedFact
  | ServiceStandardSetFact
  | CourseDefinedFact
  | MembershipFact
  | WorkshopHeldFact
  | CoachingSessionHeldFact
  | LifePlanConversationHeldFact
  | AlignmentAssessedFact
  | TrainingCompletedFact
  | PolicyAcknowledgedFact
  | RoadmapItemPlannedFact
  | RoadmapItemCancelledFact
  | SurveyResultRecordedFact
  | MysteryShopRecordedFact
  | KpiMeasuredFact
  | CsatRecordedFact
  | FactRetractedFact;

export type FactKind = MaturityFact['kind'];
export type FactOfKind<K extends FactKind> = Extract<MaturityFact, { readonly kind: K }>;

export const SERVICE_BEHAVIOURS: readonly ServiceBehaviour[] = [
  'reliability',
  'accessibility',
  'timeliness',
  'proactivity',
  'warmth',
  'advice',
];
