import type { ContextualCommand } from '../shared/decider';
import type { TeamMembership } from '../shared/context';
import type { RetractionInput } from '../shared/retraction';
import type { ProtocolStep, ServiceBehaviour } from '../program/program.instruments';

/** The team unit as the organisation read model knows it. */
export type TeamStatus =
  | { readonly status: 'active' }
  | { readonly status: 'archived'; readonly archivedAt: string }
  | { readonly status: 'unknown' };

/**
 * What every team command carries: the unit's status and every stint on the team (who was an
 * active member when), so decide can check people at any date — the command's, or a restored fact's.
 */
export interface TeamContext {
  readonly team: TeamStatus;
  readonly memberships: readonly TeamMembership[];
}

type Team = { readonly teamId: string };
type Item = Team & { readonly itemId: string };
type OnTeam<T extends string, D> = ContextualCommand<T, Team & D, TeamContext>;

export type PlanRoadmapItem = OnTeam<
  'PlanRoadmapItem',
  Item & { readonly processId: string; readonly practiceId: string; readonly title: string; readonly ownerId: string; readonly dueDate: string }
>;
export type StartRoadmapItem = OnTeam<'StartRoadmapItem', Item>;
export type CompleteRoadmapItem = OnTeam<'CompleteRoadmapItem', Item & { readonly evidence: string }>;
export type RescheduleRoadmapItem = OnTeam<'RescheduleRoadmapItem', Item & { readonly dueDate: string; readonly reason: string }>;
export type BlockRoadmapItem = OnTeam<'BlockRoadmapItem', Item & { readonly reason: string }>;
export type UnblockRoadmapItem = OnTeam<'UnblockRoadmapItem', Item>;
export type CancelRoadmapItem = OnTeam<'CancelRoadmapItem', Item & { readonly reason: string | null }>;

export type RecordWorkshop = OnTeam<
  'RecordWorkshop',
  { readonly workshopId: string; readonly kind: string; readonly name: string; readonly attendeeIds: readonly string[] }
>;
export type RecordCoachingSession = OnTeam<
  'RecordCoachingSession',
  {
    readonly sessionId: string;
    readonly coachId: string;
    readonly coacheeIds: readonly string[];
    readonly durationMinutes: number;
    readonly focusProcessId: string;
    readonly privateNote: string | null;
  }
>;
export type GrantRecognition = OnTeam<'GrantRecognition', { readonly personId: string | null; readonly reason: string }>;

export type RecordSurveyResult = OnTeam<'RecordSurveyResult', { readonly kind: string; readonly score: number; readonly responseCount: number }>;
export type RecordMysteryShop = OnTeam<
  'RecordMysteryShop',
  {
    readonly channel: string;
    readonly scores: Readonly<Record<ServiceBehaviour, number>>;
    readonly protocol: Readonly<Record<ProtocolStep, boolean>>;
  }
>;
export type RecordKpiMeasurement = OnTeam<'RecordKpiMeasurement', { readonly channel: string; readonly metric: string; readonly value: number }>;
export type RecordCsat = OnTeam<'RecordCsat', { readonly score: number; readonly responseCount: number }>;
export type RetractTeamFact = OnTeam<'RetractTeamFact', RetractionInput>;

export type RoadmapCommand =
  | PlanRoadmapItem
  | StartRoadmapItem
  | CompleteRoadmapItem
  | RescheduleRoadmapItem
  | BlockRoadmapItem
  | UnblockRoadmapItem
  | CancelRoadmapItem;
export type ActivityCommand = RecordWorkshop | RecordCoachingSession | GrantRecognition;
export type OutcomeCommand = RecordSurveyResult | RecordMysteryShop | RecordKpiMeasurement | RecordCsat;

export type TeamCommand = RoadmapCommand | ActivityCommand | OutcomeCommand | RetractTeamFact;
