import type { DomainEvent } from '../shared/decider';

export const ROLES = ['executive', 'hr', 'team-lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A user of Norte. `name` and `email` are personal data, encrypted under `user-<userId>`. */
export type UserCreated = DomainEvent<
  'UserCreated',
  {
    readonly userId: string;
    readonly name: string;
    readonly email: string;
    /** The person this user is, when enrolled (a team lead records facts about their own team). */
    readonly personId: string | null;
  }
>;
/** `scopeUnitId` null means the whole organisation. */
export type RoleGranted = DomainEvent<'RoleGranted', { readonly userId: string; readonly role: Role; readonly scopeUnitId: string | null }>;
export type RoleRevoked = DomainEvent<'RoleRevoked', { readonly userId: string; readonly role: Role; readonly scopeUnitId: string | null }>;
export type UserDisabled = DomainEvent<'UserDisabled', { readonly userId: string }>;

export type UserEvent = UserCreated | RoleGranted | RoleRevoked | UserDisabled;
