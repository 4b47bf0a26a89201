import { command, deciderSpec } from '@norte/testing';
import type { OrganisationCommand as C } from './organisation.commands';
import { organisationDecider } from './organisation.decide';
import { division, registered, team } from './organisation.fixtures.spec';

const spec = deciderSpec(organisationDecider);
const archived = (unitId: string) => ({ type: 'UnitArchived' as const, data: { unitId } });
const noMembers = { memberships: [] };

describe('organisation structure', () => {
  describe('when the unit exists', () => {
    it('renames it, trimmed', () =>
      spec.given([registered, division('d1')]).when(command<C>('RenameUnit', { unitId: 'd1', name: ' Sales & Service ' })).then([{ type: 'UnitRenamed', data: { unitId: 'd1', name: 'Sales & Service' } }]));
    it('archives an empty division', () => spec.given([registered, division('d1')]).when(command<C>('ArchiveUnit', { unitId: 'd1' }, { context: noMembers })).then([archived('d1')]));
    it('rejects an empty name', () => spec.given([registered, division('d1')]).when(command<C>('RenameUnit', { unitId: 'd1', name: ' ' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'name' }));
  });

  describe('when the unit is unknown or archived', () => {
    it('rejects renaming or archiving an unknown unit', () => {
      spec.given([registered]).when(command<C>('RenameUnit', { unitId: 'd9', name: 'X' })).thenThrows({ code: 'NOT_FOUND', field: 'unitId' });
      spec.given([registered]).when(command<C>('ArchiveUnit', { unitId: 'd9' }, { context: noMembers })).thenThrows({ code: 'NOT_FOUND', field: 'unitId' });
    });
    it('rejects renaming an archived unit, or placing a unit under one', () => {
      const history = [registered, division('d1'), team('t1', 'd1'), archived('t1'), archived('d1')];
      spec.given(history).when(command<C>('RenameUnit', { unitId: 'd1', name: 'X' })).thenThrows({ code: 'CONFLICT', field: 'unitId' });
      spec.given(history).when(command<C>('CreateUnit', { unitId: 't2', name: 'T', kind: 'team', parentId: 'd1' })).thenThrows({ code: 'CONFLICT', field: 'parentId' });
    });
  });
});
