import { teamMembershipsOf, type Fact, type MembershipEvent, type PersonEvent, type PersonState, type TeamMembership } from '@norte/domain';
import { append, column, get, getOr, put, set, type Column } from '../shared/columns';
import { addEventId, eventIdAt, eventIds, sameEventId, type EventIds } from './ids';
import { retract, retractions, type Retractions } from './retractions';
import { addTime, isoAt, msAt, times, type Times } from './time';

/**
 * The only person facts the directory keeps: membership facts, the ones the domain's `timeline`
 * draws stints from (enrolments, role changes, moves, leavings), and every retraction on a person
 * stream. Trainings, assessments, acknowledgements and the like never matter to a context; a
 * retraction targeting one of them is kept all the same, since a later retraction may target it.
 */
const KINDS = ['PersonEnrolled', 'TeamRoleChanged', 'PersonMovedTeam', 'PersonLeft'] as const satisfies readonly MembershipEvent['type'][];
type Kind = (typeof KINDS)[number];
const ENROLLED = 0;
const MOVED = 2;

export const MEMBERSHIP_TYPES: readonly string[] = KINDS;

/**
 * Membership facts (~70 k on the benchmark's data) as numbers in columns indexed by fact, chained
 * per person in stream order: a snapshot of them is a handful of typed arrays, read back as they
 * are, where maps of small objects holding id and time strings took a third of a second to restore.
 * Event ids are four 32-bit words (ids.ts), business times epoch ms (time.ts), persons and teams
 * interned numbers, roles indexes in a small table.
 */
export interface Memberships {
  readonly ids: EventIds;
  /** Index in KINDS. */
  readonly kind: Column<'uint8'>;
  /** Team number: the team joined, changed role on or left; for a move, the team moved to. */
  readonly team: Column<'int32'>;
  /** Team number moved from (a move), else -1. */
  readonly fromTeam: Column<'int32'>;
  /** Index in `roles` of the role taken; -1 for none (a leaving). */
  readonly role: Column<'int32'>;
  /** Every role seen (a handful), in order of first sight. */
  readonly roles: string[];
  readonly occurredAt: Times;
  /** Effective retractions of each fact: it counts only at 0. */
  readonly retractedBy: Column<'int32'>;
  /** The person's next fact (-1: none). */
  readonly nextOfPerson: Column<'int32'>;
  /** Per person number, their first and last fact (-1: none). */
  readonly firstOfPerson: Column<'int32'>;
  readonly lastOfPerson: Column<'int32'>;
  /**
   * Per team, persons who ever had a stint on it (enrolled or moved into it), first seen first: one
   * entry per (team, person), chained per team.
   */
  readonly teamPerson: Column<'int32'>;
  readonly nextOfTeam: Column<'int32'>;
  /** Per team number, its first and last entry (-1: none). */
  readonly firstOfTeam: Column<'int32'>;
  readonly lastOfTeam: Column<'int32'>;
  /** Every retraction on a person stream, chained per person. */
  readonly retractions: Retractions;
}

export const memberships = (): Memberships => ({
  ids: eventIds(),
  kind: column('uint8'),
  team: column('int32'),
  fromTeam: column('int32'),
  role: column('int32'),
  roles: [],
  occurredAt: times(),
  retractedBy: column('int32'),
  nextOfPerson: column('int32'),
  firstOfPerson: column('int32'),
  lastOfPerson: column('int32'),
  teamPerson: column('int32'),
  nextOfTeam: column('int32'),
  firstOfTeam: column('int32'),
  lastOfTeam: column('int32'),
  retractions: retractions(),
});

/** A membership event as the directory reads it; ids already interned by the caller. */
export interface MembershipInput {
  readonly type: string;
  readonly eventId: string;
  readonly occurredAt: string;
  readonly team: number;
  readonly fromTeam: number;
  readonly role: string | null;
}

const firstFactOf = (state: Memberships, person: number): number => (person < 0 ? -1 : getOr(state.firstOfPerson, person, -1));

