import type { NorteEventType } from '@norte/domain';

/**
 * The mix of issue 5, by event count: what share of all events each kind of fact should be.
 * `membership` and `retraction` together are the "5 % membership changes and
 * retractions"; `setup` (organisation, catalogue, users) is whatever is left, well under 1 %.
 */
export const MIX = {
  activity: 0.4,
  personFacts: 0.25,
  roadmap: 0.15,
  outcomes: 0.15,
  membership: 0.035,
  retraction: 0.015,
} as const;
export type DynamicBucket = keyof typeof MIX;
export type Bucket = DynamicBucket | 'setup';
export const DYNAMIC_BUCKETS = Object.keys(MIX) as DynamicBucket[];

/** Share of all facts recorded at least a day after they happened. */
export const BACKDATED_SHARE = 0.05;

const BY_TYPE: Partial<Record<NorteEventType, Bucket>> = {
  WorkshopHeld: 'activity', TrainingCompleted: 'activity', CoachingSessionHeld: 'activity',
  PolicyAcknowledged: 'personFacts', AlignmentAssessed: 'personFacts', MisfitResolved: 'personFacts',
  LifePlanConversationHeld: 'personFacts', JobProfileChanged: 'personFacts',
  RoadmapItemPlanned: 'roadmap', RoadmapItemStarted: 'roadmap', RoadmapItemCompleted: 'roadmap', RoadmapItemRescheduled: 'roadmap',
  RoadmapItemBlocked: 'roadmap', RoadmapItemUnblocked: 'roadmap', RoadmapItemCancelled: 'roadmap',
  SurveyResultRecorded: 'outcomes', MysteryShopRecorded: 'outcomes', KpiMeasured: 'outcomes', CsatRecorded: 'outcomes',
  RecognitionGranted: 'outcomes',
  PersonEnrolled: 'membership', TeamRoleChanged: 'membership', PersonMovedTeam: 'membership', PersonLeft: 'membership',
  PersonDetailsCorrected: 'membership',
};

/** Retractions of person and team facts are the retractions; the organisation's one is setup. */
export function bucketOf(type: string, streamId: string): Bucket {
  if (type === 'FactRetracted') return streamId.startsWith('organisation-') ? 'setup' : 'retraction';
  return BY_TYPE[type as NorteEventType] ?? 'setup';
}

export type MixCounts = Record<Bucket, number>;
export const emptyCounts = (): MixCounts => ({ activity: 0, personFacts: 0, roadmap: 0, outcomes: 0, membership: 0, retraction: 0, setup: 0 });
