import { type TeamEvent } from '@norte/domain';
import type { DecodedEvent, Projection } from '../shared/projection';
import { categoryOf, comparePositions } from './streams';

/** Where to read one event of the log. */
export interface AuditRef {
  readonly streamId: string;
  readonly revision: string;
  readonly position: string;
}

/**
 * An index over the log for audit trails, never a copy of it: the trail itself is read from the
 * store (the log is the audit trail), so this read model holds no event data and no personal data.
 * It knows, for every fact, its retractions (the links a page of the log cannot show when the
 * retraction lies on a later page) and, per person, the team-stream facts that name them.
 */
export interface AuditTrailState {
  /** Every retraction ever recorded against a fact or retraction, in global order. */
  retractionsOf: Record<string, string[]>;
  /** Global position of each retraction, so links can be read as of the position a page reflects. */
  retractionPositions: Record<string, string>;
  /** Per person, team-stream facts naming them (and retractions of those), in global order. */
  personRefs: Record<string, AuditRef[]>;
  /** Team-stream facts and retractions → the person ids they name. */
  named: Record<string, readonly string[]>;
}

/** People a team fact names: attendees, coach and coachees, the person recognised, the roadmap item's owner. */
export function personsNamedBy(event: TeamEvent): readonly string[] {
  switch (event.type) {
    case 'WorkshopHeld':
      return event.data.attendeeIds;
    case 'CoachingSessionHeld':
      return [...new Set([event.data.coachId, ...event.data.coacheeIds])];
    case 'RecognitionGranted':
      return event.data.personId === null ? [] : [event.data.personId];
    case 'RoadmapItemPlanned':
      return [event.data.ownerId];
    default:
      return [];
  }
}

function index(state: AuditTrailState, event: DecodedEvent, personIds: readonly string[]): void {
  if (personIds.length === 0) return;
  state.named[event.eventId] = personIds;
  const ref = { streamId: event.streamId, revision: event.revision.toString(), position: event.position.toString() };
  for (const personId of personIds) (state.personRefs[personId] ??= []).push(ref);
}

export const auditTrailProjection: Projection<AuditTrailState> = {
  name: 'audit-trail',
  version: 1,
  canHandle: ['WorkshopHeld', 'CoachingSessionHeld', 'RecognitionGranted', 'RoadmapItemPlanned', 'FactRetracted'],
  init: () => ({ retractionsOf: {}, retractionPositions: {}, personRefs: {}, named: {} }),
  evolve(state, event) {
    if (event.type === 'FactRetracted') {
      const { factId } = event.data as { factId: string };
      (state.retractionsOf[factId] ??= []).push(event.eventId);
      state.retractionPositions[event.eventId] = event.position.toString();
      if (categoryOf(event.streamId) === 'team') index(state, event, state.named[factId] ?? []);
      return state;
    }
    if (categoryOf(event.streamId) === 'team') index(state, event, personsNamedBy({ type: event.type, data: event.data } as TeamEvent));
    return state;
  },
};

/** Retractions of an event recorded by `upTo` (a global position; null: all). */
export function retractionsAt(state: AuditTrailState, eventId: string, upTo: string | null): readonly string[] {
  const all = state.retractionsOf[eventId] ?? [];
  return upTo === null ? all : all.filter((id) => comparePositions(state.retractionPositions[id], upTo) <= 0);
}

/** Whether an event counted at position `upTo`: no retraction recorded by then that itself counted. */
export function countedAt(state: AuditTrailState, eventId: string, upTo: string | null): boolean {
  return !retractionsAt(state, eventId, upTo).some((id) => countedAt(state, id, upTo));
}
