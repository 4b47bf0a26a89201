import { assertNever, foldByEvolving, type Decider } from '../shared/decider';
import { badInput, conflict, notFound } from '../shared/errors';
import { requireEmail, requireId, requireNotFuture, requireOneOf, requireText } from '../shared/guards';
import type { GrantRole, UserCommand } from './user.commands';
import { ROLES, type Role, type UserEvent } from './user.events';
import { evolveUser, grantKey, initialUserState, type UserState } from './user.state';

const NAME_MAX = 120;

/** The user exists, and the change is not dated before what their history already holds. */
function requireUser(state: UserState, occurredAt: string): void {
  if (!state.created) throw notFound('userId', 'The user does not exist');
  if (state.latest && Date.parse(occurredAt) < Date.parse(state.latest.occurredAt)) {
    throw conflict(`occurredAt is before the user's latest recorded change (${state.latest.occurredAt})`, 'occurredAt', [state.latest.eventId]);
  }
}

/** Admins are never scoped; a team lead is scoped to their team; HR and executives to any unit or none. */
function requireScope(role: Role, { data, context }: GrantRole): string | null {
  const { scopeUnitId } = data;
  if (scopeUnitId === null) {
    if (role === 'team-lead') throw badInput('scopeUnitId', 'A team-lead grant is scoped to a team');
    return null;
  }
  requireId('scopeUnitId', scopeUnitId);
  if (role === 'admin') throw badInput('scopeUnitId', 'An admin grant is not scoped');
  const unit = context.scopeUnit;
  if (!unit || unit.status === 'unknown') throw notFound('scopeUnitId', `Unit '${scopeUnitId}' does not exist`);
  if (unit.status === 'archived') throw conflict(`Unit '${scopeUnitId}' is archived`, 'scopeUnitId');
  if (role === 'team-lead' && unit.kind !== 'team') throw badInput('scopeUnitId', 'A team-lead grant is scoped to a team');
  return scopeUnitId;
}

export function decideUser(command: UserCommand, state: UserState): readonly UserEvent[] {
  requireNotFuture(command.occurredAt, command.now);
  const userId = requireId('userId', command.data.userId);
  switch (command.type) {
    case 'CreateUser': {
      if (state.created) throw conflict(`User '${userId}' already exists`, 'userId');
      const { personId } = command.data;
      if (personId !== null) requireId('personId', personId);
      const name = requireText('name', command.data.name, NAME_MAX);
      return [{ type: 'UserCreated', data: { userId, name, email: requireEmail('email', command.data.email), personId } }];
    }
    case 'GrantRole': {
      requireUser(state, command.occurredAt);
      if (state.disabled) throw conflict('A disabled user cannot be granted roles', 'userId');
      const role = requireOneOf('role', command.data.role, ROLES);
      const scopeUnitId = requireScope(role, command);
      if (state.grants[grantKey(role, scopeUnitId)]) throw conflict('The user already holds this role', 'role');
      return [{ type: 'RoleGranted', data: { userId, role, scopeUnitId } }];
    }
    case 'RevokeRole': {
      requireUser(state, command.occurredAt);
      const role = requireOneOf('role', command.data.role, ROLES);
      const { scopeUnitId } = command.data;
      if (!state.grants[grantKey(role, scopeUnitId)]) throw notFound('role', 'The user does not hold this role');
      return [{ type: 'RoleRevoked', data: { userId, role, scopeUnitId } }];
    }
    case 'DisableUser':
      requireUser(state, command.occurredAt);
      if (state.disabled) throw conflict('The user is already disabled', 'userId');
      return [{ type: 'UserDisabled', data: { userId } }];
    default:
      return assertNever(command);
  }
}

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  decide: decideUser,
  evolve: evolveUser,
  initialState: initialUserState,
  // A user's stream is a handful of grants: nothing grows that evolve would copy.
  fold: foldByEvolving(evolveUser, initialUserState),
};
