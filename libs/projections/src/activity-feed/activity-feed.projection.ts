import type {
  Channel,
  KpiMetric,
  OrganisationEvent,
  PersonEvent,
  ProcessId,
  RoadmapEvent,
  SurveyKind,
  TeamEvent,
  WorkshopKind,
} from '@norte/domain';
import { SERVICE_BEHAVIOURS, PROTOCOL_STEPS } from '@norte/domain';
import { counts, emptyRetractions, recordRetraction, type Retractions } from '../audit-trail/retractions';
import { byBusinessTime, categoryOf, entityOf } from '../audit-trail/streams';
import type { RoadmapChangeKind } from '../roadmap/roadmap.projection';
import type { DecodedEvent, Projection } from '../shared/projection';

export type ActivityKind = 'workshop' | 'coaching' | 'training' | 'recognition' | 'roadmap' | 'survey' | 'csat' | 'mystery-shop' | 'kpi' | 'retraction';

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

export interface ActivityEntry {
  readonly eventId: string;
  readonly position: string;
  readonly teamId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly details: ActivityDetails;
}

interface MembershipRef {
  readonly eventId: string;
  readonly occurredAt: string;
  readonly position: string;
  /** The team joined (enrolled, moved in) or null (left). */
  readonly teamId: string | null;
}

export interface ActivityFeedState {
  entries: Record<string, ActivityEntry>;
  /** Per team, entry ids in global order. */
  teams: Record<string, string[]>;
  /** Membership facts per person, to place their trainings on a team. */
  memberships: Record<string, MembershipRef[]>;
  courses: Record<string, string>;
  /** `<teamId>/<itemId>` → title and process of the planned item. */
  items: Record<string, { readonly title: string; readonly processId: ProcessId }>;
  retractions: Retractions;
}

const ROADMAP_CHANGES: Readonly<Record<RoadmapEvent['type'], RoadmapChangeKind>> = {
  RoadmapItemPlanned: 'planned',
  RoadmapItemStarted: 'started',
  RoadmapItemCompleted: 'completed',
  RoadmapItemRescheduled: 'rescheduled',
  RoadmapItemBlocked: 'blocked',
  RoadmapItemUnblocked: 'unblocked',
  RoadmapItemCancelled: 'cancelled',
};

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

function teamDetails(state: ActivityFeedState, event: TeamEvent): ActivityDetails | null {
  switch (event.type) {
    case 'WorkshopHeld':
      return { kind: 'workshop', workshopKind: event.data.kind, name: event.data.name, attendeeIds: event.data.attendeeIds };
    case 'CoachingSessionHeld': {
      // The private note never enters the feed.
      const { coachId, coacheeIds, durationMinutes, focusProcessId } = event.data;
      return { kind: 'coaching', coachId, coacheeIds, durationMinutes, focusProcessId };
    }
    case 'RecognitionGranted':
      return { kind: 'recognition', personId: event.data.personId, reason: event.data.reason };
    case 'SurveyResultRecorded':
      return { kind: 'survey', surveyKind: event.data.kind, score: event.data.score, responseCount: event.data.responseCount };
    case 'CsatRecorded':
      return { kind: 'csat', score: event.data.score, responseCount: event.data.responseCount };
    case 'MysteryShopRecorded':
      return {
        kind: 'mystery-shop',
        channel: event.data.channel,
        meanScore: mean(SERVICE_BEHAVIOURS.map((b) => event.data.scores[b])),
        protocolCompliance: PROTOCOL_STEPS.filter((s) => event.data.protocol[s]).length / PROTOCOL_STEPS.length,
      };
    case 'KpiMeasured':
      return { kind: 'kpi', channel: event.data.channel, metric: event.data.metric, value: event.data.value };
    case 'FactRetracted':
      return null;
    default: {
      const key = `${event.data.teamId}/${event.data.itemId}`;
      if (event.type === 'RoadmapItemPlanned') state.items[key] = { title: event.data.title, processId: event.data.processId };
      const item = state.items[key];
      const data = event.data as Record<string, unknown>;
      const text = (field: string) => (typeof data[field] === 'string' ? (data[field] as string) : null);
      return {
        kind: 'roadmap',
        itemId: event.data.itemId,
        change: ROADMAP_CHANGES[event.type],
        title: item?.title ?? null,
        processId: item?.processId ?? null,
        dueDate: text('dueDate'),
        reason: text('reason'),
        evidence: text('evidence'),
      };
    }
  }
}

