import { badInput, conflict } from '../shared/errors';
import { requireInteger, requireNumber, requireOneOf } from '../shared/guards';
import { PROCESS_IDS, requireProcess, type ProcessId } from '../program/program.catalogue';
import { SURVEY_KINDS, WORKSHOP_KINDS, type SurveyKind, type WorkshopKind } from '../program/program.instruments';
import type { PublishMaturityModel } from './organisation.commands';
import type { OrganisationEvent } from './organisation.events';
import { factsOf } from './organisation.rules';
import type { OrganisationState } from './organisation.state';

/**
 * A maturity model version as data (PRODUCT.md §4): every threshold, window, workshop kind,
 * instrument and target. Version 1 is built into the engine; an admin publishes 2, 3, …; a version
 * is never changed or retracted (publish another). Percentages are whole percents; a window of
 * `null` days means "ever".
 */
/**
 * `W` is the workshop-kind vocabulary: the domain's here; the maturity engine (libs/projections)
 * uses the same shape over its own fact vocabulary.
 */
export interface MaturityModelDefinition<W extends string = WorkshopKind> {
  readonly version: number;
  readonly confidentialityMinimum: number;
  readonly measurementWindowDays: number;
  readonly sustainedDays: number;
  readonly processes: MaturityProcessDefinitions<W>;
}

export interface MaturityProcessDefinitions<W extends string = WorkshopKind> {
  readonly 'true-north': ProcessDefinition<TrueNorthFoundation<W>, AttendanceCoverage<W>>;
  readonly 'life-purpose': ProcessDefinition<TeamWorkshopRule<W>, PercentCoverage>;
  readonly alignment: ProcessDefinition<ProfileFoundation, AlignmentCoverage>;
  readonly leadership: ProcessDefinition<TeamWorkshopRule<W>, PercentCoverage>;
  readonly 'service-excellence': ProcessDefinition<TrainingFoundation, PercentCoverage>;
  readonly 'service-model': ProcessDefinition<ServiceModelFoundation, PercentCoverage>;
  readonly 'emotional-connection': ProcessDefinition<TeamWorkshopRule<W>, AttendanceCoverage<W>>;
}

export interface ProcessDefinition<Foundation, Coverage> {
  readonly foundation: Foundation;
  readonly coverage: Coverage;
  readonly instrument: InstrumentDefinition;
}

export interface TeamWorkshopRule<W extends string = WorkshopKind> {
  readonly workshopKinds: readonly W[];
  readonly windowDays: number | null;
}
export interface TrueNorthFoundation<W extends string = WorkshopKind> {
  readonly minGuidingPrinciples: number;
  readonly minActiveCoreValues: number;
  readonly workshop: TeamWorkshopRule<W>;
}
export interface ProfileFoundation {
  readonly minPercentWithProfile: number;
}
export interface TrainingFoundation {
  readonly courseProcess: ProcessId;
  readonly minLeads: number;
}
export interface ServiceModelFoundation {
  readonly minStandards: number;
}
export interface PercentCoverage {
  readonly minPercent: number;
  readonly windowDays: number | null;
}
export interface AttendanceCoverage<W extends string = WorkshopKind> extends PercentCoverage {
  readonly workshopKinds: readonly W[];
}
export interface AlignmentCoverage extends PercentCoverage {
  readonly minPercentAligned: number;
}

export type InstrumentDefinition =
  | { readonly kind: 'survey'; readonly survey: SurveyKind; readonly minScore: number }
  | { readonly kind: 'mystery-shopping'; readonly minMeanScore: number }
  | { readonly kind: 'service-kpis'; readonly minPercentWithinStandard: number }
  | { readonly kind: 'csat'; readonly minScore: number };

export const INSTRUMENT_KINDS = ['survey', 'mystery-shopping', 'service-kpis', 'csat'] as const;

const MAX_DAYS = 3650;
const MAX_COUNT = 1000;

const percent = (field: string, value: number) => requireInteger(field, value, 0, 100);
const days = (field: string, value: number) => requireInteger(field, value, 1, MAX_DAYS);
const windowOf = (field: string, value: number | null | undefined) => (value === null || value === undefined ? null : days(field, value));
const score = (field: string, value: number) => requireNumber(field, value, 1, 5);

function workshopKinds(field: string, kinds: readonly string[]): readonly WorkshopKind[] {
  if (!Array.isArray(kinds) || kinds.length === 0) throw badInput(field, `${field} must list at least one workshop kind`);
  kinds.forEach((kind, i) => {
    requireOneOf(`${field}.${i}`, kind, WORKSHOP_KINDS);
    if (kinds.indexOf(kind) !== i) throw badInput(`${field}.${i}`, `${field} lists '${kind}' twice`);
  });
  return kinds as readonly WorkshopKind[];
}

const workshopRule = (field: string, rule: TeamWorkshopRule): TeamWorkshopRule => ({
  workshopKinds: workshopKinds(`${field}.workshopKinds`, rule.workshopKinds),
  windowDays: windowOf(`${field}.windowDays`, rule.windowDays),
});

const coverage = (field: string, c: PercentCoverage): PercentCoverage => ({
  minPercent: percent(`${field}.minPercent`, c.minPercent),
  windowDays: windowOf(`${field}.windowDays`, c.windowDays),
});

