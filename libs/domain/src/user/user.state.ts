import { unknownEvent, type Envelope } from '../shared/decider';
import type { UserEvent } from './user.events';

export interface UserState {
  readonly created: boolean;
  readonly disabled: boolean;
  /** Grants in force, keyed by `grantKey`. */
  readonly grants: Readonly<Record<string, true>>;
}

export const grantKey = (role: string, scopeUnitId: string | null): string => `${role}@${scopeUnitId ?? '*'}`;

export const initialUserState = (): UserState => ({ created: false, disabled: false, grants: {} });

export function evolveUser(state: UserState, event: Envelope<UserEvent>): UserState {
  switch (event.type) {
    case 'UserCreated':
      return { ...state, created: true };
    case 'RoleGranted':
      return { ...state, grants: { ...state.grants, [grantKey(event.data.role, event.data.scopeUnitId)]: true } };
    case 'RoleRevoked': {
      const { [grantKey(event.data.role, event.data.scopeUnitId)]: _revoked, ...grants } = state.grants;
      return { ...state, grants };
    }
    case 'UserDisabled':
      return { ...state, disabled: true };
    default:
      return unknownEvent(event, state);
  }
}
