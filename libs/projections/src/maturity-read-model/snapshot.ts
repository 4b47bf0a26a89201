import type { MaturityModelDefinition, UnitKind } from '@norte/domain';
import { createLevelCache, fromDay, indexFromSnapshot, indexToSnapshot, packTimelines, type IndexSnapshot, type PackedTimelines } from '../maturity';
import { definitionOf, engineModel } from './models';
import { createMaturityReadModel, type MaturityReadModel } from './state';
import type { UnitChange } from './units';

/**
 * What a snapshot keeps (structured-cloneable: typed arrays, strings, plain data): the engine's
 * index as its columns (maturity/index/snapshot.ts), the unit tree with its history, the published
 * models and the level caches computed so far, so a restart serves heatmaps at once. Ids, dates
 * and numbers only — no names or other personal data.
 * The caches are saved packed (maturity/level-cache.ts): bump the projection's version if that changes.
 */
export interface MaturitySnapshot {
  readonly timeZone: string;
  readonly firstDay: number | null;
  readonly index: IndexSnapshot;
  readonly units: readonly (readonly [id: string, kind: UnitKind, changes: readonly UnitChange[]])[];
  readonly models: readonly SnapshotModel[];
  readonly caches: readonly SnapshotCache[];
}

interface SnapshotModel {
  readonly definition: MaturityModelDefinition;
  readonly publishedAt: string;
  readonly recordedAt: string;
  readonly eventId: string;
  readonly position: string;
}

interface SnapshotCache {
  readonly version: number;
  readonly from: number;
  readonly to: number;
  /** The cache's per-team timelines, packed into typed arrays (restored without unpacking). */
  readonly timelines: PackedTimelines;
}

export function toMaturitySnapshot(state: MaturityReadModel): MaturitySnapshot {
  const models: SnapshotModel[] = [];
  for (const [version, published] of state.models) {
    if (version === 1 || published.eventId === null) continue;
    models.push({
      definition: definitionOf(published.model),
      publishedAt: published.publishedAt as string,
      recordedAt: published.recordedAt as string,
      eventId: published.eventId,
      position: String(published.position),
    });
  }
  return {
    timeZone: state.timeZone,
    firstDay: state.firstDay,
    index: indexToSnapshot(state.index),
    units: [...state.units.values()].map((unit) => [unit.id, unit.kind, unit.changes] as const),
    models,
    caches: [...state.caches.entries()].map(([version, cache]) => ({ version, from: cache.from, to: cache.to, timelines: packTimelines(cache) })),
  };
}

export function fromMaturitySnapshot(snapshot: MaturitySnapshot): MaturityReadModel {
  // The caches saved with the index are valid as they are.
  const state = createMaturityReadModel(snapshot.timeZone, indexFromSnapshot(snapshot.index));
  state.firstDay = snapshot.firstDay;
  for (const model of snapshot.models) {
    state.models.set(model.definition.version, {
      model: engineModel(model.definition),
      publishedAt: model.publishedAt,
      recordedAt: model.recordedAt,
      eventId: model.eventId,
      position: BigInt(model.position),
    });
  }
  for (const [id, kind, changes] of snapshot.units) state.units.set(id, { id, kind, changes: [...changes] });
  for (const saved of snapshot.caches) {
    const model = state.models.get(saved.version)?.model;
    if (model === undefined) continue;
    const cache = createLevelCache(model, fromDay(saved.from), fromDay(saved.to));
    cache.packed = saved.timelines;
    state.caches.set(saved.version, cache);
  }
  return state;
}
