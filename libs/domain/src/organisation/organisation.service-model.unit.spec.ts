import { command, deciderSpec } from '@norte/testing';
import type { OrganisationCommand as C, PublishServicePolicy } from './organisation.commands';
import { organisationDecider } from './organisation.decide';
import { policy, registered, retracted } from './organisation.fixtures.spec';

const spec = deciderSpec(organisationDecider);
const draft: PublishServicePolicy['data'] = {
  version: 1,
  title: 'How we serve',
  norms: { be: ['Kind', 'Humble'], know: ['Our products'], do: ['Answer within a day'] },
  protocols: { greeting: 'Good morning', identification: 'My name is …', closing: 'Anything else?' },
};
const publish = (data: Partial<PublishServicePolicy['data']>) => command<C>('PublishServicePolicy', { ...draft, ...data });
const standard = (data: object) => command<C>('SetServiceStandard', { channel: 'phone', metric: 'first-response-minutes', target: 2, ...data } as C['data']);

describe('service model', () => {
  describe('the service policy', () => {
    it('publishes the first version with norms by Be / Know / Do and contact protocols', () => spec.given([registered]).when(publish({})).then([{ type: 'ServicePolicyPublished', data: draft }]));
    it('publishes a later version', () => spec.given([registered, policy(1)]).when(publish({ version: 2 })).then([{ type: 'ServicePolicyPublished', data: { ...draft, version: 2 } }]));
    it('rejects a version that does not go up, even past a retracted one', () => {
      spec.given([registered, policy(1)]).when(publish({ version: 1 })).thenThrows({ code: 'CONFLICT', field: 'version' });
      spec.given([registered, policy(1), policy(2), retracted('policy-2', 'ServicePolicyPublished', 'r1')]).when(publish({ version: 2 })).thenThrows({ code: 'CONFLICT', field: 'version' });
    });
    it('rejects a version that is not a whole number from 1', () => spec.given([registered]).when(publish({ version: 1.5 })).thenThrows({ code: 'BAD_USER_INPUT', field: 'version' }));
    it('rejects a policy without any norm, an empty norm and a missing protocol', () => {
      spec.given([registered]).when(publish({ norms: { be: [], know: [], do: [] } })).thenThrows({ code: 'BAD_USER_INPUT', field: 'norms' });
      spec.given([registered]).when(publish({ norms: { be: ['ok', ' '], know: [], do: [] } })).thenThrows({ code: 'BAD_USER_INPUT', field: 'norms.be.1' });
      spec.given([registered]).when(publish({ protocols: { ...draft.protocols, closing: '' } })).thenThrows({ code: 'BAD_USER_INPUT', field: 'protocols.closing' });
    });
  });

  describe('service standards', () => {
    it('sets a target per channel and metric', () =>
      spec.given([registered]).when(standard({})).then([{ type: 'ServiceStandardSet', data: { channel: 'phone', metric: 'first-response-minutes', target: 2 } }]));
    it('rejects an unknown channel or metric and a negative target', () => {
      spec.given([registered]).when(standard({ channel: 'pigeon' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'channel' });
      spec.given([registered]).when(standard({ metric: 'smiles' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'metric' });
      spec.given([registered]).when(standard({ target: -1 })).thenThrows({ code: 'BAD_USER_INPUT', field: 'target' });
    });
  });
});
