import { unknownEvent, type Envelope } from '../shared/decider';
import type { UserEvent } from './user.events';

export interface UserState {
  readonly created: boolean;
  readonly disabled: boolean;
  /** Grants in force, keyed by `grantKey`. */
  readonly grants: Readonly<Record<string, true>>;
  /** The latest business time and event of this user's history: access changes are never back-dated before it. */
  readonly latest: { readonly occurredAt: string; readonly eventId: string } | null;
}

export const grantKey = (role: string, scopeUnitId: string | null): string => `${role}@${scopeUnitId ?? '*'}`;

export const initialUserState = (): UserState => ({ created: false, disabled: false, grants: {}, latest: null });

export function evolveUser(previous: UserState, event: Envelope<UserEvent>): UserState {
  const later = previous.latest === null || Date.parse(event.occurredAt) >= Date.parse(previous.latest.occurredAt);
  const state = later ? { ...previous, latest: { occurredAt: event.occurredAt, eventId: event.eventId } } : previous;
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
