import { teamMembershipsOf, type Fact, type MembershipEvent, type PersonEvent, type PersonState, type TeamMembership } from '@norte/domain';
import { applyRetraction, newRetraction, type Retraction, type RetractionScope } from './retractions';

/**
 * The only person facts the directory keeps: membership facts, the ones the domain's `timeline`
 * draws stints from (enrolments, role changes, moves, leavings), and every retraction on a person
 * stream. Trainings, assessments, acknowledgements and the like never matter to a context; a
 * retraction targeting one of them is kept all the same, since a later retraction may target it.
 */
const KINDS = ['PersonEnrolled', 'TeamRoleChanged', 'PersonMovedTeam', 'PersonLeft'] as const satisfies readonly MembershipEvent['type'][];
type Kind = (typeof KINDS)[number];

export const MEMBERSHIP_TYPES: readonly string[] = KINDS;

export interface MembershipFact {
  readonly eventId: string;
  /** Index in KINDS. */
  readonly kind: number;
  /** Team number: the team joined, changed role on or left; for a move, the team moved to. */
  readonly team: number;
  /** Team number moved from (a move), else -1. */
  readonly fromTeam: number;
  /** Role taken (null for a leaving). */
  readonly role: string | null;
  readonly occurredAt: string;
  /** Effective retractions of the fact: it counts only at 0. */
  retractedBy: number;
}

export interface Memberships {
  /** Per person number, membership facts in stream order. */
  readonly facts: Map<number, MembershipFact[]>;
  /** Every retraction on a person stream, by its event id. */
  readonly retractions: Map<string, Retraction & { readonly person: number }>;
}

export const memberships = (): Memberships => ({ facts: new Map(), retractions: new Map() });

/** A membership event as the directory reads it; ids already interned by the caller. */
export interface MembershipInput {
  readonly type: string;
  readonly eventId: string;
  readonly occurredAt: string;
  readonly team: number;
  readonly fromTeam: number;
  readonly role: string | null;
}

export function addMembershipFact(state: Memberships, person: number, input: MembershipInput): void {
  const fact: MembershipFact = {
    eventId: input.eventId,
    kind: KINDS.indexOf(input.type as Kind),
    team: input.team,
    fromTeam: input.fromTeam,
    role: input.role,
    occurredAt: input.occurredAt,
    retractedBy: 0,
  };
  const facts = state.facts.get(person);
  // Most people have one or two such facts: arrays sized exactly rather than grown by push.
  state.facts.set(person, facts ? [...facts, fact] : [fact]);
}

function personScope(state: Memberships, person: number): RetractionScope {
  return {
    retraction: (id) => {
      const found = state.retractions.get(id);
      return found?.person === person ? found : undefined;
    },
    countFact: (id, delta) => {
      const fact = state.facts.get(person)?.find((f) => f.eventId === id);
      if (fact) fact.retractedBy += delta;
      return fact !== undefined;
    },
  };
}

/** Records a FactRetracted of the person's stream. */
export function retractPersonFact(state: Memberships, person: number, eventId: string, target: string): void {
  const retraction = { ...newRetraction(target), person };
  state.retractions.set(eventId, retraction);
  applyRetraction(personScope(state, person), retraction, true);
}

/**
 * The person's event as the domain's `timeline` reads it. Only the fields it reads are filled
 * (team ids and role); the rest of a membership event (external id, job profile, personal data)
 * plays no part in stints and is not kept.
 */
function eventOf(fact: MembershipFact, personId: string, teamIdOf: (team: number) => string): PersonEvent {
  const type = KINDS[fact.kind] as Kind;
  const data =
    type === 'PersonMovedTeam'
      ? { personId, fromTeamId: teamIdOf(fact.fromTeam), toTeamId: teamIdOf(fact.team), role: fact.role }
      : { personId, teamId: teamIdOf(fact.team), role: fact.role };
  return { type, data } as unknown as PersonEvent;
}

/**
 * The person's stints, computed by the domain's own `teamMembershipsOf` over a ledger of the
 * membership facts that still count (a retracted fact is simply absent, as `effectiveFacts` would
 * leave it out); ledger order is stream order, which breaks ties in business time.
 */
export function stintsOf(
  state: Memberships,
  person: number,
  personId: string,
  teamIdOf: (team: number) => string,
): readonly (TeamMembership & { readonly teamId: string })[] {
  const counting = (state.facts.get(person) ?? []).filter((f) => f.retractedBy === 0);
  const facts: Record<string, Fact<PersonEvent>> = {};
  counting.forEach((f, seq) => {
    facts[f.eventId] = { eventId: f.eventId, event: eventOf(f, personId, teamIdOf), occurredAt: f.occurredAt, at: Date.parse(f.occurredAt), seq, retractedBy: [] };
  });
  const ledger: PersonState['ledger'] = { facts, order: counting.map((f) => f.eventId) };
  return teamMembershipsOf({ ledger }, personId);
}
