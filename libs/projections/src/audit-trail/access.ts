import type { ReaderRole } from '../maturity/engine';

/**
 * Who reads, and what they may see (PRODUCT.md §1, §7). Until sign-in exists, queries take the
 * reader's role (executive by default, the most restricted) and a team lead's own team as arguments.
 */

export interface Reader {
  readonly role: ReaderRole;
  /** A team lead's own team. */
  readonly teamId?: string | null;
}

export const EXECUTIVE: Reader = { role: 'executive' };

/** Names, e-mails and notes about people: HR and admins; a team lead for their own team's members. */
export function seesPersonalData(reader: Reader, personTeamId?: string | null): boolean {
  if (reader.role === 'hr' || reader.role === 'admin') return true;
  return reader.role === 'team-lead' && !!reader.teamId && reader.teamId === personTeamId;
}

/** Coaching private notes: HR only (and the coach, once sign-in says who reads). */
export const seesCoachingNotes = (reader: Reader): boolean => reader.role === 'hr';

/** Survey-type scores below the confidentiality minimum: HR and admins only (team leads included in the restriction). */
export const seesWithheldScores = (reader: Reader): boolean => reader.role === 'hr' || reader.role === 'admin';

/** Individual alignment assessments: never for executives. */
export const seesIndividualAssessments = (reader: Reader): boolean => reader.role !== 'executive';

/** A score as a reader may see it: withheld (null) below the minimum unless the reader may see it. */
export function visibleScore(score: number, responseCount: number, minimum: number, reader: Reader): { score: number | null; notEnoughResponses: boolean } {
  const notEnoughResponses = responseCount < minimum;
  return { score: notEnoughResponses && !seesWithheldScores(reader) ? null : score, notEnoughResponses };
}
