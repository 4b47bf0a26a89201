import type { NorteEvent } from '@norte/domain';
import type { MaturityFact, WorkshopKind } from '../maturity';
import type { DecodedEvent } from '../shared/projection';
import type { OrgCalendar } from './calendar';

/** Domain event types that feed the maturity engine (others carry nothing it counts). */
export const MATURITY_EVENT_TYPES: readonly NorteEvent['type'][] = [
  'MissionSet', 'VisionSet', 'GuidingPrincipleDefined', 'CoreValueDefined', 'CoreValueRetired', 'ServicePolicyPublished',
  'ServiceStandardSet', 'CourseDefined', 'PersonEnrolled', 'PersonMovedTeam', 'TeamRoleChanged', 'JobProfileChanged',
  'PersonLeft', 'WorkshopHeld', 'CoachingSessionHeld', 'LifePlanConversationHeld', 'AlignmentAssessed', 'TrainingCompleted',
  'PolicyAcknowledged', 'RoadmapItemPlanned', 'RoadmapItemCancelled', 'SurveyResultRecorded', 'MysteryShopRecorded',
  'KpiMeasured', 'CsatRecorded', 'FactRetracted',
];

const WORKSHOP_KINDS: Record<string, WorkshopKind> = {
  'true-north-cascade': 'true-north-cascade',
  purpose: 'purpose',
  'teaching-learning': 'teaching-learning',
  'emotional-intelligence': 'emotional-intelligence',
  empathy: 'empathy',
  'reflection-space': 'reflection',
};

/** One domain event → the engine's fact (or none). The engine never sees event names or versions. */
export function factFromEvent(decoded: DecodedEvent, calendar: OrgCalendar): MaturityFact | undefined {
  const meta = { id: decoded.eventId, position: decoded.position, date: calendar.dateOf(decoded.occurredAt), recordedAt: decoded.recordedAt };
  const event = { type: decoded.type, data: decoded.data } as NorteEvent;
  switch (event.type) {
    case 'MissionSet':
      return { ...meta, kind: 'mission-set', data: {} };
    case 'VisionSet':
      return { ...meta, kind: 'vision-set', data: {} };
    case 'GuidingPrincipleDefined':
      return { ...meta, kind: 'guiding-principle-defined', data: { principleId: event.data.principleId } };
    case 'CoreValueDefined':
      return { ...meta, kind: 'core-value-defined', data: { valueId: event.data.valueId } };
    case 'CoreValueRetired':
      return { ...meta, kind: 'core-value-retired', data: { valueId: event.data.valueId } };
    case 'ServicePolicyPublished':
      return { ...meta, kind: 'service-policy-published', data: { version: event.data.version } };
    case 'ServiceStandardSet':
      return { ...meta, kind: 'service-standard-set', data: { channel: event.data.channel, metric: event.data.metric, target: event.data.target } };
    case 'CourseDefined':
      return { ...meta, kind: 'course-defined', data: { courseId: event.data.courseId, process: event.data.processId, audience: event.data.audience } };
    case 'PersonEnrolled':
      return { ...meta, kind: 'person-enrolled', data: { personId: event.data.personId, teamId: event.data.teamId, role: event.data.role, profileId: event.data.jobProfileId } };
    case 'PersonMovedTeam':
      return { ...meta, kind: 'person-moved-team', data: { personId: event.data.personId, teamId: event.data.toTeamId, role: event.data.role } };
    case 'TeamRoleChanged':
      return { ...meta, kind: 'team-role-changed', data: { personId: event.data.personId, role: event.data.role } };
    case 'JobProfileChanged':
      return { ...meta, kind: 'job-profile-changed', data: { personId: event.data.personId, profileId: event.data.jobProfileId } };
    case 'PersonLeft':
      return { ...meta, kind: 'person-left', data: { personId: event.data.personId } };
    case 'WorkshopHeld': {
      const workshopKind = WORKSHOP_KINDS[event.data.kind];
      return workshopKind ? { ...meta, kind: 'workshop-held', data: { teamId: event.data.teamId, workshopKind, attendeeIds: event.data.attendeeIds } } : undefined;
    }
    case 'CoachingSessionHeld':
      return { ...meta, kind: 'coaching-session-held', data: { teamId: event.data.teamId, coacheeIds: event.data.coacheeIds } };
    case 'LifePlanConversationHeld':
      return { ...meta, kind: 'life-plan-conversation-held', data: { personId: event.data.personId } };
    case 'AlignmentAssessed':
      return { ...meta, kind: 'alignment-assessed', data: { personId: event.data.personId, result: event.data.fit } };
    case 'TrainingCompleted':
      return { ...meta, kind: 'training-completed', data: { personId: event.data.personId, courseId: event.data.courseId } };
    case 'PolicyAcknowledged':
      return { ...meta, kind: 'policy-acknowledged', data: { personId: event.data.personId, version: event.data.policyVersion } };
    case 'RoadmapItemPlanned':
      return { ...meta, kind: 'roadmap-item-planned', data: { itemId: event.data.itemId, teamId: event.data.teamId, process: event.data.processId } };
    case 'RoadmapItemCancelled':
      return { ...meta, kind: 'roadmap-item-cancelled', data: { itemId: event.data.itemId } };
    case 'SurveyResultRecorded':
      return { ...meta, kind: 'survey-result-recorded', data: { teamId: event.data.teamId, survey: event.data.kind, score: event.data.score, responses: event.data.responseCount } };
    case 'MysteryShopRecorded':
      return { ...meta, kind: 'mystery-shop-recorded', data: { teamId: event.data.teamId, scores: event.data.scores } };
    case 'KpiMeasured':
      return { ...meta, kind: 'kpi-measured', data: { teamId: event.data.teamId, channel: event.data.channel, metric: event.data.metric, value: event.data.value } };
    case 'CsatRecorded':
      return { ...meta, kind: 'csat-recorded', data: { teamId: event.data.teamId, score: event.data.score, responses: event.data.responseCount } };
    case 'FactRetracted':
      return { ...meta, kind: 'fact-retracted', data: { retractedFactId: event.data.factId } };
    default:
      return undefined;
  }
}
