import { assertNever } from '../shared/decider';
import type { TeamFactRef, TeamMembership } from '../shared/context';
import { effectiveFacts, isFactOf, type Fact } from '../shared/ledger';
import type { Violation } from '../shared/retraction';
import type { TeamRole } from '../program/program.instruments';
import type { MembershipEvent, PersonEvent } from './person.events';
import type { PersonState } from './person.state';

/** A stretch of time on one team: from ≤ t < until (null: still there). */
export interface Stint {
  readonly teamId: string;
  readonly role: TeamRole;
  readonly from: number;
  readonly until: number | null;
  readonly startedBy: string;
  readonly endedBy: string | null;
}

export interface Timeline {
  readonly stints: readonly Stint[];
  /** Effective membership facts in business-time order. */
  readonly memberships: readonly Fact<MembershipEvent>[];
  readonly violations: readonly Violation[];
}

export const isMembership = isFactOf<PersonEvent, MembershipEvent['type']>('PersonEnrolled', 'PersonMovedTeam', 'TeamRoleChanged', 'PersonLeft');

/** Replays the effective membership facts into stints; a fact that does not fit is a violation. */
type OpenStint = Omit<Stint, 'until' | 'endedBy'>;

/** Replays the effective membership facts into stints; a fact that does not fit is a violation. */
export function timeline(state: PersonState): Timeline {
  const memberships = effectiveFacts(state.ledger).filter(isMembership);
  const stints: Stint[] = [];
  const violations: Violation[] = [];
  let open: OpenStint | null = null;
  for (const fact of memberships) {
    const { event, eventId, at } = fact;
    const current = open as OpenStint | null;
    const lastEnd = stints[stints.length - 1]?.endedBy;
    const reject = (reason: string) =>
      violations.push({ factId: eventId, because: current ? [current.startedBy] : lastEnd ? [lastEnd] : [], reason });
    const closed = (): null => {
      if (current) stints.push({ ...current, until: at, endedBy: eventId });
      return null;
    };
    switch (event.type) {
      case 'PersonEnrolled':
        if (current) reject('The person would be enrolled twice');
        else open = { teamId: event.data.teamId, role: event.data.role, from: at, startedBy: eventId };
        break;
      case 'PersonMovedTeam':
        if (current?.teamId !== event.data.fromTeamId) reject(`The person would move from team '${event.data.fromTeamId}' without being on it`);
        else open = closed() ?? { teamId: event.data.toTeamId, role: event.data.role, from: at, startedBy: eventId };
        break;
      case 'TeamRoleChanged':
        if (!current || current.teamId !== event.data.teamId) reject(`The person's role would change on team '${event.data.teamId}' without being on it`);
        else open = { ...current, role: event.data.role };
        break;
      case 'PersonLeft':
        if (!current || current.teamId !== event.data.teamId) reject(`The person would leave team '${event.data.teamId}' without being on it`);
        else open = closed();
        break;
      default:
        assertNever(event);
    }
  }
  const last = open as OpenStint | null;
  if (last) stints.push({ ...last, until: null, endedBy: null });
  return { stints, memberships, violations };
}

export const stintAt = (stints: readonly Stint[], at: number, teamId?: string): Stint | undefined =>
  stints.find((s) => s.from <= at && (s.until === null || at < s.until) && (teamId === undefined || s.teamId === teamId));

/** The facts that put an instant outside every stint: the latest leaving or move before it, else the first enrolment. */
export function outsideBecause(stints: readonly Stint[], at: number): readonly string[] {
  const ended = stints.filter((s) => s.until !== null && s.until <= at).pop();
  if (ended?.endedBy) return [ended.endedBy];
  return stints[0] ? [stints[0].startedBy] : [];
}

const isDated = isFactOf<PersonEvent, Exclude<PersonEvent['type'], MembershipEvent['type'] | 'PersonDetailsCorrected' | 'FactRetracted'>>(
  'JobProfileChanged',
  'AlignmentAssessed',
  'MisfitResolved',
  'LifePlanConversationHeld',
  'TrainingCompleted',
  'PolicyAcknowledged',
);

/**
 * Everything that would make the person's history contradict itself: membership facts out of
 * sequence, person facts outside every stint, a resolution without its misfit, and facts on team
 * streams (context) dated when the person was not on that team.
 */
export function personViolations(state: PersonState, teamFacts: readonly TeamFactRef[]): readonly Violation[] {
  const { stints, violations } = timeline(state);
  const found: Violation[] = [...violations];
  const facts = effectiveFacts(state.ledger);
  const resolved = new Map<string, string>();
  for (const fact of facts) {
    if (fact.event.type === 'PersonDetailsCorrected' && stints.length === 0) {
      found.push({ factId: fact.eventId, because: [], reason: 'Details would be corrected for a person never enrolled' });
    }
    if (!isDated(fact)) continue;
    if (!stintAt(stints, fact.at)) {
      const reason = `A ${fact.event.type} would be dated when the person was not active`;
      found.push({ factId: fact.eventId, because: outsideBecause(stints, fact.at), reason });
    }
    if (fact.event.type !== 'MisfitResolved') continue;
    const { assessmentId } = fact.event.data;
    const assessment = facts.find((f) => f.eventId === assessmentId);
    const misfit = assessment?.event.type === 'AlignmentAssessed' && assessment.event.data.fit !== 'aligned' && assessment.at <= fact.at;
    if (!misfit) {
      found.push({ factId: fact.eventId, because: assessment ? [assessmentId] : [], reason: 'A misfit resolution would have no misfit to resolve' });
    } else if (resolved.has(assessmentId)) {
      found.push({ factId: fact.eventId, because: [resolved.get(assessmentId) as string], reason: 'A misfit would be resolved twice' });
    } else resolved.set(assessmentId, fact.eventId);
  }
  for (const ref of teamFacts) {
    const at = Date.parse(ref.occurredAt);
    if (!stintAt(stints, at, ref.teamId)) {
      const reason = `A fact on team '${ref.teamId}' would name the person when not on that team`;
      found.push({ factId: ref.eventId, because: outsideBecause(stints, at), reason });
    }
  }
  return found;
}

/** The job profile held at an instant: the enrolment's, then the latest change dated at or before it. */
export function profileAt(state: PersonState, at: number): string | null {
  let profile: string | null = null;
  for (const fact of effectiveFacts(state.ledger)) {
    if (fact.at > at) break;
    if (fact.event.type === 'PersonEnrolled') profile = fact.event.data.jobProfileId;
    if (fact.event.type === 'JobProfileChanged') profile = fact.event.data.jobProfileId;
  }
  return profile;
}

/**
 * The person's stints in the shape the team contexts carry (TeamContext.memberships,
 * ArchiveUnitContext), computed by the same rules decide uses: fold the person's events with
 * `evolvePerson`, then call this. Retracted facts are left out.
 */
export function teamMembershipsOf(state: PersonState, personId: string): readonly (TeamMembership & { readonly teamId: string })[] {
  const dateOf = (eventId: string) => state.ledger.facts.get(eventId)?.occurredAt ?? '';
  return timeline(state).stints.map((stint) => ({
    personId,
    teamId: stint.teamId,
    from: dateOf(stint.startedBy),
    until: stint.endedBy === null ? null : dateOf(stint.endedBy),
  }));
}