/** Whether one of the person's facts put them on the team (an enrolment in it, a move into it). */
function hadStintOn(state: Memberships, person: number, team: number): boolean {
  for (let fact = firstFactOf(state, person); fact >= 0; fact = get(state.nextOfPerson, fact)) {
    const kind = get(state.kind, fact);
    if ((kind === ENROLLED || kind === MOVED) && get(state.team, fact) === team) return true;
  }
  return false;
}

function addTeamPerson(state: Memberships, team: number, person: number): void {
  const entry = append(state.teamPerson, person);
  append(state.nextOfTeam, -1);
  const last = getOr(state.lastOfTeam, team, -1);
  if (last >= 0) set(state.nextOfTeam, last, entry);
  else put(state.firstOfTeam, team, entry, -1);
  put(state.lastOfTeam, team, entry, -1);
}

function roleNumber(state: Memberships, role: string | null): number {
  if (role === null) return -1;
  const known = state.roles.indexOf(role);
  return known >= 0 ? known : state.roles.push(role) - 1;
}

export function addMembershipFact(state: Memberships, person: number, input: MembershipInput): void {
  const kind = KINDS.indexOf(input.type as Kind);
  if ((kind === ENROLLED || kind === MOVED) && !hadStintOn(state, person, input.team)) addTeamPerson(state, input.team, person);
  const fact = addEventId(state.ids, input.eventId);
  append(state.kind, kind);
  append(state.team, input.team);
  append(state.fromTeam, input.fromTeam);
  append(state.role, roleNumber(state, input.role));
  addTime(state.occurredAt, input.occurredAt);
  append(state.retractedBy, 0);
  append(state.nextOfPerson, -1);
  const last = getOr(state.lastOfPerson, person, -1);
  if (last >= 0) set(state.nextOfPerson, last, fact);
  else put(state.firstOfPerson, person, fact, -1);
  put(state.lastOfPerson, person, fact, -1);
}

/** Records a FactRetracted of the person's stream. */
export function retractPersonFact(state: Memberships, person: number, eventId: string, target: string): void {
  retract(state.retractions, person, eventId, target, (retraction, delta) => {
    for (let fact = firstFactOf(state, person); fact >= 0; fact = get(state.nextOfPerson, fact)) {
      if (sameEventId(state.ids, fact, state.retractions.targets, retraction)) {
        set(state.retractedBy, fact, get(state.retractedBy, fact) + delta);
        return true;
      }
    }
    return false;
  });
}

/** Persons who ever had a stint on the team (number; -1 for an unknown team), first seen first. */
export function personsOnTeam(state: Memberships, team: number): number[] {
  const persons: number[] = [];
  for (let entry = team < 0 ? -1 : getOr(state.firstOfTeam, team, -1); entry >= 0; entry = get(state.nextOfTeam, entry)) persons.push(get(state.teamPerson, entry));
  return persons;
}

/**
 * The person's event as the domain's `timeline` reads it. Only the fields it reads are filled
 * (team ids and role); the rest of a membership event (external id, job profile, personal data)
 * plays no part in stints and is not kept.
 */
function eventOf(state: Memberships, fact: number, personId: string, teamIdOf: (team: number) => string): PersonEvent {
  const type = KINDS[get(state.kind, fact)] as Kind;
  const roleNo = get(state.role, fact);
  const role = roleNo < 0 ? null : state.roles[roleNo];
  const data =
    type === 'PersonMovedTeam'
      ? { personId, fromTeamId: teamIdOf(get(state.fromTeam, fact)), toTeamId: teamIdOf(get(state.team, fact)), role }
      : { personId, teamId: teamIdOf(get(state.team, fact)), role };
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
  const facts = new Map<string, Fact<PersonEvent>>();
  const order: string[] = [];
  for (let fact = firstFactOf(state, person); fact >= 0; fact = get(state.nextOfPerson, fact)) {
    if (get(state.retractedBy, fact) !== 0) continue;
    const eventId = eventIdAt(state.ids, fact);
    facts.set(eventId, {
      eventId,
      event: eventOf(state, fact, personId, teamIdOf),
      occurredAt: isoAt(state.occurredAt, fact),
      at: msAt(state.occurredAt, fact),
      seq: order.length,
      retractedBy: [],
    });
    order.push(eventId);
  }
  const ledger: PersonState['ledger'] = { facts, order };
  return teamMembershipsOf({ ledger }, personId);
}
