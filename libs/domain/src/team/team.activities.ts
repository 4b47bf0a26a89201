import { assertNever } from '../shared/decider';
import { isMemberAt, type TeamMembership } from '../shared/context';
import { badInput, conflict } from '../shared/errors';
import { firstFact } from '../shared/ledger';
import { optionalText, requireId, requireIdList, requireInteger, requireOneOf, requireText } from '../shared/guards';
import { requireProcess } from '../program/program.catalogue';
import { WORKSHOP_KINDS } from '../program/program.instruments';
import type { ActivityCommand } from './team.commands';
import type { ActivityEvent, TeamEvent } from './team.events';
import type { TeamState } from './team.state';

const NAME_MAX = 200;
const NOTE_MAX = 4000;
const REASON_MAX = 1000;
const ATTENDEES_MAX = 500;
const COACHEES_MAX = 50;

/** Each person named must be an active member of the team at the fact's date (context: stints). */
export function requireMembers(field: string, personIds: readonly string[], memberships: readonly TeamMembership[], occurredAt: string): void {
  const at = Date.parse(occurredAt);
  personIds.forEach((personId, index) => {
    if (!isMemberAt(memberships, personId, at)) {
      throw conflict(`'${personId}' was not an active member of the team at ${occurredAt}`, field === 'personId' ? field : `${field}.${index}`);
    }
  });
}

function requireUnused(state: TeamState, field: 'workshopId' | 'sessionId', id: string): string {
  requireId(field, id);
  const used = firstFact(state.ledger, (e: TeamEvent) =>
    field === 'workshopId' ? e.type === 'WorkshopHeld' && e.data.workshopId === id : e.type === 'CoachingSessionHeld' && e.data.sessionId === id,
  );
  if (used) throw conflict(`'${id}' is already used (ids are never reused)`, field, [used.eventId]);
  return id;
}

/** Workshops, coaching and recognitions: things done with the team's people. */
export function decideActivity(command: ActivityCommand, state: TeamState): readonly ActivityEvent[] {
  const { teamId } = command.data;
  const { memberships } = command.context;
  switch (command.type) {
    case 'RecordWorkshop': {
      const { data } = command;
      const workshopId = requireUnused(state, 'workshopId', data.workshopId);
      const kind = requireOneOf('kind', data.kind, WORKSHOP_KINDS);
      const name = requireText('name', data.name, NAME_MAX);
      const attendeeIds = requireIdList('attendeeIds', data.attendeeIds, 1, ATTENDEES_MAX);
      requireMembers('attendeeIds', attendeeIds, memberships, command.occurredAt);
      return [{ type: 'WorkshopHeld', data: { teamId, workshopId, kind, name, attendeeIds } }];
    }
    case 'RecordCoachingSession': {
      const { data } = command;
      const sessionId = requireUnused(state, 'sessionId', data.sessionId);
      const coachId = requireId('coachId', data.coachId);
      const coacheeIds = requireIdList('coacheeIds', data.coacheeIds, 1, COACHEES_MAX);
      if (coacheeIds.includes(coachId)) throw badInput('coacheeIds', 'The coach cannot coach themselves');
      requireMembers('coacheeIds', coacheeIds, memberships, command.occurredAt);
      const durationMinutes = requireInteger('durationMinutes', data.durationMinutes, 1, 24 * 60);
      const focusProcessId = requireProcess('focusProcessId', data.focusProcessId);
      const privateNote = optionalText('privateNote', data.privateNote, NOTE_MAX);
      return [{ type: 'CoachingSessionHeld', data: { teamId, sessionId, coachId, coacheeIds, durationMinutes, focusProcessId, privateNote } }];
    }
    case 'GrantRecognition': {
      const { personId } = command.data;
      if (personId !== null) {
        requireId('personId', personId);
        requireMembers('personId', [personId], memberships, command.occurredAt);
      }
      return [{ type: 'RecognitionGranted', data: { teamId, personId, reason: requireText('reason', command.data.reason, REASON_MAX) } }];
    }
    default:
      return assertNever(command);
  }
}
