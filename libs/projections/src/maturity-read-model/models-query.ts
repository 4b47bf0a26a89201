import type { MaturityModelDefinition } from '@norte/domain';
import { definitionOf } from './models';
import { latestModelVersion, type MaturityReadModel } from './state';

export interface MaturityModelVersion {
  readonly version: number;
  readonly definition: MaturityModelDefinition;
  /** The default for queries that do not name a version. */
  readonly current: boolean;
  readonly builtIn: boolean;
  readonly publishedAt: string | null;
  readonly eventId: string | null;
}

/** Every model version, oldest first, as data in the domain's vocabulary. */
export function maturityModels(state: MaturityReadModel): MaturityModelVersion[] {
  const current = latestModelVersion(state);
  return [...state.models.entries()]
    .sort(([a], [b]) => a - b)
    .map(([version, published]) => ({
      version,
      definition: definitionOf(published.model),
      current: version === current,
      builtIn: published.eventId === null,
      publishedAt: published.publishedAt,
      eventId: published.eventId,
    }));
}
