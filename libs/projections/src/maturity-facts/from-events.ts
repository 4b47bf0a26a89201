import type { NorteEvent } from '@norte/domain';
import type { FactKind, FactOfKind, MaturityFact, WorkshopKind } from '../maturity';
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
  const event = decoded as unknown as NorteEvent;
  // One literal shape for every fact (no spread): the index stores millions of them.
  const fact = <K extends FactKind>(kind: K, data: FactOfKind<K>['data']) =>
    ({ id: decoded.eventId, position: decoded.position, date: calendar.dateOf(decoded.occurredAt), recordedAt: decoded.recordedAt, kind, data }) as FactOfKind<K>;
  switch (event.type) {
    case 'MissionSet':
      return fact('mission-set', {});
    case 'VisionSet':
      return fact('vision-set', {});
    case 'GuidingPrincipleDefined':
      return fact('guiding-principle-defined', { principleId: event.data.principleId });
    case 'CoreValueDefined':
      return fact('core-value-defined', { valueId: event.data.valueId });
    case 'CoreValueRetired':
      return fact('core-value-retired', { valueId: event.data.valueId });
    case 'ServicePolicyPublished':
      return fact('service-policy-published', { version: event.data.version });
    case 'ServiceStandardSet':
      return fact('service-standard-set', { channel: event.data.channel, metric: event.data.metric, target: event.data.target });
    case 'CourseDefined':
      return fact('course-defined', { courseId: event.data.courseId, process: event.data.processId, audience: event.data.audience });
    case 'PersonEnrolled':
      return fact('person-enrolled', { personId: event.data.personId, teamId: event.data.teamId, role: event.data.role, profileId: event.data.jobProfileId });
    case 'PersonMovedTeam':
      return fact('person-moved-team', { personId: event.data.personId, teamId: event.data.toTeamId, role: event.data.role });
    case 'TeamRoleChanged':
      return fact('team-role-changed', { personId: event.data.personId, role: event.data.role });
    case 'JobProfileChanged':
      return fact('job-profile-changed', { personId: event.data.personId, profileId: event.data.jobProfileId });
    case 'PersonLeft':
      return fact('person-left', { personId: event.data.personId });
    case 'WorkshopHeld': {
      const workshopKind = WORKSHOP_KINDS[event.data.kind];
      return workshopKind ? fact('workshop-held', { teamId: event.data.teamId, workshopKind, attendeeIds: event.data.attendeeIds }) : undefined;
    }
    case 'CoachingSessionHeld':
      return fact('coaching-session-held', { teamId: event.data.teamId, coacheeIds: event.data.coacheeIds });
    case 'LifePlanConversationHeld':
      return fact('life-plan-conversation-held', { personId: event.data.personId });
    case 'AlignmentAssessed':
      return fact('alignment-assessed', { personId: event.data.personId, result: event.data.fit });
    case 'TrainingCompleted':
      return fact('training-completed', { personId: event.data.personId, courseId: event.data.courseId });
    case 'PolicyAcknowledged':
      return fact('policy-acknowledged', { personId: event.data.personId, version: event.data.policyVersion });
    case 'RoadmapItemPlanned':
      return fact('roadmap-item-planned', { itemId: event.data.itemId, teamId: event.data.teamId, process: event.data.processId });
    case 'RoadmapItemCancelled':
      return fact('roadmap-item-cancelled', { itemId: event.data.itemId, teamId: event.data.teamId });
    case 'SurveyResultRecorded':
      return fact('survey-result-recorded', { teamId: event.data.teamId, survey: event.data.kind, score: event.data.score, responses: event.data.responseCount });
    case 'MysteryShopRecorded':
      return fact('mystery-shop-recorded', { teamId: event.data.teamId, scores: event.data.scores });
    case 'KpiMeasured':
      return fact('kpi-measured', { teamId: event.data.teamId, channel: event.data.channel, metric: event.data.metric, value: event.data.value });
    case 'CsatRecorded':
      return fact('csat-recorded', { teamId: event.data.teamId, score: event.data.score, responses: event.data.responseCount });
    case 'FactRetracted':
      return fact('fact-retracted', { retractedFactId: event.data.factId });
    default:
      return undefined;
  }
}
