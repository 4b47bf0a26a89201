import { unknownEvent, type Envelope } from '../shared/decider';
import { effectiveFacts, emptyLedger, record, type Ledger } from '../shared/ledger';
import type { OrganisationEvent, UnitKind } from './organisation.events';

export interface UnitState {
  readonly kind: UnitKind;
  readonly parentId: string | null;
  readonly archived: boolean;
}

export interface OrganisationState {
  readonly registered: boolean;
  /** A Map: each event makes a new state, and copying a Map of thousands of units is cheap. */
  readonly units: ReadonlyMap<string, UnitState>;
  /** A mission / vision that is not retracted. */
  readonly hasMission: boolean;
  readonly hasVision: boolean;
  /** Every fact, for references, retractions and back-dating checks. */
  readonly ledger: Ledger<OrganisationEvent>;
}

export const initialOrganisationState = (): OrganisationState => ({
  registered: false,
  units: new Map(),
  hasMission: false,
  hasVision: false,
  ledger: emptyLedger(),
});

const withUnit = (state: OrganisationState, unitId: string, change: Partial<UnitState>): OrganisationState => {
  const unit = state.units.get(unitId);
  return unit ? { ...state, units: new Map(state.units).set(unitId, { ...unit, ...change }) } : state;
};

function applyStructure(state: OrganisationState, event: Envelope<OrganisationEvent>): OrganisationState {
  switch (event.type) {
    case 'OrganisationRegistered':
      return { ...state, registered: true };
    case 'UnitCreated': {
      const { unitId, kind, parentId } = event.data;
      return { ...state, units: new Map(state.units).set(unitId, { kind, parentId, archived: false }) };
    }
    case 'UnitMoved':
      return withUnit(state, event.data.unitId, { parentId: event.data.parentId });
    case 'UnitArchived':
      return withUnit(state, event.data.unitId, { archived: true });
    case 'MissionSet':
    case 'VisionSet':
    case 'FactRetracted': {
      const kept = effectiveFacts(state.ledger);
      return {
        ...state,
        hasMission: kept.some((f) => f.event.type === 'MissionSet'),
        hasVision: kept.some((f) => f.event.type === 'VisionSet'),
      };
    }
    case 'UnitRenamed':
    case 'JobProfileDefined':
    case 'JobProfileRevised':
    case 'GuidingPrincipleDefined':
    case 'CoreValueDefined':
    case 'CoreValueRetired':
    case 'ParadigmShiftRecorded':
    case 'ServicePolicyPublished':
    case 'ServiceStandardSet':
    case 'CourseDefined':
    case 'MaturityModelPublished':
      return state;
    default:
      return unknownEvent(event, state);
  }
}

export function evolveOrganisation(state: OrganisationState, event: Envelope<OrganisationEvent>): OrganisationState {
  return applyStructure({ ...state, ledger: record(state.ledger, event) }, event);
}
