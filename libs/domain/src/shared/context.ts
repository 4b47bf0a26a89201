/**
 * Shapes the application layer fills from read models for rules that span streams (see
 * libs/domain/CROSS-STREAM.md). Plain data: decide only reads them.
 */

/** What the organisation read model says about a referenced item (team, job profile, course). */
export type RefStatus = 'active' | 'archived' | 'unknown';

/**
 * One stint of a person on a team: from joining it (enrolment or move in) until leaving the
 * organisation or moving out (exclusive; null while still there). Retracted facts are left out.
 */
export interface TeamMembership {
  readonly personId: string;
  readonly from: string;
  readonly until: string | null;
}

/** True when the person is on the team at that instant (joined at or before, not yet gone). */
export function isMemberAt(memberships: readonly TeamMembership[], personId: string, at: number): boolean {
  return memberships.some(
    (m) => m.personId === personId && Date.parse(m.from) <= at && (m.until === null || at < Date.parse(m.until)),
  );
}

/**
 * A fact on a team stream that names a person who had to be an active member of that team at its
 * date (workshop attendee, coachee, recognised person). Retracted facts are left out.
 */
export interface TeamFactRef {
  readonly eventId: string;
  readonly teamId: string;
  readonly occurredAt: string;
}
