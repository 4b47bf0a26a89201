import type { OrganisationEvent, UnitKind } from '@norte/domain';
import type { DecodedEvent, Projection } from '../shared/projection';

export interface UnitView {
  readonly id: string;
  name: string;
  readonly kind: UnitKind;
  parentId: string | null;
  archived: boolean;
}

export interface OrganisationView {
  registered: boolean;
  name: string;
  locale: string;
  timeZone: string;
  mission: string | null;
  vision: string | null;
  /** Units in creation order. */
  units: Record<string, UnitView>;
}

const types: readonly OrganisationEvent['type'][] = [
  'OrganisationRegistered',
  'UnitCreated',
  'UnitRenamed',
  'UnitMoved',
  'UnitArchived',
  'MissionSet',
  'VisionSet',
];

/** The organisation as it stands now: name, statements and the units tree. */
export const organisationProjection: Projection<OrganisationView> = {
  name: 'organisation',
  version: 1,
  canHandle: types,
  init: () => ({ registered: false, name: '', locale: 'es', timeZone: 'UTC', mission: null, vision: null, units: {} }),
  evolve(view, decoded: DecodedEvent) {
    const event = decoded as unknown as OrganisationEvent;
    switch (event.type) {
      case 'OrganisationRegistered':
        Object.assign(view, { registered: true, name: event.data.name, locale: event.data.locale, timeZone: event.data.timeZone });
        break;
      case 'UnitCreated':
        view.units[event.data.unitId] = { id: event.data.unitId, name: event.data.name, kind: event.data.kind, parentId: event.data.parentId, archived: false };
        break;
      case 'UnitRenamed':
        if (view.units[event.data.unitId]) view.units[event.data.unitId].name = event.data.name;
        break;
      case 'UnitMoved':
        if (view.units[event.data.unitId]) view.units[event.data.unitId].parentId = event.data.parentId;
        break;
      case 'UnitArchived':
        if (view.units[event.data.unitId]) view.units[event.data.unitId].archived = true;
        break;
      case 'MissionSet':
        view.mission = event.data.text;
        break;
      case 'VisionSet':
        view.vision = event.data.text;
        break;
    }
    return view;
  },
};
