import type { InstrumentDefinition, MaturityModelDefinition, MaturityProcessDefinitions } from '@norte/domain';
import type { Instrument, ModelDefinition, ProcessModels, PublishMaturityModelInput } from './maturity-model.types';

/** GraphQL field names of the processes (ids are not valid GraphQL names). */
const KEYS = {
  'true-north': 'trueNorth',
  'life-purpose': 'lifePurpose',
  alignment: 'alignment',
  leadership: 'leadership',
  'service-excellence': 'serviceExcellence',
  'service-model': 'serviceModel',
  'emotional-connection': 'emotionalConnection',
} as const satisfies Record<keyof MaturityProcessDefinitions, keyof ProcessModels>;

function instrumentOf(input: Instrument): InstrumentDefinition {
  switch (input.kind) {
    case 'survey':
      return { kind: 'survey', survey: input.survey as NonNullable<Instrument['survey']>, minScore: input.target };
    case 'mystery-shopping':
      return { kind: 'mystery-shopping', minMeanScore: input.target };
    case 'service-kpis':
      return { kind: 'service-kpis', minPercentWithinStandard: input.target };
    case 'csat':
      return { kind: 'csat', minScore: input.target };
  }
}

function instrumentType(definition: InstrumentDefinition): Instrument {
  switch (definition.kind) {
    case 'survey':
      return { kind: 'survey', survey: definition.survey, target: definition.minScore };
    case 'mystery-shopping':
      return { kind: 'mystery-shopping', survey: null, target: definition.minMeanScore };
    case 'service-kpis':
      return { kind: 'service-kpis', survey: null, target: definition.minPercentWithinStandard };
    case 'csat':
      return { kind: 'csat', survey: null, target: definition.minScore };
  }
}

/** The mutation's input as the domain's definition (the decider checks every range). */
export function definitionFromInput(input: PublishMaturityModelInput): MaturityModelDefinition {
  const processes = {} as Record<string, unknown>;
  for (const [id, key] of Object.entries(KEYS)) {
    const process = input.processes[key];
    processes[id] = { foundation: { ...process.foundation }, coverage: { ...process.coverage }, instrument: instrumentOf(process.instrument) };
  }
  return {
    version: input.version,
    confidentialityMinimum: input.confidentialityMinimum,
    measurementWindowDays: input.measurementWindowDays,
    sustainedDays: input.sustainedDays,
    // Plain data, not the validated class instances: it becomes an event.
    processes: JSON.parse(JSON.stringify(processes)) as MaturityProcessDefinitions,
  };
}

export function definitionType(definition: MaturityModelDefinition): ModelDefinition {
  const processes = {} as Record<string, unknown>;
  for (const [id, key] of Object.entries(KEYS)) {
    const process = definition.processes[id as keyof MaturityProcessDefinitions];
    processes[key] = { foundation: process.foundation, coverage: process.coverage, instrument: instrumentType(process.instrument) };
  }
  return {
    confidentialityMinimum: definition.confidentialityMinimum,
    measurementWindowDays: definition.measurementWindowDays,
    sustainedDays: definition.sustainedDays,
    processes: processes as unknown as ProcessModels,
  };
}
