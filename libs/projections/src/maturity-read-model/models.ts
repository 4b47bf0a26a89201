import type { MaturityModelDefinition, WorkshopKind as DomainWorkshopKind } from '@norte/domain';
import { DEFAULT_MODEL_V1, type MaturityModel, type WorkshopKind } from '../maturity';

/** A model version as the read model keeps it: the engine's model and when it was published. */
export interface ModelVersion {
  readonly model: MaturityModel;
  /** Null for the built-in version 1. */
  readonly publishedAt: string | null;
  readonly recordedAt: string | null;
  readonly eventId: string | null;
  readonly position: bigint | null;
}

export const BUILT_IN_MODEL: ModelVersion = { model: DEFAULT_MODEL_V1, publishedAt: null, recordedAt: null, eventId: null, position: null };

const kind = (k: DomainWorkshopKind): WorkshopKind => (k === 'reflection-space' ? 'reflection' : k);
const kinds = (list: readonly DomainWorkshopKind[]): WorkshopKind[] => list.map(kind);

/** The domain's published definition in the engine's vocabulary (workshop kinds differ by one name). */
export function engineModel(definition: MaturityModelDefinition): MaturityModel {
  const p = definition.processes;
  return {
    version: definition.version,
    confidentialityMinimum: definition.confidentialityMinimum,
    measurementWindowDays: definition.measurementWindowDays,
    sustainedDays: definition.sustainedDays,
    processes: {
      'true-north': {
        ...p['true-north'],
        foundation: {
          ...p['true-north'].foundation,
          workshop: { ...p['true-north'].foundation.workshop, workshopKinds: kinds(p['true-north'].foundation.workshop.workshopKinds) },
        },
        coverage: { ...p['true-north'].coverage, workshopKinds: kinds(p['true-north'].coverage.workshopKinds) },
      },
      'life-purpose': { ...p['life-purpose'], foundation: { ...p['life-purpose'].foundation, workshopKinds: kinds(p['life-purpose'].foundation.workshopKinds) } },
      alignment: p.alignment,
      leadership: { ...p.leadership, foundation: { ...p.leadership.foundation, workshopKinds: kinds(p.leadership.foundation.workshopKinds) } },
      'service-excellence': p['service-excellence'],
      'service-model': p['service-model'],
      'emotional-connection': {
        ...p['emotional-connection'],
        foundation: { ...p['emotional-connection'].foundation, workshopKinds: kinds(p['emotional-connection'].foundation.workshopKinds) },
        coverage: { ...p['emotional-connection'].coverage, workshopKinds: kinds(p['emotional-connection'].coverage.workshopKinds) },
      },
    },
  };
}

/** The engine's model in the domain's vocabulary, e.g. to show v1 beside published versions. */
export function definitionOf(model: MaturityModel): MaturityModelDefinition {
  const back = (list: readonly WorkshopKind[]): DomainWorkshopKind[] => list.map((k) => (k === 'reflection' ? 'reflection-space' : k));
  const p = model.processes;
  return {
    ...model,
    processes: {
      ...p,
      'true-north': {
        ...p['true-north'],
        foundation: { ...p['true-north'].foundation, workshop: { ...p['true-north'].foundation.workshop, workshopKinds: back(p['true-north'].foundation.workshop.workshopKinds) } },
        coverage: { ...p['true-north'].coverage, workshopKinds: back(p['true-north'].coverage.workshopKinds) },
      },
      'life-purpose': { ...p['life-purpose'], foundation: { ...p['life-purpose'].foundation, workshopKinds: back(p['life-purpose'].foundation.workshopKinds) } },
      leadership: { ...p.leadership, foundation: { ...p.leadership.foundation, workshopKinds: back(p.leadership.foundation.workshopKinds) } },
      'emotional-connection': {
        ...p['emotional-connection'],
        foundation: { ...p['emotional-connection'].foundation, workshopKinds: back(p['emotional-connection'].foundation.workshopKinds) },
        coverage: { ...p['emotional-connection'].coverage, workshopKinds: back(p['emotional-connection'].coverage.workshopKinds) },
      },
    },
  };
}
