import type { ContextualCommand, DomainCommand } from '../shared/decider';
import type { RefStatus } from '../shared/context';
import type { UnitKind } from '../organisation/organisation.events';

export type CreateUser = DomainCommand<
  'CreateUser',
  { readonly userId: string; readonly name: string; readonly email: string; readonly personId: string | null }
>;

/** The unit a grant is scoped to, as the organisation read model knows it; null for an unscoped grant. */
export interface GrantRoleContext {
  readonly scopeUnit: { readonly status: Exclude<RefStatus, 'unknown'>; readonly kind: UnitKind } | { readonly status: 'unknown' } | null;
}
export type GrantRole = ContextualCommand<
  'GrantRole',
  { readonly userId: string; readonly role: string; readonly scopeUnitId: string | null },
  GrantRoleContext
>;
export type RevokeRole = DomainCommand<'RevokeRole', { readonly userId: string; readonly role: string; readonly scopeUnitId: string | null }>;
export type DisableUser = DomainCommand<'DisableUser', { readonly userId: string }>;

export type UserCommand = CreateUser | GrantRole | RevokeRole | DisableUser;
