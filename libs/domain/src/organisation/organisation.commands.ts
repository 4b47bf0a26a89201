import type { ContextualCommand, DomainCommand } from '../shared/decider';
import type { TeamMembership } from '../shared/context';
import type { RetractionInput } from '../shared/retraction';
import type { BehaviourNorms, ContactProtocols, UnitKind } from './organisation.events';
import type { MaturityModelDefinition } from './organisation.maturity-model';

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

/** Every stint on the unit (a team) as of the context position; empty for a division. */
export interface ArchiveUnitContext {
  readonly memberships: readonly TeamMembership[];
}
export type ArchiveUnit = ContextualCommand<'ArchiveUnit', { readonly unitId: string }, ArchiveUnitContext>;
export type SetMission = DomainCommand<'SetMission', { readonly text: string }>;
export type SetVision = DomainCommand<'SetVision', { readonly text: string }>;

export type DefineJobProfile = DomainCommand<
  'DefineJobProfile',
  { readonly jobProfileId: string; readonly title: string; readonly description: string | null }
>;
export type ReviseJobProfile = DomainCommand<
  'ReviseJobProfile',
  { readonly jobProfileId: string; readonly title: string; readonly description: string | null }
>;
export type DefineGuidingPrinciple = DomainCommand<'DefineGuidingPrinciple', { readonly principleId: string; readonly text: string }>;
export type DefineCoreValue = DomainCommand<
  'DefineCoreValue',
  { readonly valueId: string; readonly name: string; readonly description: string | null }
>;
export type RetireCoreValue = DomainCommand<'RetireCoreValue', { readonly valueId: string }>;
export type RecordParadigmShift = DomainCommand<'RecordParadigmShift', { readonly shiftId: string; readonly from: string; readonly to: string }>;
export type PublishServicePolicy = DomainCommand<
  'PublishServicePolicy',
  { readonly version: number; readonly title: string; readonly norms: BehaviourNorms; readonly protocols: ContactProtocols }
>;
export type SetServiceStandard = DomainCommand<
  'SetServiceStandard',
  { readonly channel: string; readonly metric: string; readonly target: number }
>;
export type DefineCourse = DomainCommand<
  'DefineCourse',
  { readonly courseId: string; readonly title: string; readonly processId: string; readonly audience: string }
>;
export type RetractOrganisationFact = DomainCommand<'RetractOrganisationFact', RetractionInput>;
/** A new maturity model version: thresholds, windows and targets as data (version 1 is built in). */
export type PublishMaturityModel = DomainCommand<'PublishMaturityModel', MaturityModelDefinition>;

export type TrueNorthCommand = DefineGuidingPrinciple | DefineCoreValue | RetireCoreValue | RecordParadigmShift;
export type ServiceModelCommand = PublishServicePolicy | SetServiceStandard;
export type CatalogueCommand = DefineJobProfile | ReviseJobProfile | DefineCourse;

export type OrganisationCommand =
  | RegisterOrganisation
  | CreateUnit
  | RenameUnit
  | MoveUnit
  | ArchiveUnit
  | SetMission
  | SetVision
  | TrueNorthCommand
  | ServiceModelCommand
  | CatalogueCommand
  | PublishMaturityModel
  | RetractOrganisationFact;
