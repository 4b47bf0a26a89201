import type { DomainEvent } from '../shared/decider';
import type { FactRetracted } from '../shared/retraction';
import type { Fit, MisfitResolution, TeamRole } from '../program/program.instruments';

// Personal fields (names, e-mails, notes) are encrypted under `person-<personId>` by the store's
// codec (see PERSONAL_DATA); everything else here stays in clear and must not hold personal data.

export type PersonEnrolled = DomainEvent<
  'PersonEnrolled',
  {
    readonly personId: string;
    /** The HR system's opaque id (roster imports match on it); never an e-mail or national id. */
    readonly externalId: string;
    /** Personal data. */
    readonly name: string;
    /** Personal data. */
    readonly email: string;
    readonly teamId: string;
    readonly role: TeamRole;
    readonly jobProfileId: string | null;
  }
>;
/** Fixes a misspelt name or e-mail; not a business fact (it may be dated after leaving). */
export type PersonDetailsCorrected = DomainEvent<
  'PersonDetailsCorrected',
  { readonly personId: string; /** Personal data. */ readonly name: string; /** Personal data. */ readonly email: string }
>;
export type TeamRoleChanged = DomainEvent<'TeamRoleChanged', { readonly personId: string; readonly teamId: string; readonly role: TeamRole }>;
export type PersonMovedTeam = DomainEvent<
  'PersonMovedTeam',
  { readonly personId: string; readonly fromTeamId: string; readonly toTeamId: string; readonly role: TeamRole }
>;
export type JobProfileChanged = DomainEvent<'JobProfileChanged', { readonly personId: string; readonly jobProfileId: string }>;
export type PersonLeft = DomainEvent<'PersonLeft', { readonly personId: string; readonly teamId: string }>;

export type AlignmentAssessed = DomainEvent<
  'AlignmentAssessed',
  {
    readonly personId: string;
    readonly jobProfileId: string;
    readonly fit: Fit;
    /** Person id of whoever assessed. */
    readonly assessorId: string;
    /** Personal data (free text about the person). */
    readonly note: string | null;
  }
>;
export type MisfitResolved = DomainEvent<
  'MisfitResolved',
  {
    readonly personId: string;
    /** Event id of the AlignmentAssessed (partial or misaligned) it resolves. */
    readonly assessmentId: string;
    readonly resolution: MisfitResolution;
    /** Personal data (free text about the person). */
    readonly note: string | null;
  }
>;
/** The plan's content is never stored: only that the conversation took place, and with whom. */
export type LifePlanConversationHeld = DomainEvent<'LifePlanConversationHeld', { readonly personId: string; readonly leaderId: string }>;
/** `score` 0–100 when the course grades. */
export type TrainingCompleted = DomainEvent<
  'TrainingCompleted',
  { readonly personId: string; readonly courseId: string; readonly score: number | null }
>;
export type PolicyAcknowledged = DomainEvent<'PolicyAcknowledged', { readonly personId: string; readonly policyVersion: number }>;

/** Membership facts draw the person's stints on teams; the others must fall inside one. */
export type MembershipEvent = PersonEnrolled | TeamRoleChanged | PersonMovedTeam | PersonLeft;
export type PersonFactEvent =
  | JobProfileChanged
  | AlignmentAssessed
  | MisfitResolved
  | LifePlanConversationHeld
  | TrainingCompleted
  | PolicyAcknowledged;

export type PersonEvent = MembershipEvent | PersonDetailsCorrected | PersonFactEvent | FactRetracted;
