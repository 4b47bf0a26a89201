import type { DomainCommand } from '../shared/decider';
import type { UnitKind } from './organisation.events';

export type RegisterOrganisation = DomainCommand<
  'RegisterOrganisation',
  { readonly name: string; readonly locale: string; readonly timeZone: string }
>;
export type CreateUnit = DomainCommand<
  'CreateUnit',
  { readonly unitId: string; readonly name: string; readonly kind: UnitKind; readonly parentId: string | null }
>;
export type RenameUnit = DomainCommand<'RenameUnit', { readonly unitId: string; readonly name: string }>;
export type MoveUnit = DomainCommand<'MoveUnit', { readonly unitId: string; readonly parentId: string | null }>;
export type ArchiveUnit = DomainCommand<'ArchiveUnit', { readonly unitId: string }>;
export type SetMission = DomainCommand<'SetMission', { readonly text: string }>;
export type SetVision = DomainCommand<'SetVision', { readonly text: string }>;

export type OrganisationCommand =
  | RegisterOrganisation
  | CreateUnit
  | RenameUnit
  | MoveUnit
  | ArchiveUnit
  | SetMission
  | SetVision;
