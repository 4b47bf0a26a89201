import { command, deciderSpec, stamp } from '@norte/testing';
import type { GrantRoleContext, UserCommand as C } from './user.commands';
import { userDecider } from './user.decide';
import type { UserEvent as E } from './user.events';

const spec = deciderSpec(userDecider);
const created: E = { type: 'UserCreated', data: { userId: 'u1', name: 'Marta', email: 'marta@acme.test', personId: null } };
const team: GrantRoleContext = { scopeUnit: { status: 'active', kind: 'team' } };
const unscoped: GrantRoleContext = { scopeUnit: null };
const grant = (role: string, scopeUnitId: string | null, context: GrantRoleContext) => command<C>('GrantRole', { userId: 'u1', role, scopeUnitId }, { context });

describe('users', () => {
  describe('when the user does not exist', () => {
    it('creates the user, optionally linked to a person', () =>
      spec.given().when(command<C>('CreateUser', { userId: 'u1', name: ' Marta ', email: 'marta@acme.test', personId: 'p7' })).then([
        { type: 'UserCreated', data: { userId: 'u1', name: 'Marta', email: 'marta@acme.test', personId: 'p7' } },
      ]));
    it('rejects an invalid e-mail or person id', () => {
      spec.given().when(command<C>('CreateUser', { userId: 'u1', name: 'M', email: 'nope', personId: null })).thenThrows({ code: 'BAD_USER_INPUT', field: 'email' });
      spec.given().when(command<C>('CreateUser', { userId: 'u1', name: 'M', email: 'm@a.co', personId: '' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'personId' });
    });
    it('rejects grants and disabling', () => {
      spec.given().when(grant('admin', null, unscoped)).thenThrows({ code: 'NOT_FOUND', field: 'userId' });
      spec.given().when(command<C>('DisableUser', { userId: 'u1' })).thenThrows({ code: 'NOT_FOUND', field: 'userId' });
    });
  });

  describe('when the user exists', () => {
    it('refuses to create them again', () =>
      spec.given([created]).when(command<C>('CreateUser', { userId: 'u1', name: 'M', email: 'm@a.co', personId: null })).thenThrows({ code: 'CONFLICT', field: 'userId' }));
    it('grants an unscoped admin role, and HR for one division', () => {
      spec.given([created]).when(grant('admin', null, unscoped)).then([{ type: 'RoleGranted', data: { userId: 'u1', role: 'admin', scopeUnitId: null } }]);
      spec.given([created]).when(grant('hr', 'd1', { scopeUnit: { status: 'active', kind: 'division' } })).then([{ type: 'RoleGranted', data: { userId: 'u1', role: 'hr', scopeUnitId: 'd1' } }]);
    });
    it('grants team lead of a team only', () => {
      spec.given([created]).when(grant('team-lead', 't1', team)).then([{ type: 'RoleGranted', data: { userId: 'u1', role: 'team-lead', scopeUnitId: 't1' } }]);
      spec.given([created]).when(grant('team-lead', null, unscoped)).thenThrows({ code: 'BAD_USER_INPUT', field: 'scopeUnitId' });
      spec.given([created]).when(grant('team-lead', 'd1', { scopeUnit: { status: 'active', kind: 'division' } })).thenThrows({ code: 'BAD_USER_INPUT', field: 'scopeUnitId' });
    });
    it('rejects a scoped admin, an unknown role, and an unknown or archived scope', () => {
      spec.given([created]).when(grant('admin', 't1', team)).thenThrows({ code: 'BAD_USER_INPUT', field: 'scopeUnitId' });
      spec.given([created]).when(grant('owner', null, unscoped)).thenThrows({ code: 'BAD_USER_INPUT', field: 'role' });
      spec.given([created]).when(grant('hr', 'x', { scopeUnit: { status: 'unknown' } })).thenThrows({ code: 'NOT_FOUND', field: 'scopeUnitId' });
      spec.given([created]).when(grant('hr', 'x', { scopeUnit: { status: 'archived', kind: 'team' } })).thenThrows({ code: 'CONFLICT', field: 'scopeUnitId' });
    });
    it('rejects a grant the user already holds', () =>
      spec.given([created, { type: 'RoleGranted', data: { userId: 'u1', role: 'hr', scopeUnitId: null } }]).when(grant('hr', null, unscoped)).thenThrows({ code: 'CONFLICT', field: 'role' }));
    it('revokes a grant the user holds, and only that', () => {
      const held: E = { type: 'RoleGranted', data: { userId: 'u1', role: 'hr', scopeUnitId: 'd1' } };
      spec.given([created, held]).when(command<C>('RevokeRole', { userId: 'u1', role: 'hr', scopeUnitId: 'd1' })).then([{ type: 'RoleRevoked', data: { userId: 'u1', role: 'hr', scopeUnitId: 'd1' } }]);
      spec.given([created, held]).when(command<C>('RevokeRole', { userId: 'u1', role: 'hr', scopeUnitId: null })).thenThrows({ code: 'NOT_FOUND', field: 'role' });
      spec.given([created, held, { type: 'RoleRevoked', data: held.data }]).when(command<C>('RevokeRole', { userId: 'u1', role: 'hr', scopeUnitId: 'd1' })).thenThrows({ code: 'NOT_FOUND', field: 'role' });
    });
    it('disables the user, once', () => {
      spec.given([created]).when(command<C>('DisableUser', { userId: 'u1' })).then([{ type: 'UserDisabled', data: { userId: 'u1' } }]);
      spec.given([created, { type: 'UserDisabled', data: { userId: 'u1' } }]).when(command<C>('DisableUser', { userId: 'u1' })).thenThrows({ code: 'CONFLICT', field: 'userId' });
    });
  });

  describe('when the user is disabled', () => {
    it('refuses new grants', () =>
      spec.given([created, { type: 'UserDisabled', data: { userId: 'u1' } }]).when(grant('admin', null, unscoped)).thenThrows({ code: 'CONFLICT', field: 'userId' }));
  });
});

describe('user history in business time', () => {
  const spec = deciderSpec(userDecider);
  const created = stamp({ type: 'UserCreated', data: { userId: 'u1', name: 'Patricia', email: 'p@acme.test', personId: null } } as E, '2025-01-06T10:00:00.000Z');
  const granted = stamp({ type: 'RoleGranted', data: { userId: 'u1', role: 'hr', scopeUnitId: null } } as E, '2025-01-06T11:00:00.000Z');

  it('refuses a revocation dated before the grant it revokes, naming the later fact', () =>
    spec
      .given([created, granted])
      .when(command<C>('RevokeRole', { userId: 'u1', role: 'hr', scopeUnitId: null }, { occurredAt: '2024-12-01T14:00:00.000Z' }))
      .thenThrows({ code: 'CONFLICT', field: 'occurredAt', facts: [granted.eventId] }));

  it('refuses a grant dated before the user was created', () =>
    spec
      .given([created])
      .when(command<C>('GrantRole', { userId: 'u1', role: 'executive', scopeUnitId: null }, { occurredAt: '2025-01-01T00:00:00.000Z', context: { scopeUnit: null } }))
      .thenThrows({ code: 'CONFLICT', field: 'occurredAt' }));
});
