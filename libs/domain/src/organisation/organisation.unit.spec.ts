import { command, deciderSpec } from '@norte/testing';
import type { OrganisationCommand as C } from './organisation.commands';
import { organisationDecider } from './organisation.decide';
import type { OrganisationEvent as E } from './organisation.events';

const spec = deciderSpec(organisationDecider);
const registered: E = { type: 'OrganisationRegistered', data: { organisationId: 'org', name: 'Acme', locale: 'es', timeZone: 'America/Bogota' } };
const division = (unitId: string, parentId: string | null = null): E => ({ type: 'UnitCreated', data: { unitId, name: unitId, kind: 'division', parentId } });
const team = (unitId: string, parentId: string): E => ({ type: 'UnitCreated', data: { unitId, name: unitId, kind: 'team', parentId } });

describe('organisation', () => {
  describe('when not registered', () => {
    it('registers with a name, locale and time zone', () =>
      spec.given().when(command<C>('RegisterOrganisation', { name: ' Acme ', locale: 'es', timeZone: 'America/Bogota' })).then([
        { type: 'OrganisationRegistered', data: { organisationId: 'org', name: 'Acme', locale: 'es', timeZone: 'America/Bogota' } },
      ]));
    it('rejects an unknown time zone', () =>
      spec.given().when(command<C>('RegisterOrganisation', { name: 'Acme', locale: 'es', timeZone: 'Mars/Base' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'timeZone' }));
    it('rejects an unsupported locale', () =>
      spec.given().when(command<C>('RegisterOrganisation', { name: 'Acme', locale: 'fr', timeZone: 'UTC' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'locale' }));
    it('rejects an empty name', () =>
      spec.given().when(command<C>('RegisterOrganisation', { name: '  ', locale: 'es', timeZone: 'UTC' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'name' }));
    it('rejects units before registration', () =>
      spec.given().when(command<C>('CreateUnit', { unitId: 'd1', name: 'Sales', kind: 'division', parentId: null })).thenThrows({ code: 'NOT_FOUND' }));
  });

  describe('when registered', () => {
    it('refuses a second registration', () =>
      spec.given([registered]).when(command<C>('RegisterOrganisation', { name: 'Other', locale: 'en', timeZone: 'UTC' })).thenThrows({ code: 'CONFLICT' }));
    it('creates a division at the top and a team under it', () => {
      spec.given([registered]).when(command<C>('CreateUnit', { unitId: 'd1', name: 'Sales', kind: 'division', parentId: null })).then([{ type: 'UnitCreated', data: { unitId: 'd1', name: 'Sales', kind: 'division', parentId: null } }]);
      spec.given([registered, division('d1')]).when(command<C>('CreateUnit', { unitId: 't1', name: 'Front desk', kind: 'team', parentId: 'd1' })).then([
        { type: 'UnitCreated', data: { unitId: 't1', name: 'Front desk', kind: 'team', parentId: 'd1' } },
      ]);
    });
    it('rejects a team without a parent', () =>
      spec.given([registered]).when(command<C>('CreateUnit', { unitId: 't1', name: 'T', kind: 'team', parentId: null })).thenThrows({ code: 'BAD_USER_INPUT', field: 'parentId' }));
    it('rejects a unit under a team', () =>
      spec.given([registered, division('d1'), team('t1', 'd1')]).when(command<C>('CreateUnit', { unitId: 't2', name: 'T', kind: 'team', parentId: 't1' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'parentId' }));
    it('rejects an unknown parent', () =>
      spec.given([registered]).when(command<C>('CreateUnit', { unitId: 't1', name: 'T', kind: 'team', parentId: 'nope' })).thenThrows({ code: 'NOT_FOUND', field: 'parentId' }));
    it('rejects a duplicate unit id', () =>
      spec.given([registered, division('d1')]).when(command<C>('CreateUnit', { unitId: 'd1', name: 'X', kind: 'division', parentId: null })).thenThrows({ code: 'CONFLICT', field: 'unitId' }));
    it('rejects a unit id with unsafe characters', () =>
      spec.given([registered]).when(command<C>('CreateUnit', { unitId: 'a b', name: 'X', kind: 'division', parentId: null })).thenThrows({ code: 'BAD_USER_INPUT', field: 'unitId' }));
    it('rejects moving a division under its own descendant', () =>
      spec.given([registered, division('d1'), division('d2', 'd1'), division('d3', 'd2')]).when(command<C>('MoveUnit', { unitId: 'd1', parentId: 'd3' })).thenThrows({ code: 'CONFLICT', field: 'parentId' }));
    it('moves a team to another division', () =>
      spec.given([registered, division('d1'), division('d2'), team('t1', 'd1')]).when(command<C>('MoveUnit', { unitId: 't1', parentId: 'd2' })).then([{ type: 'UnitMoved', data: { unitId: 't1', parentId: 'd2' } }]));
    it('refuses to archive a division with active units below', () =>
      spec.given([registered, division('d1'), team('t1', 'd1')]).when(command<C>('ArchiveUnit', { unitId: 'd1' })).thenThrows({ code: 'CONFLICT', field: 'unitId' }));
    it('sets the mission, trimmed', () =>
      spec.given([registered]).when(command<C>('SetMission', { text: ' Serve with heart ' })).then([{ type: 'MissionSet', data: { text: 'Serve with heart' } }]));
    it('rejects a mission set in the future', () =>
      spec.given([registered]).when(command<C>('SetMission', { text: 'x' }, { occurredAt: '2026-06-02T12:00:00.000Z' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'occurredAt' }));
    it('accepts a back-dated vision', () =>
      spec.given([registered]).when(command<C>('SetVision', { text: 'Be the reference' }, { occurredAt: '2025-01-01T00:00:00.000Z' })).then([{ type: 'VisionSet', data: { text: 'Be the reference' } }]));
  });
});
