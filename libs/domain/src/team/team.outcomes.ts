import { assertNever } from '../shared/decider';
import { badInput } from '../shared/errors';
import { requireInteger, requireNumber, requireOneOf, requireScore } from '../shared/guards';
import {
  CHANNELS,
  KPI_METRICS,
  PROTOCOL_STEPS,
  SERVICE_BEHAVIOURS,
  SURVEY_KINDS,
  type ProtocolStep,
  type ServiceBehaviour,
} from '../program/program.instruments';
import type { OutcomeCommand, RecordMysteryShop } from './team.commands';
import type { OutcomeEvent } from './team.events';

const RESPONSES_MAX = 1_000_000;
const KPI_MAX = 1_000_000_000;

const requireResponses = (value: number) => requireInteger('responseCount', value, 0, RESPONSES_MAX);

function scores(input: RecordMysteryShop['data']['scores']): Record<ServiceBehaviour, number> {
  const entries = SERVICE_BEHAVIOURS.map((b) => [b, requireScore(`scores.${b}`, input[b])] as const);
  return Object.fromEntries(entries) as Record<ServiceBehaviour, number>;
}

function protocol(input: RecordMysteryShop['data']['protocol']): Record<ProtocolStep, boolean> {
  const entries = PROTOCOL_STEPS.map((step) => {
    if (typeof input[step] !== 'boolean') throw badInput(`protocol.${step}`, `protocol.${step} must be true or false`);
    return [step, input[step]] as const;
  });
  return Object.fromEntries(entries) as Record<ProtocolStep, boolean>;
}

/** The outcome instruments of PRODUCT.md §2, measured for the team. */
export function decideOutcome(command: OutcomeCommand): readonly OutcomeEvent[] {
  const { teamId } = command.data;
  switch (command.type) {
    case 'RecordSurveyResult': {
      const kind = requireOneOf('kind', command.data.kind, SURVEY_KINDS);
      const score = requireScore('score', command.data.score);
      return [{ type: 'SurveyResultRecorded', data: { teamId, kind, score, responseCount: requireResponses(command.data.responseCount) } }];
    }
    case 'RecordMysteryShop': {
      const channel = requireOneOf('channel', command.data.channel, CHANNELS);
      return [{ type: 'MysteryShopRecorded', data: { teamId, channel, scores: scores(command.data.scores), protocol: protocol(command.data.protocol) } }];
    }
    case 'RecordKpiMeasurement': {
      const channel = requireOneOf('channel', command.data.channel, CHANNELS);
      const metric = requireOneOf('metric', command.data.metric, KPI_METRICS);
      const { value } = command.data;
      const measured = metric === 'complaints' ? requireInteger('value', value, 0, KPI_MAX) : requireNumber('value', value, 0, KPI_MAX);
      return [{ type: 'KpiMeasured', data: { teamId, channel, metric, value: measured } }];
    }
    case 'RecordCsat': {
      const score = requireScore('score', command.data.score);
      return [{ type: 'CsatRecorded', data: { teamId, score, responseCount: requireResponses(command.data.responseCount) } }];
    }
    default:
      return assertNever(command);
  }
}
