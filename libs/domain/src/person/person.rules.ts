import { conflict, notFound } from '../shared/errors';
import type { PersonState } from './person.state';
import { outsideBecause, stintAt, timeline, type Stint, type Timeline } from './person.timeline';

export const NAME_MAX = 120;
export const NOTE_MAX = 4000;

export function requireEnrolled(state: PersonState): Timeline {
  const line = timeline(state);
  if (line.stints.length === 0) throw notFound('personId', 'The person is not enrolled');
  return line;
}

/** Facts about a person are dated while they are on a team: not before joining, not once gone. */
export function requireActiveAt(line: Timeline, occurredAt: string): Stint {
  const at = Date.parse(occurredAt);
  const stint = stintAt(line.stints, at);
  if (!stint) {
    const facts = outsideBecause(line.stints, at);
    const when = line.stints[0] && at < line.stints[0].from ? 'before they joined' : 'after they left';
    throw conflict(`The person was not active at ${occurredAt} (${when})`, 'occurredAt', facts);
  }
  return stint;
}

/** Membership facts are appended in business-time order: a back-dated one would rewrite later stints. */
export function requireLatestMembership(line: Timeline, occurredAt: string): void {
  const at = Date.parse(occurredAt);
  const later = line.memberships.filter((fact) => fact.at > at).map((fact) => fact.eventId);
  if (later.length > 0) {
    throw conflict(`Membership facts are recorded after ${occurredAt}; retract ${later.join(', ')} first`, 'occurredAt', later);
  }
}
