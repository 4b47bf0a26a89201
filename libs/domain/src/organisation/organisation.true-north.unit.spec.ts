import { command, deciderSpec } from '@norte/testing';
import type { OrganisationCommand as C } from './organisation.commands';
import { organisationDecider } from './organisation.decide';
import { on, registered, retracted, valueDefined, valueRetired } from './organisation.fixtures.spec';

const spec = deciderSpec(organisationDecider);

describe('true north', () => {
  describe('when not registered', () => {
    it('rejects a guiding principle', () =>
      spec.given().when(command<C>('DefineGuidingPrinciple', { principleId: 'g1', text: 'Customer first' })).thenThrows({ code: 'NOT_FOUND', field: 'organisation' }));
  });

  describe('when registered', () => {
    it('defines a guiding principle', () =>
      spec.given([registered]).when(command<C>('DefineGuidingPrinciple', { principleId: 'g1', text: ' Customer first ' })).then([{ type: 'GuidingPrincipleDefined', data: { principleId: 'g1', text: 'Customer first' } }]));
    it('rejects a principle id already used and an empty text', () => {
      spec.given([registered, { type: 'GuidingPrincipleDefined', data: { principleId: 'g1', text: 'x' } }]).when(command<C>('DefineGuidingPrinciple', { principleId: 'g1', text: 'y' })).thenThrows({ code: 'CONFLICT', field: 'principleId' });
      spec.given([registered]).when(command<C>('DefineGuidingPrinciple', { principleId: 'g1', text: '' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'text' });
    });
    it('defines a core value', () =>
      spec.given([registered]).when(command<C>('DefineCoreValue', { valueId: 'v1', name: 'Respect', description: ' ' })).then([{ type: 'CoreValueDefined', data: { valueId: 'v1', name: 'Respect', description: null } }]));
    it('rejects a core value id already used, even when retracted', () =>
      spec.given([registered, valueDefined(), retracted('value-v1', 'CoreValueDefined', 'r1')]).when(command<C>('DefineCoreValue', { valueId: 'v1', name: 'Respect', description: null })).thenThrows({ code: 'CONFLICT', field: 'valueId', facts: ['value-v1'] }));
    it('retires a core value', () => spec.given([registered, valueDefined()]).when(command<C>('RetireCoreValue', { valueId: 'v1' })).then([{ type: 'CoreValueRetired', data: { valueId: 'v1' } }]));
    it('rejects retiring an unknown value, a value retired already, or before its definition', () => {
      spec.given([registered]).when(command<C>('RetireCoreValue', { valueId: 'v1' })).thenThrows({ code: 'NOT_FOUND', field: 'valueId' });
      spec.given([registered, valueDefined(), valueRetired()]).when(command<C>('RetireCoreValue', { valueId: 'v1' })).thenThrows({ code: 'CONFLICT', field: 'valueId', facts: ['retired-v1'] });
      spec.given([registered, valueDefined('v1', '02-01')]).when(command<C>('RetireCoreValue', { valueId: 'v1' }, { occurredAt: on('01-15') })).thenThrows({ code: 'CONFLICT', field: 'occurredAt', facts: ['value-v1'] });
    });
    it('records a paradigm shift from one paradigm to another', () =>
      spec.given([registered]).when(command<C>('RecordParadigmShift', { shiftId: 's1', from: 'The customer bothers us', to: 'The customer is why we are here' })).then([
        { type: 'ParadigmShiftRecorded', data: { shiftId: 's1', from: 'The customer bothers us', to: 'The customer is why we are here' } },
      ]));
    it('rejects a paradigm shift without its new paradigm', () =>
      spec.given([registered]).when(command<C>('RecordParadigmShift', { shiftId: 's1', from: 'Old', to: ' ' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'to' }));
  });
});
