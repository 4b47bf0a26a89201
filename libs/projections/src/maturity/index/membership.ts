import type { TeamRole } from '../facts';
import { isVisible, kindOf, profileIdOf, roleOf, teamIdOf, upperBound, type Row } from './entry';
import { teamIndexOf, type MaturityIndex, type PersonIndex } from './maturity-index';

export interface MembershipState {
  readonly teamId: string | null;
  readonly role: TeamRole;
  readonly profileId: string | null;
  /** The membership fact that set the current profile. */
  readonly profileSource: Row | undefined;
}

export interface ActiveMember extends MembershipState {
  readonly personId: string;
  readonly person: PersonIndex;
}

export const INITIAL_MEMBERSHIP: MembershipState = {
  teamId: null,
  role: 'member',
  profileId: null,
  profileSource: undefined,
};

/** A person's team, role and profile at the end of `day`, folding their membership facts. */
export function membershipAt(ix: MaturityIndex, person: PersonIndex, day: number, knownMs: number): MembershipState {
  let state = INITIAL_MEMBERSHIP;
  const list = person.membership;
  const end = upperBound(ix, list, day);
  for (let i = 0; i < end; i++) if (isVisible(ix, list[i], knownMs)) state = foldMembership(ix, state, list[i]);
  return state;
}

export function foldMembership(ix: MaturityIndex, state: MembershipState, row: Row): MembershipState {
  switch (kindOf(ix, row)) {
    case 'person-enrolled':
      return { teamId: teamIdOf(ix, row), role: roleOf(ix, row) as TeamRole, profileId: profileIdOf(ix, row), profileSource: row };
    case 'person-moved-team':
      return { ...state, teamId: teamIdOf(ix, row), role: roleOf(ix, row) ?? state.role };
    case 'team-role-changed':
      return { ...state, role: roleOf(ix, row) as TeamRole };
    case 'job-profile-changed':
      return { ...state, profileId: profileIdOf(ix, row), profileSource: row };
    case 'person-left':
      return { ...state, teamId: null };
    default:
      throw new TypeError(`Not a membership fact: ${kindOf(ix, row)}`);
  }
}

/**
 * People on the team at the end of `day` (joining dated T counts, leaving or moving out dated T
 * does not), sorted by person id so explanations do not depend on the order facts arrived in.
 */
export function activeMembersAt(
  ix: MaturityIndex,
  teamId: string,
  day: number,
  knownMs: number,
  team = teamIndexOf(ix, teamId),
): ActiveMember[] {
  if (team === undefined) return [];
  const members: ActiveMember[] = [];
  for (const { personId, person } of team.candidates) {
    const state = membershipAt(ix, person, day, knownMs);
    if (state.teamId === teamId) members.push({ ...state, personId, person });
  }
  return members;
}
