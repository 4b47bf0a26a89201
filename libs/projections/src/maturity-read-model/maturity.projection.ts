import type { MaturityModelPublished, OrganisationEvent } from '@norte/domain';
import { toDay } from '../maturity';
import { factFromEvent, MATURITY_EVENT_TYPES, OrgCalendar } from '../maturity-facts';
import type { DecodedEvent, Projection } from '../shared/projection';
import { engineModel } from './models';
import { fromMaturitySnapshot, toMaturitySnapshot, type MaturitySnapshot } from './snapshot';
import { applyFact, createMaturityReadModel, type MaturityReadModel } from './state';
import { recordUnitChange } from './units';

type StructureEvent = Extract<OrganisationEvent, { type: 'OrganisationRegistered' | 'UnitCreated' | 'UnitMoved' | 'UnitArchived' }>;

const STRUCTURE_TYPES: readonly StructureEvent['type'][] = ['OrganisationRegistered', 'UnitCreated', 'UnitMoved', 'UnitArchived'];

export const MATURITY_READ_MODEL = 'maturity';

/**
 * Levels, roll-ups and trends of every team (PRODUCT.md §4): the engine's index fed with the facts
 * of the program, the unit tree with its history (for "as organised then" and "restated"), and the
 * published model versions. Ids only, no personal data: its snapshot may be written to disk.
 */
export const maturityProjection: Projection<MaturityReadModel, MaturitySnapshot> = {
  name: MATURITY_READ_MODEL,
  // 3: the index is columns of typed arrays, saved and restored as they are; 4: level caches saved
  // packed; 5: the index's ids, lists and maps saved packed (shared/packed.ts); 6: symbol codes in a
  // key table; 7: roadmap cancellations keyed by team and item (an item id is unique in its team only).
  version: 7,
  canHandle: [...STRUCTURE_TYPES, 'MaturityModelPublished', ...MATURITY_EVENT_TYPES],
  init: () => createMaturityReadModel(),
  evolve(state, event: DecodedEvent) {
    switch (event.type) {
      case 'OrganisationRegistered':
      case 'UnitCreated':
      case 'UnitMoved':
      case 'UnitArchived':
        applyStructure(state, event as DecodedEvent & StructureEvent);
        return state;
      case 'MaturityModelPublished': {
        const { data } = event as DecodedEvent & MaturityModelPublished;
        if (!state.models.has(data.version)) {
          state.models.set(data.version, {
            model: engineModel(data),
            publishedAt: event.occurredAt,
            recordedAt: event.recordedAt,
            eventId: event.eventId,
            position: event.position,
          });
        }
        return state;
      }
      default: {
        const fact = factFromEvent(event, state.calendar);
        if (fact !== undefined) applyFact(state, fact);
        return state;
      }
    }
  },
  toSnapshot: toMaturitySnapshot,
  fromSnapshot: fromMaturitySnapshot,
};

function applyStructure(state: MaturityReadModel, event: DecodedEvent & StructureEvent): void {
  if (event.type === 'OrganisationRegistered') {
    state.timeZone = event.data.timeZone;
    state.calendar = new OrgCalendar(event.data.timeZone);
    return;
  }
  state.unitDays = null;
  state.treeMemo.clear();
  const change = {
    day: toDay(state.calendar.dateOf(event.occurredAt)),
    position: Number(event.position),
    recordedMs: Date.parse(event.recordedAt),
  };
  switch (event.type) {
    case 'UnitCreated':
      return recordUnitChange(state.units, event.data.unitId, event.data.kind, { ...change, change: 'created', parentId: event.data.parentId });
    case 'UnitMoved':
      return recordUnitChange(state.units, event.data.unitId, null, { ...change, change: 'moved', parentId: event.data.parentId });
    case 'UnitArchived':
      return recordUnitChange(state.units, event.data.unitId, null, { ...change, change: 'archived', parentId: null });
  }
}
