import type { ContextualCommand, DomainCommand } from '../shared/decider';
import type { RefStatus, TeamFactRef } from '../shared/context';
import type { RetractionInput } from '../shared/retraction';

type Person = { readonly personId: string };

/** What the organisation and people read models say about an enrolment's references. */
export interface EnrolPersonContext {
  readonly team: RefStatus;
  /** null when the command names no job profile. */
  readonly jobProfile: RefStatus | null;
  /** The person already enrolled with this external id, if any (one person, one team at a time). */
  readonly personWithExternalId: string | null;
}
/**
 * Non-retracted facts on team streams naming this person as an active member (attendee, coachee,
 * recognised): a leaving, move or retraction must not leave them outside the person's stints.
 */
export interface PersonTeamFactsContext {
  readonly teamFacts: readonly TeamFactRef[];
}
export interface MovePersonContext extends PersonTeamFactsContext {
  /** Status of the team moved to. */
  readonly team: RefStatus;
}
export interface JobProfileContext {
  readonly jobProfile: RefStatus;
}
export interface CourseContext {
  readonly course: RefStatus;
}
/** Non-retracted versions of the service policy, with their business dates. */
export interface PublishedPoliciesContext {
  readonly publishedVersions: readonly { readonly version: number; readonly publishedAt: string }[];
}

export type EnrolPerson = ContextualCommand<
  'EnrolPerson',
  Person & {
    readonly externalId: string;
    readonly name: string;
    readonly email: string;
    readonly teamId: string;
    readonly role: string;
    readonly jobProfileId: string | null;
  },
  EnrolPersonContext
>;
export type CorrectPersonDetails = DomainCommand<'CorrectPersonDetails', Person & { readonly name: string; readonly email: string }>;
export type ChangeTeamRole = DomainCommand<'ChangeTeamRole', Person & { readonly role: string }>;
export type MovePersonToTeam = ContextualCommand<'MovePersonToTeam', Person & { readonly teamId: string; readonly role: string }, MovePersonContext>;
export type ChangeJobProfile = ContextualCommand<'ChangeJobProfile', Person & { readonly jobProfileId: string }, JobProfileContext>;
export type RecordPersonLeft = ContextualCommand<'RecordPersonLeft', Person, PersonTeamFactsContext>;
export type AssessAlignment = ContextualCommand<
  'AssessAlignment',
  Person & { readonly jobProfileId: string; readonly fit: string; readonly assessorId: string; readonly note: string | null },
  JobProfileContext
>;
export type ResolveMisfit = DomainCommand<
  'ResolveMisfit',
  Person & { readonly assessmentId: string; readonly resolution: string; readonly note: string | null }
>;
export type RecordLifePlanConversation = DomainCommand<'RecordLifePlanConversation', Person & { readonly leaderId: string }>;
export type RecordTrainingCompletion = ContextualCommand<
  'RecordTrainingCompletion',
  Person & { readonly courseId: string; readonly score: number | null },
  CourseContext
>;
export type AcknowledgePolicy = ContextualCommand<'AcknowledgePolicy', Person & { readonly policyVersion: number }, PublishedPoliciesContext>;
export type RetractPersonFact = ContextualCommand<'RetractPersonFact', Person & RetractionInput, PersonTeamFactsContext>;

export type MembershipCommand = EnrolPerson | ChangeTeamRole | MovePersonToTeam | RecordPersonLeft;
export type PersonFactCommand =
  | ChangeJobProfile
  | AssessAlignment
  | ResolveMisfit
  | RecordLifePlanConversation
  | RecordTrainingCompletion
  | AcknowledgePolicy;

export type PersonCommand = MembershipCommand | CorrectPersonDetails | PersonFactCommand | RetractPersonFact;
