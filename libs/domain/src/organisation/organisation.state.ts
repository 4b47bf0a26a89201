import { unknownEvent, type Envelope } from '../shared/decider';
import { effectiveFacts, emptyLedger, foldLedger, record, type Ledger } from '../shared/ledger';
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

/** What an event changes besides the ledger, written into a draft its caller owns. */
interface Draft {
  registered: boolean;
  readonly units: Map<string, UnitState>;
}

const UNIT_EVENTS: ReadonlySet<OrganisationEvent['type']> = new Set(['UnitCreated', 'UnitMoved', 'UnitArchived']);
const TRUE_NORTH_EVENTS: ReadonlySet<OrganisationEvent['type']> = new Set(['MissionSet', 'VisionSet', 'FactRetracted']);

function changeUnit(units: Map<string, UnitState>, unitId: string, change: Partial<UnitState>): void {
  const unit = units.get(unitId);
  if (unit) units.set(unitId, { ...unit, ...change });
}

function applyInto(draft: Draft, event: Envelope<OrganisationEvent>): void {
  switch (event.type) {
    case 'OrganisationRegistered':
      draft.registered = true;
      return;
    case 'UnitCreated': {
      const { unitId, kind, parentId } = event.data;
      draft.units.set(unitId, { kind, parentId, archived: false });
      return;
    }
    case 'UnitMoved':
      return changeUnit(draft.units, event.data.unitId, { parentId: event.data.parentId });
    case 'UnitArchived':
      return changeUnit(draft.units, event.data.unitId, { archived: true });
    case 'MissionSet':
    case 'VisionSet':
    case 'FactRetracted':
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
      return;
    default:
      return unknownEvent(event, undefined);
  }
}

/** Mission and vision in force: derived from the ledger, since a retraction can undo either. */
function trueNorthOf(ledger: Ledger<OrganisationEvent>): Pick<OrganisationState, 'hasMission' | 'hasVision'> {
  const kept = effectiveFacts(ledger);
  return { hasMission: kept.some((f) => f.event.type === 'MissionSet'), hasVision: kept.some((f) => f.event.type === 'VisionSet') };
}

/** The state after one more event; the state given is left as it was (decide keeps states). */
export function evolveOrganisation(state: OrganisationState, event: Envelope<OrganisationEvent>): OrganisationState {
  // Only unit events write to the units: the others may share the Map.
  const draft: Draft = { registered: state.registered, units: UNIT_EVENTS.has(event.type) ? new Map(state.units) : (state.units as Map<string, UnitState>) };
  applyInto(draft, event);
  const ledger = record(state.ledger, event);
  return { ...state, ...draft, ledger, ...(TRUE_NORTH_EVENTS.has(event.type) ? trueNorthOf(ledger) : {}) };
}

/** The state of a whole stream, built in place: equal to reducing with evolveOrganisation, in O(n). */
export function foldOrganisation(events: readonly Envelope<OrganisationEvent>[]): OrganisationState {
  const draft: Draft = { registered: false, units: new Map() };
  for (const event of events) applyInto(draft, event);
  const ledger = foldLedger(events);
  return { ...draft, ledger, ...trueNorthOf(ledger) };
}