const attendance = (field: string, c: AttendanceCoverage): AttendanceCoverage => ({
  ...coverage(field, c),
  workshopKinds: workshopKinds(`${field}.workshopKinds`, c.workshopKinds),
});

function instrument(field: string, spec: InstrumentDefinition): InstrumentDefinition {
  const kind = requireOneOf(`${field}.kind`, spec.kind, INSTRUMENT_KINDS);
  switch (kind) {
    case 'survey': {
      const s = spec as Extract<InstrumentDefinition, { kind: 'survey' }>;
      return { kind, survey: requireOneOf(`${field}.survey`, s.survey, SURVEY_KINDS), minScore: score(`${field}.minScore`, s.minScore) };
    }
    case 'mystery-shopping':
      return { kind, minMeanScore: score(`${field}.minMeanScore`, (spec as { minMeanScore: number }).minMeanScore) };
    case 'service-kpis':
      return { kind, minPercentWithinStandard: percent(`${field}.minPercentWithinStandard`, (spec as { minPercentWithinStandard: number }).minPercentWithinStandard) };
    case 'csat':
      return { kind, minScore: score(`${field}.minScore`, (spec as { minScore: number }).minScore) };
  }
}

function definitionOf<F, C>(
  processes: MaturityProcessDefinitions,
  id: keyof MaturityProcessDefinitions,
  foundation: (field: string, f: F) => F,
  cover: (field: string, c: C) => C,
): ProcessDefinition<F, C> {
  const field = `processes.${id}`;
  const definition = processes[id] as unknown as ProcessDefinition<F, C> | undefined;
  if (!definition) throw badInput(field, `${field} is missing: a model defines all seven processes`);
  return {
    foundation: foundation(`${field}.foundation`, definition.foundation),
    coverage: cover(`${field}.coverage`, definition.coverage),
    instrument: instrument(`${field}.instrument`, definition.instrument),
  };
}

/** Every threshold in range: percents 0–100, windows 1–3650 days (or ever), targets 1–5. */
export function requireMaturityModel(model: MaturityModelDefinition): MaturityModelDefinition {
  const p = model.processes;
  const unknown = Object.keys(p ?? {}).filter((key) => !(PROCESS_IDS as readonly string[]).includes(key));
  if (!p || unknown.length > 0) throw badInput('processes', `Unknown processes: ${unknown.join(', ')}`);
  return {
    version: model.version,
    confidentialityMinimum: requireInteger('confidentialityMinimum', model.confidentialityMinimum, 1, MAX_COUNT),
    measurementWindowDays: days('measurementWindowDays', model.measurementWindowDays),
    sustainedDays: days('sustainedDays', model.sustainedDays),
    processes: {
      'true-north': definitionOf<TrueNorthFoundation, AttendanceCoverage>(p, 'true-north', (f, v) => ({
        minGuidingPrinciples: requireInteger(`${f}.minGuidingPrinciples`, v.minGuidingPrinciples, 0, MAX_COUNT),
        minActiveCoreValues: requireInteger(`${f}.minActiveCoreValues`, v.minActiveCoreValues, 0, MAX_COUNT),
        workshop: workshopRule(`${f}.workshop`, v.workshop),
      }), attendance),
      'life-purpose': definitionOf(p, 'life-purpose', workshopRule, coverage),
      alignment: definitionOf<ProfileFoundation, AlignmentCoverage>(p, 'alignment', (f, v) => ({
        minPercentWithProfile: percent(`${f}.minPercentWithProfile`, v.minPercentWithProfile),
      }), (f, v) => ({ ...coverage(f, v), minPercentAligned: percent(`${f}.minPercentAligned`, v.minPercentAligned) })),
      leadership: definitionOf(p, 'leadership', workshopRule, coverage),
      'service-excellence': definitionOf<TrainingFoundation, PercentCoverage>(p, 'service-excellence', (f, v) => ({
        courseProcess: requireProcess(`${f}.courseProcess`, v.courseProcess),
        // "Every team lead completed …" over no lead is not met: at least one lead is required.
        minLeads: requireInteger(`${f}.minLeads`, v.minLeads, 1, MAX_COUNT),
      }), coverage),
      'service-model': definitionOf<ServiceModelFoundation, PercentCoverage>(p, 'service-model', (f, v) => ({
        minStandards: requireInteger(`${f}.minStandards`, v.minStandards, 0, MAX_COUNT),
      }), coverage),
      'emotional-connection': definitionOf(p, 'emotional-connection', workshopRule, attendance),
    },
  };
}

/** Version 1 is the built-in default; published versions go up, and are never reused. */
export function decideMaturityModel(command: PublishMaturityModel, state: OrganisationState): readonly OrganisationEvent[] {
  const version = requireInteger('version', command.data.version, 2, 1_000_000);
  const latest = factsOf(state, 'MaturityModelPublished').reduce((max, f) => Math.max(max, f.event.data.version), 1);
  if (version <= latest) throw conflict(`Version ${version} must be greater than ${latest}, the latest published`, 'version');
  return [{ type: 'MaturityModelPublished', data: { ...requireMaturityModel(command.data), version } }];
}
