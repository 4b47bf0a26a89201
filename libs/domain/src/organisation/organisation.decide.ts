import { assertNever, type Decider } from '../shared/decider';
import { badInput, conflict, notFound } from '../shared/errors';
import { requireId, requireNotFuture, requireText } from '../shared/guards';
import type { ArchiveUnit, OrganisationCommand, CreateUnit, MoveUnit } from './organisation.commands';
import { decideCatalogue } from './organisation.catalogue';
import { decideMaturityModel } from './organisation.maturity-model';
import { decideOrganisationRetraction } from './organisation.retract';
import { requireRegistered } from './organisation.rules';
import { decideServiceModel } from './organisation.service-model';
import { ORGANISATION_ID } from './organisation.stream';
import { decideTrueNorth } from './organisation.true-north';
import type { OrganisationEvent } from './organisation.events';
import { evolveOrganisation, foldOrganisation, initialOrganisationState, type OrganisationState } from './organisation.state';

export const LOCALES = ['es', 'en', 'pt'] as const;
const NAME_MAX = 120;
const STATEMENT_MAX = 2000;

function requireTimeZone(timeZone: string): string {
  if (!Intl.supportedValuesOf('timeZone').includes(timeZone) && timeZone !== 'UTC') {
    throw badInput('timeZone', `Unknown time zone '${timeZone}' (use an IANA name such as America/Bogota)`);
  }
  return timeZone;
}

/** A team hangs under a division; a division under another division or at the top. */
function requireParent(state: OrganisationState, kind: CreateUnit['data']['kind'], parentId: string | null): void {
  if (parentId === null) {
    if (kind === 'team') throw badInput('parentId', 'A team must be placed under a division');
    return;
  }
  const parent = state.units.get(parentId);
  if (!parent) throw notFound('parentId', `Unit '${parentId}' does not exist`);
  if (parent.archived) throw conflict(`Unit '${parentId}' is archived`, 'parentId');
  if (parent.kind !== 'division') throw badInput('parentId', 'Units can only be placed under a division');
}

function requireNoCycle(state: OrganisationState, { unitId, parentId }: MoveUnit['data']): void {
  for (let at = parentId; at !== null; at = state.units.get(at)?.parentId ?? null) {
    if (at === unitId) throw conflict('A unit cannot be moved under itself or one of its descendants', 'parentId');
  }
}

function requireUnit(state: OrganisationState, unitId: string) {
  const unit = state.units.get(unitId);
  if (!unit) throw notFound('unitId', `Unit '${unitId}' does not exist`);
  if (unit.archived) throw conflict(`Unit '${unitId}' is archived`, 'unitId');
  return unit;
}

/** A team with people on it at or after the archive date cannot be archived (context: its stints). */
function requireNoActiveMembers({ context, occurredAt }: ArchiveUnit): void {
  if (!context) throw new Error('ArchiveUnit of a team needs its context (memberships)');
  const at = Date.parse(occurredAt);
  const active = context.memberships.filter((m) => m.until === null || Date.parse(m.until) > at).map((m) => m.personId);
  if (active.length > 0) {
    throw conflict(`The team still has active members (${[...new Set(active)].join(', ')}): move them or record their leaving first`, 'unitId');
  }
}

export function decideOrganisation(command: OrganisationCommand, state: OrganisationState): readonly OrganisationEvent[] {
  requireNotFuture(command.occurredAt, command.now);
  switch (command.type) {
    case 'RegisterOrganisation': {
      if (state.registered) throw conflict('The organisation is already registered');
      const { locale, timeZone } = command.data;
      if (!(LOCALES as readonly string[]).includes(locale)) {
        throw badInput('locale', `locale must be one of ${LOCALES.join(', ')}`);
      }
      return [
        {
          type: 'OrganisationRegistered',
          data: {
            organisationId: ORGANISATION_ID,
            name: requireText('name', command.data.name, NAME_MAX),
            locale,
            timeZone: requireTimeZone(timeZone),
          },
        },
      ];
    }
    case 'CreateUnit': {
      requireRegistered(state);
      const { unitId, kind, parentId } = command.data;
      requireId('unitId', unitId);
      if (state.units.has(unitId)) throw conflict(`Unit '${unitId}' already exists`, 'unitId');
      requireParent(state, kind, parentId);
      const name = requireText('name', command.data.name, NAME_MAX);
      return [{ type: 'UnitCreated', data: { unitId, name, kind, parentId } }];
    }
    case 'RenameUnit': {
      requireRegistered(state);
      requireUnit(state, command.data.unitId);
      return [{ type: 'UnitRenamed', data: { unitId: command.data.unitId, name: requireText('name', command.data.name, NAME_MAX) } }];
    }
    case 'MoveUnit': {
      requireRegistered(state);
      const unit = requireUnit(state, command.data.unitId);
      requireParent(state, unit.kind, command.data.parentId);
      requireNoCycle(state, command.data);
      return [{ type: 'UnitMoved', data: command.data }];
    }
    case 'ArchiveUnit': {
      requireRegistered(state);
      const unit = requireUnit(state, command.data.unitId);
      if (unit.kind === 'team') requireNoActiveMembers(command);
      const children = [...state.units].filter(([, u]) => u.parentId === command.data.unitId && !u.archived);
      if (children.length > 0) {
        throw conflict('A unit with active units below it cannot be archived', 'unitId', children.map(([id]) => id));
      }
      return [{ type: 'UnitArchived', data: command.data }];
    }
    case 'SetMission':
      requireRegistered(state);
      return [{ type: 'MissionSet', data: { text: requireText('text', command.data.text, STATEMENT_MAX) } }];
    case 'SetVision':
      requireRegistered(state);
      return [{ type: 'VisionSet', data: { text: requireText('text', command.data.text, STATEMENT_MAX) } }];
    case 'DefineGuidingPrinciple':
    case 'DefineCoreValue':
    case 'RetireCoreValue':
    case 'RecordParadigmShift':
      requireRegistered(state);
      return decideTrueNorth(command, state);
    case 'PublishServicePolicy':
    case 'SetServiceStandard':
      requireRegistered(state);
      return decideServiceModel(command, state);
    case 'DefineJobProfile':
    case 'ReviseJobProfile':
    case 'DefineCourse':
      requireRegistered(state);
      return decideCatalogue(command, state);
    case 'PublishMaturityModel':
      requireRegistered(state);
      return decideMaturityModel(command, state);
    case 'RetractOrganisationFact':
      requireRegistered(state);
      return decideOrganisationRetraction(command, state);
    default:
      return assertNever(command);
  }
}

export const organisationDecider: Decider<OrganisationCommand, OrganisationEvent, OrganisationState> = {
  decide: decideOrganisation,
  evolve: evolveOrganisation,
  initialState: initialOrganisationState,
  fold: foldOrganisation,
};
