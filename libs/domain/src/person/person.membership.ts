import { assertNever } from '../shared/decider';
import { conflict, notFound } from '../shared/errors';
import type { RefStatus, TeamFactRef } from '../shared/context';
import { requireEmail, requireId, requireOneOf, requireText } from '../shared/guards';
import { rejectNewViolations, simulate } from '../shared/retraction';
import { TEAM_ROLES } from '../program/program.instruments';
import type { EnrolPerson, MembershipCommand } from './person.commands';
import type { PersonEvent } from './person.events';
import { NAME_MAX, requireActiveAt, requireEnrolled, requireLatestMembership } from './person.rules';
import { evolvePerson, type PersonState } from './person.state';
import { personViolations, timeline } from './person.timeline';

const EXTERNAL_ID_MAX = 100;

function requireActiveTeam(field: string, id: string, status: RefStatus): string {
  requireId(field, id);
  if (status === 'unknown') throw notFound(field, `Team '${id}' does not exist`);
  if (status === 'archived') throw conflict(`Team '${id}' is archived`, field);
  return id;
}

function decideEnrolment({ data, context, occurredAt }: EnrolPerson, state: PersonState): readonly PersonEvent[] {
  const line = timeline(state);
  const current = line.stints.find((s) => s.until === null);
  if (current) throw conflict('The person is already enrolled', 'personId', [current.startedBy]);
  requireLatestMembership(line, occurredAt);
  const externalId = requireText('externalId', data.externalId, EXTERNAL_ID_MAX);
  if (context.personWithExternalId !== null && context.personWithExternalId !== data.personId) {
    throw conflict(`External id '${externalId}' belongs to person '${context.personWithExternalId}'`, 'externalId');
  }
  const { jobProfileId } = data;
  if (jobProfileId !== null) {
    requireId('jobProfileId', jobProfileId);
    if (context.jobProfile !== 'active') throw notFound('jobProfileId', `Job profile '${jobProfileId}' is not defined`);
  }
  const event: PersonEvent = {
    type: 'PersonEnrolled',
    data: {
      personId: data.personId,
      externalId,
      name: requireText('name', data.name, NAME_MAX),
      email: requireEmail('email', data.email),
      teamId: requireActiveTeam('teamId', data.teamId, context.team),
      role: requireOneOf('role', data.role, TEAM_ROLES),
      jobProfileId,
    },
  };
  return [event];
}

/** Leaving and moving must not strand facts dated after them, here or on team streams. */
function requireNothingStranded(state: PersonState, event: PersonEvent, occurredAt: string, teamFacts: readonly TeamFactRef[]): readonly PersonEvent[] {
  const after = simulate(evolvePerson, state, event, occurredAt);
  rejectNewViolations(personViolations(state, teamFacts), personViolations(after, teamFacts), new Set(), 'occurredAt');
  return [event];
}

/** Enrolment, role, moves and leaving: the person is on one team at a time. */
export function decideMembership(command: MembershipCommand, state: PersonState): readonly PersonEvent[] {
  if (command.type === 'EnrolPerson') return decideEnrolment(command, state);
  const line = requireEnrolled(state);
  requireLatestMembership(line, command.occurredAt);
  const stint = requireActiveAt(line, command.occurredAt);
  const { personId } = command.data;
  switch (command.type) {
    case 'ChangeTeamRole': {
      const role = requireOneOf('role', command.data.role, TEAM_ROLES);
      if (role === stint.role) throw conflict(`The person is already ${role} of team '${stint.teamId}'`, 'role');
      return [{ type: 'TeamRoleChanged', data: { personId, teamId: stint.teamId, role } }];
    }
    case 'MovePersonToTeam': {
      const toTeamId = requireActiveTeam('teamId', command.data.teamId, command.context.team);
      if (toTeamId === stint.teamId) throw conflict(`The person is already on team '${toTeamId}'`, 'teamId');
      const role = requireOneOf('role', command.data.role, TEAM_ROLES);
      const event: PersonEvent = { type: 'PersonMovedTeam', data: { personId, fromTeamId: stint.teamId, toTeamId, role } };
      return requireNothingStranded(state, event, command.occurredAt, command.context.teamFacts);
    }
    case 'RecordPersonLeft': {
      const event: PersonEvent = { type: 'PersonLeft', data: { personId, teamId: stint.teamId } };
      return requireNothingStranded(state, event, command.occurredAt, command.context.teamFacts);
    }
    default:
      return assertNever(command);
  }
}
