import { command, deciderSpec, stamp } from '@norte/testing';
import type { OrganisationCommand as C } from './organisation.commands';
import { organisationDecider } from './organisation.decide';
import { on, registered } from './organisation.fixtures.spec';
import type { MaturityModelDefinition } from './organisation.maturity-model';
import type { OrganisationEvent } from './organisation.events';

const spec = deciderSpec(organisationDecider);

/** Model v1 of PRODUCT.md §4 with a stricter P4 coverage: what an admin would publish as v2. */
const v2: MaturityModelDefinition = {
  version: 2,
  confidentialityMinimum: 5,
  measurementWindowDays: 90,
  sustainedDays: 180,
  processes: {
    'true-north': {
      foundation: { minGuidingPrinciples: 1, minActiveCoreValues: 3, workshop: { workshopKinds: ['true-north-cascade'], windowDays: null } },
      coverage: { minPercent: 80, windowDays: null, workshopKinds: ['true-north-cascade'] },
      instrument: { kind: 'survey', survey: 'climate', minScore: 4 },
    },
    'life-purpose': {
      foundation: { workshopKinds: ['purpose'], windowDays: 365 },
      coverage: { minPercent: 60, windowDays: 365 },
      instrument: { kind: 'survey', survey: 'climate', minScore: 4 },
    },
    alignment: {
      foundation: { minPercentWithProfile: 100 },
      coverage: { minPercent: 90, windowDays: 365, minPercentAligned: 80 },
      instrument: { kind: 'survey', survey: 'internal-service', minScore: 4 },
    },
    leadership: {
      foundation: { workshopKinds: ['teaching-learning'], windowDays: 365 },
      coverage: { minPercent: 90, windowDays: 90 },
      instrument: { kind: 'survey', survey: 'internal-service', minScore: 4 },
    },
    'service-excellence': {
      foundation: { courseProcess: 'service-excellence', minLeads: 1 },
      coverage: { minPercent: 80, windowDays: null },
      instrument: { kind: 'mystery-shopping', minMeanScore: 4 },
    },
    'service-model': {
      foundation: { minStandards: 1 },
      coverage: { minPercent: 90, windowDays: null },
      instrument: { kind: 'service-kpis', minPercentWithinStandard: 90 },
    },
    'emotional-connection': {
      foundation: { workshopKinds: ['emotional-intelligence', 'empathy'], windowDays: 365 },
      coverage: { minPercent: 70, windowDays: 365, workshopKinds: ['emotional-intelligence', 'empathy', 'reflection-space'] },
      instrument: { kind: 'csat', minScore: 4.2 },
    },
  },
};

type Patch = (model: MaturityModelDefinition) => unknown;
const publish = (patch: Patch = (m) => m) => command<C>('PublishMaturityModel', patch(structuredClone(v2)) as MaturityModelDefinition);
const published = (version: number) => stamp<OrganisationEvent>({ type: 'MaturityModelPublished', data: { ...v2, version } }, on('03-01'), `model-${version}`);
const set = (path: string, value: unknown): Patch => (model) => {
  const keys = path.split('.');
  let at = model as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
  return model;
};

describe('maturity model versions', () => {
  describe('when only the built-in version 1 exists', () => {
    it('publishes version 2 with the whole model as data', () => spec.given([registered]).when(publish()).then([{ type: 'MaturityModelPublished', data: v2 }]));
    it('refuses version 1, the built-in default', () =>
      spec.given([registered]).when(publish(set('version', 1))).thenThrows({ code: 'BAD_USER_INPUT', field: 'version' }));
    it('refuses before the organisation is registered', () => spec.given([]).when(publish()).thenThrows({ code: 'NOT_FOUND' }));
  });

  describe('when version 2 is published', () => {
    it('publishes version 3', () =>
      spec.given([registered, published(2)]).when(publish(set('version', 3))).then([{ type: 'MaturityModelPublished', data: { ...v2, version: 3 } }]));
    it('refuses a version that does not go up', () =>
      spec.given([registered, published(2)]).when(publish()).thenThrows({ code: 'CONFLICT', field: 'version' }));
    it('cannot be retracted: a later version corrects it', () =>
      spec.given([registered, published(2)]).when(command<C>('RetractOrganisationFact', { factId: 'model-2', reason: 'typo' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'factId' }));
  });

  describe('validation of the model', () => {
    it.each([
      ['processes.leadership.coverage.minPercent', 101],
      ['processes.leadership.coverage.minPercent', -1],
      ['processes.leadership.coverage.minPercent', 75.5],
      ['processes.alignment.coverage.minPercentAligned', 120],
      ['processes.alignment.foundation.minPercentWithProfile', 101],
      ['processes.service-model.instrument.minPercentWithinStandard', 101],
      ['processes.leadership.coverage.windowDays', 0],
      ['processes.life-purpose.foundation.windowDays', 0],
      ['measurementWindowDays', 0],
      ['sustainedDays', 0],
      ['confidentialityMinimum', 0],
      ['processes.true-north.instrument.minScore', 5.5],
      ['processes.true-north.instrument.minScore', 0.5],
      ['processes.emotional-connection.instrument.minScore', 6],
      ['processes.service-excellence.instrument.minMeanScore', 0],
      ['processes.service-excellence.foundation.minLeads', 0],
      ['processes.service-excellence.foundation.courseProcess', 'P5'],
      ['processes.true-north.foundation.minActiveCoreValues', -1],
      ['processes.true-north.instrument.survey', 'pulse'],
      ['processes.true-north.instrument.kind', 'gut-feeling'],
    ])('refuses %s = %p', (field, value) =>
      spec.given([registered]).when(publish(set(field, value))).thenThrows({ code: 'BAD_USER_INPUT', field }));

    it('refuses an empty, unknown or repeated workshop kind', () => {
      spec.given([registered]).when(publish(set('processes.leadership.foundation.workshopKinds', []))).thenThrows({ code: 'BAD_USER_INPUT', field: 'processes.leadership.foundation.workshopKinds' });
      spec.given([registered]).when(publish(set('processes.leadership.foundation.workshopKinds', ['yoga']))).thenThrows({ code: 'BAD_USER_INPUT', field: 'processes.leadership.foundation.workshopKinds.0' });
      spec.given([registered]).when(publish(set('processes.emotional-connection.coverage.workshopKinds', ['empathy', 'empathy']))).thenThrows({ code: 'BAD_USER_INPUT', field: 'processes.emotional-connection.coverage.workshopKinds.1' });
    });

    it('refuses a missing or an unknown process', () => {
      spec.given([registered]).when(publish(set('processes.alignment', undefined))).thenThrows({ code: 'BAD_USER_INPUT', field: 'processes.alignment' });
      spec.given([registered]).when(publish(set('processes.P8', v2.processes.leadership))).thenThrows({ code: 'BAD_USER_INPUT', field: 'processes' });
    });

    it('accepts "ever" windows, another instrument and drops what the model does not define', () =>
      spec
        .given([registered])
        .when(publish((m) => ({ ...set('processes.leadership.coverage.windowDays', null)(set('processes.leadership.instrument', { kind: 'csat', minScore: 4.5, survey: 'climate' })(m) as MaturityModelDefinition) as object, extra: 'dropped' })))
        .then([
          {
            type: 'MaturityModelPublished',
            data: { ...v2, processes: { ...v2.processes, leadership: { ...v2.processes.leadership, coverage: { minPercent: 90, windowDays: null }, instrument: { kind: 'csat', minScore: 4.5 } } } },
          },
        ]));
  });
});