/** The person's team at an instant, from the membership facts that count now. */
function teamAt(state: ActivityFeedState, personId: string, occurredAt: string): string | null {
  const at = Date.parse(occurredAt);
  let team: string | null = null;
  for (const ref of (state.memberships[personId] ?? []).filter((r) => counts(state.retractions, r.eventId)).sort(byBusinessTime)) {
    if (Date.parse(ref.occurredAt) > at) break;
    team = ref.teamId;
  }
  return team;
}

function personEvent(state: ActivityFeedState, event: DecodedEvent, personId: string): { teamId: string; details: ActivityDetails } | null {
  const domain = { type: event.type, data: event.data } as PersonEvent;
  const ref = (teamId: string | null) => {
    (state.memberships[personId] ??= []).push({ eventId: event.eventId, occurredAt: event.occurredAt, position: event.position.toString(), teamId });
    return null;
  };
  switch (domain.type) {
    case 'PersonEnrolled':
      return ref(domain.data.teamId);
    case 'PersonMovedTeam':
      return ref(domain.data.toTeamId);
    case 'PersonLeft':
      return ref(null);
    case 'TrainingCompleted': {
      const teamId = teamAt(state, personId, event.occurredAt);
      if (teamId === null) return null;
      const { courseId } = domain.data;
      return { teamId, details: { kind: 'training', personId, courseId, courseTitle: state.courses[courseId] ?? null } };
    }
    default:
      return null;
  }
}

function add(state: ActivityFeedState, event: DecodedEvent, teamId: string, details: ActivityDetails): void {
  state.entries[event.eventId] = {
    eventId: event.eventId,
    position: event.position.toString(),
    teamId,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    details,
  };
  (state.teams[teamId] ??= []).push(event.eventId);
}

/**
 * Recent facts per team, for the feed of any unit: workshops, coaching sessions (without their
 * note), trainings of the team's members, recognitions, roadmap changes, measurements and the
 * retractions of any of these. An entry is shown while it counts: a retracted fact leaves the
 * feed, a retracted retraction brings it back (and its own entry leaves).
 */
export const activityFeedProjection: Projection<ActivityFeedState> = {
  name: 'activity-feed',
  version: 1,
  canHandle: [
    'WorkshopHeld', 'CoachingSessionHeld', 'RecognitionGranted', 'SurveyResultRecorded', 'CsatRecorded', 'MysteryShopRecorded', 'KpiMeasured',
    'RoadmapItemPlanned', 'RoadmapItemStarted', 'RoadmapItemCompleted', 'RoadmapItemRescheduled', 'RoadmapItemBlocked', 'RoadmapItemUnblocked',
    'RoadmapItemCancelled', 'PersonEnrolled', 'PersonMovedTeam', 'PersonLeft', 'TrainingCompleted', 'CourseDefined', 'FactRetracted',
  ],
  init: () => ({ entries: {}, teams: {}, memberships: {}, courses: {}, items: {}, retractions: emptyRetractions() }),
  evolve(state, event) {
    const category = categoryOf(event.streamId);
    if (event.type === 'FactRetracted') {
      if (category === 'organisation' || category === 'user') return state;
      const { factId, reason } = event.data as { factId: string; reason: string };
      recordRetraction(state.retractions, event.eventId, factId);
      const target = state.entries[factId];
      if (target) add(state, event, target.teamId, { kind: 'retraction', retractedEventId: factId, retractedKind: target.details.kind, reason });
      return state;
    }
    if (category === 'organisation') {
      const domain = { type: event.type, data: event.data } as OrganisationEvent;
      if (domain.type === 'CourseDefined') state.courses[domain.data.courseId] = domain.data.title;
      return state;
    }
    if (category === 'person') {
      const placed = personEvent(state, event, entityOf(event.streamId));
      if (placed) add(state, event, placed.teamId, placed.details);
      return state;
    }
    if (category === 'team') {
      const details = teamDetails(state, { type: event.type, data: event.data } as TeamEvent);
      if (details) add(state, event, entityOf(event.streamId), details);
    }
    return state;
  },
};
