import type { DomainEvent } from '../shared/decider';
import type { FactRetracted } from '../shared/retraction';
import type { PracticeId, ProcessId } from '../program/program.catalogue';
import type { Channel, KpiMetric, ProtocolStep, ServiceBehaviour, SurveyKind, WorkshopKind } from '../program/program.instruments';

// Team facts stay with the team. Person ids only: names live on person streams. Text fields here
// are organisational and stay in clear, except a coaching session's private note (PERSONAL_DATA).

type Team = { readonly teamId: string };
type Item = Team & { readonly itemId: string };

export type RoadmapItemPlanned = DomainEvent<
  'RoadmapItemPlanned',
  Item & {
    readonly processId: ProcessId;
    readonly practiceId: PracticeId;
    /** Organisational text: must not hold personal data. */
    readonly title: string;
    /** Person id of whoever answers for the item. */
    readonly ownerId: string;
    /** A calendar date (YYYY-MM-DD). */
    readonly dueDate: string;
  }
>;
export type RoadmapItemStarted = DomainEvent<'RoadmapItemStarted', Item>;
/** `evidence`: what shows it is done. Organisational text: must not hold personal data. */
export type RoadmapItemCompleted = DomainEvent<'RoadmapItemCompleted', Item & { readonly evidence: string }>;
/** `reason`: organisational text, must not hold personal data. */
export type RoadmapItemRescheduled = DomainEvent<'RoadmapItemRescheduled', Item & { readonly dueDate: string; readonly reason: string }>;
/** `reason`: organisational text, must not hold personal data. */
export type RoadmapItemBlocked = DomainEvent<'RoadmapItemBlocked', Item & { readonly reason: string }>;
export type RoadmapItemUnblocked = DomainEvent<'RoadmapItemUnblocked', Item>;
/** `reason`: organisational text, must not hold personal data. */
export type RoadmapItemCancelled = DomainEvent<'RoadmapItemCancelled', Item & { readonly reason: string | null }>;

export type WorkshopHeld = DomainEvent<
  'WorkshopHeld',
  Team & {
    readonly workshopId: string;
    readonly kind: WorkshopKind;
    /** Organisational text: must not hold personal data. */
    readonly name: string;
    /** Active members of the team at the workshop's date. */
    readonly attendeeIds: readonly string[];
  }
>;
export type CoachingSessionHeld = DomainEvent<
  'CoachingSessionHeld',
  Team & {
    readonly sessionId: string;
    readonly coachId: string;
    /** Active members of the team at the session's date. */
    readonly coacheeIds: readonly string[];
    readonly durationMinutes: number;
    readonly focusProcessId: ProcessId;
    /** Personal data, for HR and the coach only: encrypted under `coaching-<sessionId>`. */
    readonly privateNote: string | null;
  }
>;

/** A team-level aggregate: score 1–5 over `responseCount` answers (0 responses: no measurement). */
export type SurveyResultRecorded = DomainEvent<
  'SurveyResultRecorded',
  Team & { readonly kind: SurveyKind; readonly score: number; readonly responseCount: number }
>;
/** One visit or call: a 1–5 score per service behaviour and whether each protocol step was followed. */
export type MysteryShopRecorded = DomainEvent<
  'MysteryShopRecorded',
  Team & {
    readonly channel: Channel;
    readonly scores: Readonly<Record<ServiceBehaviour, number>>;
    readonly protocol: Readonly<Record<ProtocolStep, boolean>>;
  }
>;
/** Compared with the organisation's standard for the channel and metric in force at its date. */
export type KpiMeasured = DomainEvent<'KpiMeasured', Team & { readonly channel: Channel; readonly metric: KpiMetric; readonly value: number }>;
export type CsatRecorded = DomainEvent<'CsatRecorded', Team & { readonly score: number; readonly responseCount: number }>;
export type RecognitionGranted = DomainEvent<
  'RecognitionGranted',
  Team & {
    /** The member recognised, or null when the whole team is. */
    readonly personId: string | null;
    /** Organisational text shown in the activity feed: must not hold personal data. */
    readonly reason: string;
  }
>;

export type RoadmapEvent =
  | RoadmapItemPlanned
  | RoadmapItemStarted
  | RoadmapItemCompleted
  | RoadmapItemRescheduled
  | RoadmapItemBlocked
  | RoadmapItemUnblocked
  | RoadmapItemCancelled;
export type ActivityEvent = WorkshopHeld | CoachingSessionHeld | RecognitionGranted;
export type OutcomeEvent = SurveyResultRecorded | MysteryShopRecorded | KpiMeasured | CsatRecorded;

export type TeamEvent = RoadmapEvent | ActivityEvent | OutcomeEvent | FactRetracted;

/** Persons a team fact names who had to be active members at its date (for PersonTeamFactsContext). */
export function membersNamedBy(event: TeamEvent): readonly string[] {
  switch (event.type) {
    case 'WorkshopHeld':
      return event.data.attendeeIds;
    case 'CoachingSessionHeld':
      return event.data.coacheeIds;
    case 'RecognitionGranted':
      return event.data.personId === null ? [] : [event.data.personId];
    default:
      return [];
  }
}
