import { command, deciderSpec } from '@norte/testing';
import type { OrganisationCommand as C } from './organisation.commands';
import { organisationDecider } from './organisation.decide';
import type { OrganisationEvent } from './organisation.events';
import { division, missionSet, on, profileDefined, profileRevised, registered, retracted, team, valueDefined, valueRetired } from './organisation.fixtures.spec';

const spec = deciderSpec(organisationDecider);
const retract = (factId: string) => command<C>('RetractOrganisationFact', { factId, reason: 'typo' });
const retraction = (factId: string, factType: string): OrganisationEvent => ({ type: 'FactRetracted', data: { factId, factType, reason: 'typo' } });
const members = (until: string | null) => ({ memberships: [{ personId: 'p1', from: on('01-10'), until }] });
const archive = (unitId: string, context = members(null), day = '05-01') => command<C>('ArchiveUnit', { unitId }, { occurredAt: on(day), context });

describe('organisation corrections', () => {
  it('retracts a core value', () => spec.given([registered, valueDefined()]).when(retract('value-v1')).then([retraction('value-v1', 'CoreValueDefined')]));
  it('rejects retracting a value that a retirement refers to, naming it', () =>
    spec.given([registered, valueDefined(), valueRetired()]).when(retract('value-v1')).thenThrows({ code: 'CONFLICT', field: 'factId', facts: ['retired-v1'] }));
  it('rejects retracting a profile that a revision refers to, naming it', () =>
    spec.given([registered, profileDefined(), profileRevised()]).when(retract('profile-jp1')).thenThrows({ code: 'CONFLICT', facts: ['revised-jp1'] }));
  it('rejects restoring a retirement when the value was retired again since', () =>
    spec.given([registered, valueDefined(), valueRetired('v1', '02-01', 'ret-a'), retracted('ret-a', 'CoreValueRetired', 'r1', '02-02'), valueRetired('v1', '03-01', 'ret-b')]).when(retract('r1')).thenThrows({ code: 'CONFLICT', facts: ['ret-b'] }));
  it('restores a mission by retracting its retraction', () =>
    spec.given([registered, missionSet(), retracted('mission', 'MissionSet', 'r1')]).when(retract('r1')).then([retraction('r1', 'FactRetracted')]));
  it('refuses to retract structure: units are renamed, moved or archived instead', () =>
    spec.given([registered, division('d1')]).when(retract('unit-d1')).thenThrows({ code: 'BAD_USER_INPUT', field: 'factId' }));
  it('rejects retracting a fact already retracted', () =>
    spec.given([registered, valueDefined(), retracted('value-v1', 'CoreValueDefined', 'r1')]).when(retract('value-v1')).thenThrows({ code: 'CONFLICT', facts: ['r1'] }));

  describe('archiving a team', () => {
    const tree = [registered, division('d1'), team('t1', 'd1')];
    it('archives a team whose members have all gone', () => spec.given(tree).when(archive('t1', members(on('04-01')))).then([{ type: 'UnitArchived', data: { unitId: 't1' } }]));
    it('refuses while it has active members', () => spec.given(tree).when(archive('t1')).thenThrows({ code: 'CONFLICT', field: 'unitId', message: /p1/ }));
    it('refuses a back-dated archive while members were still there', () => spec.given(tree).when(archive('t1', members(on('04-01')), '03-01')).thenThrows({ code: 'CONFLICT', field: 'unitId' }));
  });
});
