import type { DomainEvent } from '../shared/decider';

export type UnitKind = 'division' | 'team';

export type OrganisationRegistered = DomainEvent<
  'OrganisationRegistered',
  { readonly organisationId: string; readonly name: string; readonly locale: string; readonly timeZone: string }
>;
export type UnitCreated = DomainEvent<
  'UnitCreated',
  { readonly unitId: string; readonly name: string; readonly kind: UnitKind; readonly parentId: string | null }
>;
export type UnitRenamed = DomainEvent<'UnitRenamed', { readonly unitId: string; readonly name: string }>;
export type UnitMoved = DomainEvent<'UnitMoved', { readonly unitId: string; readonly parentId: string | null }>;
export type UnitArchived = DomainEvent<'UnitArchived', { readonly unitId: string }>;
export type MissionSet = DomainEvent<'MissionSet', { readonly text: string }>;
export type VisionSet = DomainEvent<'VisionSet', { readonly text: string }>;

export type OrganisationEvent =
  | OrganisationRegistered
  | UnitCreated
  | UnitRenamed
  | UnitMoved
  | UnitArchived
  | MissionSet
  | VisionSet;
