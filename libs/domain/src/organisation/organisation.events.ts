import type { DomainEvent } from '../shared/decider';
import type { FactRetracted } from '../shared/retraction';
import type { Channel, CourseAudience, KpiMetric } from '../program/program.instruments';
import type { ProcessId } from '../program/program.catalogue';
import type { MaturityModelDefinition } from './organisation.maturity-model';

// Organisational text throughout this stream (names, statements, norms, titles): it must not hold
// personal data — the store keeps it in clear.

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

/** What a role is and expects; `description` must not hold personal data. */
export type JobProfileDefined = DomainEvent<
  'JobProfileDefined',
  { readonly jobProfileId: string; readonly title: string; readonly description: string | null }
>;
export type JobProfileRevised = DomainEvent<
  'JobProfileRevised',
  { readonly jobProfileId: string; readonly title: string; readonly description: string | null }
>;

export type GuidingPrincipleDefined = DomainEvent<'GuidingPrincipleDefined', { readonly principleId: string; readonly text: string }>;
export type CoreValueDefined = DomainEvent<
  'CoreValueDefined',
  { readonly valueId: string; readonly name: string; readonly description: string | null }
>;
export type CoreValueRetired = DomainEvent<'CoreValueRetired', { readonly valueId: string }>;
/** A paradigm to leave behind and the one to adopt. */
export type ParadigmShiftRecorded = DomainEvent<'ParadigmShiftRecorded', { readonly shiftId: string; readonly from: string; readonly to: string }>;

export interface BehaviourNorms {
  /** Ser */
  readonly be: readonly string[];
  /** Saber */
  readonly know: readonly string[];
  /** Hacer */
  readonly do: readonly string[];
}
export interface ContactProtocols {
  readonly greeting: string;
  readonly identification: string;
  readonly closing: string;
}
/** The organisation's one service policy, in successive versions; a version is the whole policy. */
export type ServicePolicyPublished = DomainEvent<
  'ServicePolicyPublished',
  { readonly version: number; readonly title: string; readonly norms: BehaviourNorms; readonly protocols: ContactProtocols }
>;
/** In force from its date until the next one for the same channel and metric; lower is better. */
export type ServiceStandardSet = DomainEvent<
  'ServiceStandardSet',
  { readonly channel: Channel; readonly metric: KpiMetric; readonly target: number }
>;

export type CourseDefined = DomainEvent<
  'CourseDefined',
  { readonly courseId: string; readonly title: string; readonly processId: ProcessId; readonly audience: CourseAudience }
>;

/** A maturity model version, the whole model as data; never retracted (publish a later version). */
export type MaturityModelPublished = DomainEvent<'MaturityModelPublished', MaturityModelDefinition>;

export type OrganisationEvent =
  | OrganisationRegistered
  | UnitCreated
  | UnitRenamed
  | UnitMoved
  | UnitArchived
  | MissionSet
  | VisionSet
  | JobProfileDefined
  | JobProfileRevised
  | GuidingPrincipleDefined
  | CoreValueDefined
  | CoreValueRetired
  | ParadigmShiftRecorded
  | ServicePolicyPublished
  | ServiceStandardSet
  | CourseDefined
  | MaturityModelPublished
  | FactRetracted;
