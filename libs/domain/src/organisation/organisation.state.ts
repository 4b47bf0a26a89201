import { unknownEvent, type Envelope } from '../shared/decider';
import type { OrganisationEvent, UnitKind } from './organisation.events';

export interface UnitState {
  readonly kind: UnitKind;
  readonly parentId: string | null;
  readonly archived: boolean;
}

export interface OrganisationState {
  readonly registered: boolean;
  readonly units: Readonly<Record<string, UnitState>>;
  readonly hasMission: boolean;
  readonly hasVision: boolean;
}

export const initialOrganisationState = (): OrganisationState => ({
  registered: false,
  units: {},
  hasMission: false,
  hasVision: false,
});

const withUnit = (state: OrganisationState, unitId: string, change: Partial<UnitState>): OrganisationState => {
  const unit = state.units[unitId];
  return unit ? { ...state, units: { ...state.units, [unitId]: { ...unit, ...change } } } : state;
};

export function evolveOrganisation(state: OrganisationState, event: Envelope<OrganisationEvent>): OrganisationState {
  switch (event.type) {
    case 'OrganisationRegistered':
      return { ...state, registered: true };
    case 'UnitCreated': {
      const { unitId, kind, parentId } = event.data;
      return { ...state, units: { ...state.units, [unitId]: { kind, parentId, archived: false } } };
    }
    case 'UnitRenamed':
      return state;
    case 'UnitMoved':
      return withUnit(state, event.data.unitId, { parentId: event.data.parentId });
    case 'UnitArchived':
      return withUnit(state, event.data.unitId, { archived: true });
    case 'MissionSet':
      return { ...state, hasMission: true };
    case 'VisionSet':
      return { ...state, hasVision: true };
    default:
      return unknownEvent(event, state);
  }
}
