import { assertNever } from '../shared/decider';
import { badInput, conflict } from '../shared/errors';
import { requireInteger, requireNumber, requireOneOf, requireText, requireTextList } from '../shared/guards';
import { CHANNELS, KPI_METRICS } from '../program/program.instruments';
import type { PublishServicePolicy, ServiceModelCommand } from './organisation.commands';
import type { BehaviourNorms, ContactProtocols, OrganisationEvent } from './organisation.events';
import { factsOf } from './organisation.rules';
import type { OrganisationState } from './organisation.state';

const TITLE_MAX = 200;
const NORMS_MAX = 50;
const NORM_MAX = 500;
const PROTOCOL_MAX = 1000;
const TARGET_MAX = 1_000_000;

function norms(input: BehaviourNorms): BehaviourNorms {
  const result = {
    be: requireTextList('norms.be', input.be, NORMS_MAX, NORM_MAX),
    know: requireTextList('norms.know', input.know, NORMS_MAX, NORM_MAX),
    do: requireTextList('norms.do', input.do, NORMS_MAX, NORM_MAX),
  };
  if (result.be.length + result.know.length + result.do.length === 0) {
    throw badInput('norms', 'A service policy needs at least one behaviour norm');
  }
  return result;
}

const protocols = (input: ContactProtocols): ContactProtocols => ({
  greeting: requireText('protocols.greeting', input.greeting, PROTOCOL_MAX),
  identification: requireText('protocols.identification', input.identification, PROTOCOL_MAX),
  closing: requireText('protocols.closing', input.closing, PROTOCOL_MAX),
});

/** Versions only go up, counting retracted ones, so an acknowledgement never names two policies. */
function requireNextVersion(state: OrganisationState, { data }: PublishServicePolicy): number {
  const version = requireInteger('version', data.version, 1, 1_000_000);
  const latest = factsOf(state, 'ServicePolicyPublished').reduce((max, f) => Math.max(max, f.event.data.version), 0);
  if (version <= latest) throw conflict(`Version ${version} must be greater than ${latest}, the latest published`, 'version');
  return version;
}

export function decideServiceModel(command: ServiceModelCommand, state: OrganisationState): readonly OrganisationEvent[] {
  switch (command.type) {
    case 'PublishServicePolicy': {
      const version = requireNextVersion(state, command);
      const title = requireText('title', command.data.title, TITLE_MAX);
      return [{ type: 'ServicePolicyPublished', data: { version, title, norms: norms(command.data.norms), protocols: protocols(command.data.protocols) } }];
    }
    case 'SetServiceStandard': {
      const channel = requireOneOf('channel', command.data.channel, CHANNELS);
      const metric = requireOneOf('metric', command.data.metric, KPI_METRICS);
      const target = requireNumber('target', command.data.target, 0, TARGET_MAX);
      return [{ type: 'ServiceStandardSet', data: { channel, metric, target } }];
    }
    default:
      return assertNever(command);
  }
}
