import type { Channel, KpiMetric, ProcessId, RoadmapEvent, SurveyKind, TeamEvent, WorkshopKind } from '@norte/domain';
import { PROTOCOL_STEPS, SERVICE_BEHAVIOURS } from '@norte/domain';
import { entityOf } from '../audit-trail/streams';
import type { RoadmapChangeKind } from '../roadmap/roadmap.projection';
import type { DecodedEvent } from '../shared/projection';

export const ACTIVITY_KINDS = ['workshop', 'coaching', 'training', 'recognition', 'roadmap', 'survey', 'csat', 'mystery-shop', 'kpi', 'retraction'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** What an entry says, by kind. Ids only: no names, no coaching note, no individual scores. */
export type ActivityDetails =
  | { readonly kind: 'workshop'; readonly workshopKind: WorkshopKind; readonly name: string; readonly attendeeIds: readonly string[] }
  | { readonly kind: 'coaching'; readonly coachId: string; readonly coacheeIds: readonly string[]; readonly durationMinutes: number; readonly focusProcessId: ProcessId }
  | { readonly kind: 'training'; readonly personId: string; readonly courseId: string; readonly courseTitle: string | null }
  | { readonly kind: 'recognition'; readonly personId: string | null; readonly reason: string }
  | {
      readonly kind: 'roadmap';
      readonly itemId: string;
      readonly change: RoadmapChangeKind;
      readonly title: string | null;
      readonly processId: ProcessId | null;
      readonly dueDate: string | null;
      readonly reason: string | null;
      readonly evidence: string | null;
    }
  | { readonly kind: 'survey'; readonly surveyKind: SurveyKind; readonly score: number; readonly responseCount: number }
  | { readonly kind: 'csat'; readonly score: number; readonly responseCount: number }
  | { readonly kind: 'mystery-shop'; readonly channel: Channel; readonly meanScore: number; readonly protocolCompliance: number }
  | { readonly kind: 'kpi'; readonly channel: Channel; readonly metric: KpiMetric; readonly value: number }
  | { readonly kind: 'retraction'; readonly retractedEventId: string; readonly retractedKind: ActivityKind; readonly reason: string };

/** One entry of the feed, built from its event read from the log. */
export interface ActivityEntry {
  readonly eventId: string;
  readonly position: string;
  readonly teamId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly details: ActivityDetails;
}

export const ROADMAP_CHANGES: Readonly<Record<RoadmapEvent['type'], RoadmapChangeKind>> = {
  RoadmapItemPlanned: 'planned',
  RoadmapItemStarted: 'started',
  RoadmapItemCompleted: 'completed',
  RoadmapItemRescheduled: 'rescheduled',
  RoadmapItemBlocked: 'blocked',
  RoadmapItemUnblocked: 'unblocked',
  RoadmapItemCancelled: 'cancelled',
};

/** The kind of entry a team-stream event makes; null for a retraction (placed by its target) and types the feed does not show. */
export function teamEntryKind(type: string): ActivityKind | null {
  switch (type) {
    case 'WorkshopHeld':
      return 'workshop';
    case 'CoachingSessionHeld':
      return 'coaching';
    case 'RecognitionGranted':
      return 'recognition';
    case 'SurveyResultRecorded':
      return 'survey';
    case 'CsatRecorded':
      return 'csat';
    case 'MysteryShopRecorded':
      return 'mystery-shop';
    case 'KpiMeasured':
      return 'kpi';
    default:
      return type in ROADMAP_CHANGES ? 'roadmap' : null;
  }
}

/** What an entry's details need beyond its own event: facts kept by the read model or read from other events. */
export interface DetailsContext {
  /** Training: the course's title when the training was recorded. */
  readonly courseTitle: string | null;
  /** Retraction: the kind of the entry it retracts. */
  readonly retractedKind: ActivityKind | null;
  /** Roadmap change: the item's planning event, for its title and process. */
  readonly planned: DecodedEvent | null;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

function roadmapDetails(event: RoadmapEvent, planned: DecodedEvent | null): ActivityDetails {
  const plan = planned?.type === 'RoadmapItemPlanned' ? (planned.data as Extract<RoadmapEvent, { type: 'RoadmapItemPlanned' }>['data']) : null;
  const data = event.data as Record<string, unknown>;
  const text = (field: string) => (typeof data[field] === 'string' ? (data[field] as string) : null);
  return {
    kind: 'roadmap',
    itemId: event.data.itemId,
    change: ROADMAP_CHANGES[event.type],
    title: plan?.title ?? null,
    processId: plan?.processId ?? null,
    dueDate: text('dueDate'),
    reason: text('reason'),
    evidence: text('evidence'),
  };
}

/** An entry's details from its decoded event; null when the event is not of the entry's kind. */
export function activityDetails(kind: ActivityKind, event: DecodedEvent, context: DetailsContext): ActivityDetails | null {
  if (kind === 'retraction') {
    if (event.type !== 'FactRetracted' || context.retractedKind === null) return null;
    const { factId, reason } = event.data as { factId: string; reason: string };
    return { kind: 'retraction', retractedEventId: factId, retractedKind: context.retractedKind, reason };
  }
  if (kind === 'training') {
    if (event.type !== 'TrainingCompleted') return null;
    const { courseId } = event.data as { courseId: string };
    return { kind: 'training', personId: entityOf(event.streamId), courseId, courseTitle: context.courseTitle };
  }
  if (teamEntryKind(event.type) !== kind) return null;
  const domain = { type: event.type, data: event.data } as TeamEvent;
  switch (domain.type) {
    case 'WorkshopHeld':
      return { kind: 'workshop', workshopKind: domain.data.kind, name: domain.data.name, attendeeIds: domain.data.attendeeIds };
    case 'CoachingSessionHeld': {
      // The private note never enters the feed.
      const { coachId, coacheeIds, durationMinutes, focusProcessId } = domain.data;
      return { kind: 'coaching', coachId, coacheeIds, durationMinutes, focusProcessId };
    }
    case 'RecognitionGranted':
      return { kind: 'recognition', personId: domain.data.personId, reason: domain.data.reason };
    case 'SurveyResultRecorded':
      return { kind: 'survey', surveyKind: domain.data.kind, score: domain.data.score, responseCount: domain.data.responseCount };
    case 'CsatRecorded':
      return { kind: 'csat', score: domain.data.score, responseCount: domain.data.responseCount };
    case 'MysteryShopRecorded':
      return {
        kind: 'mystery-shop',
        channel: domain.data.channel,
        meanScore: mean(SERVICE_BEHAVIOURS.map((b) => domain.data.scores[b])),
        protocolCompliance: PROTOCOL_STEPS.filter((s) => domain.data.protocol[s]).length / PROTOCOL_STEPS.length,
      };
    case 'KpiMeasured':
      return { kind: 'kpi', channel: domain.data.channel, metric: domain.data.metric, value: domain.data.value };
    case 'FactRetracted':
      return null;
    default:
      return roadmapDetails(domain, context.planned);
  }
}
