// Fixtures shared by the maturity read-model specs (not a test file: no `.unit.`).
import type { MaturityModelDefinition, NorteEvent } from '@norte/domain';
import type { DecodedEvent } from '../shared/projection';
import { maturityProjection } from './maturity.projection';
import type { MaturityReadModel } from './state';

type Data<T extends NorteEvent['type']> = Extract<NorteEvent, { type: T }>['data'];

/**
 * A log of domain events as the runner hands them to projections: positions in order, ids
 * 'e1', 'e2', … unless given. Dates 'MM-DD' are 2026 at 09:00 UTC; `recorded` defaults to the
 * business time (a date: noon UTC of that date).
 */
export function eventLog() {
  const events: DecodedEvent[] = [];
  let position = 0n;
  const instant = (date: string, hour = '09:00') =>
    /^\d{2}-\d{2}$/.test(date) ? `2026-${date}T${hour}:00.000Z` : /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T${hour}:00.000Z` : date;
  function add<T extends NorteEvent['type']>(type: T, data: Data<T>, on: string, options: { id?: string; recorded?: string } = {}): DecodedEvent {
    position += 1n;
    const event: DecodedEvent = {
      type,
      data,
      eventId: options.id ?? `e${position}`,
      occurredAt: instant(on),
      recordedAt: options.recorded === undefined ? instant(on) : instant(options.recorded, '12:00'),
      streamId: 'test-stream',
      revision: 0n,
      position,
      metadata: {} as DecodedEvent['metadata'],
    };
    events.push(event);
    return event;
  }
  return {
    events,
    add,
    register: (timeZone = 'UTC', on = '01-01') => add('OrganisationRegistered', { organisationId: 'org', name: 'Acme', locale: 'es', timeZone }, on),
    division: (unitId: string, parentId: string | null = null, on = '01-01') => add('UnitCreated', { unitId, name: `Division ${unitId}`, kind: 'division', parentId }, on),
    team: (unitId: string, parentId: string, on = '01-01') => add('UnitCreated', { unitId, name: `Team ${unitId}`, kind: 'team', parentId }, on),
    moveUnit: (unitId: string, parentId: string | null, on: string) => add('UnitMoved', { unitId, parentId }, on),
    archive: (unitId: string, on: string) => add('UnitArchived', { unitId }, on),
    enrol: (personId: string, teamId: string, role: 'lead' | 'member', on: string) =>
      add('PersonEnrolled', { personId, externalId: `x-${personId}`, name: `Secret Name ${personId}`, email: `${personId}@secret.example`, teamId, role, jobProfileId: 'jp' }, on),
    movePerson: (personId: string, fromTeamId: string, toTeamId: string, on: string) => add('PersonMovedTeam', { personId, fromTeamId, toTeamId, role: 'member' }, on),
    leave: (personId: string, teamId: string, on: string) => add('PersonLeft', { personId, teamId }, on),
    roadmap: (teamId: string, processId: Data<'RoadmapItemPlanned'>['processId'], on: string, itemId = `item-${position + 1n}`) =>
      add('RoadmapItemPlanned', { teamId, itemId, processId, practiceId: 'mission', title: 'Plan', ownerId: 'p', dueDate: '2026-12-31' }, on),
    cancel: (teamId: string, itemId: string, on: string) => add('RoadmapItemCancelled', { teamId, itemId, reason: null }, on),
    course: (courseId: string, audience: 'management' | 'front-line', on = '01-01') =>
      add('CourseDefined', { courseId, title: courseId, processId: 'service-excellence', audience }, on),
    training: (personId: string, courseId: string, on: string, recorded?: string) =>
      add('TrainingCompleted', { personId, courseId, score: null }, on, { recorded }),
    workshop: (teamId: string, kind: Data<'WorkshopHeld'>['kind'], attendeeIds: readonly string[], on: string) =>
      add('WorkshopHeld', { teamId, workshopId: `w${position + 1n}`, kind, name: 'Workshop', attendeeIds }, on),
    survey: (teamId: string, kind: 'climate' | 'internal-service', score: number, responseCount: number, on: string) =>
      add('SurveyResultRecorded', { teamId, kind, score, responseCount }, on),
    retract: (factId: string, factType: string, on: string, recorded?: string) => add('FactRetracted', { factId, factType, reason: 'did not attend' }, on, { recorded }),
    publish: (model: MaturityModelDefinition, on: string) => add('MaturityModelPublished', model, on),
  };
}

export function project(events: readonly DecodedEvent[], state: MaturityReadModel = maturityProjection.init()): MaturityReadModel {
  const handles = new Set(maturityProjection.canHandle);
  let current = state;
  for (const event of events) if (handles.has(event.type)) current = maturityProjection.evolve(current, event);
  return current;
}

/** What the snapshot store does: v8.serialize out, v8.deserialize in (the structured clone algorithm). */
export function roundTrip(state: MaturityReadModel): MaturityReadModel {
  const fromSnapshot = maturityProjection.fromSnapshot as NonNullable<typeof maturityProjection.fromSnapshot>;
  const toSnapshot = maturityProjection.toSnapshot as NonNullable<typeof maturityProjection.toSnapshot>;
  return fromSnapshot(structuredClone(toSnapshot(state)));
}

/** "Now" for the specs: late in 2026, in UTC. */
export const NOW = '2026-12-01T12:00:00.000Z';
