import type { MembershipFact, TeamRole } from '../facts';
import { isVisible, upperBound, type Entry } from './entry';
import type { MaturityIndex, PersonIndex } from './maturity-index';

export interface MembershipState {
  readonly teamId: string | null;
  readonly role: TeamRole;
  readonly profileId: string | null;
  /** The membership fact that set the current profile. */
  readonly profileSource: Entry<MembershipFact> | undefined;
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
export function membershipAt(person: PersonIndex, day: number, knownMs: number): MembershipState {
  let state = INITIAL_MEMBERSHIP;
  const list = person.membership;
  const end = upperBound(list, day);
  for (let i = 0; i < end; i++) if (isVisible(list[i], knownMs)) state = foldMembership(state, list[i]);
  return state;
}

export function foldMembership(state: MembershipState, entry: Entry<MembershipFact>): MembershipState {
  const fact = entry;
  switch (fact.kind) {
    case 'person-enrolled':
      return { teamId: fact.data.teamId, role: fact.data.role, profileId: fact.data.profileId, profileSource: entry };
    case 'person-moved-team':
      return { ...state, teamId: fact.data.teamId, role: fact.data.role ?? state.role };
    case 'team-role-changed':
      return { ...state, role: fact.data.role };
    case 'job-profile-changed':
      return { ...state, profileId: fact.data.profileId, profileSource: entry };
    case 'person-left':
      return { ...state, teamId: null };
    default: {
      const unhandled: never = fact;
      return unhandled;
    }
  }
}

/**
 * People on the team at the end of `day` (joining dated T counts, leaving or moving out dated T
 * does not), sorted by person id so explanations do not depend on the order facts arrived in.
 */
export function activeMembersAt(index: MaturityIndex, teamId: string, day: number, knownMs: number): ActiveMember[] {
  const team = index.teams.get(teamId);
  if (team === undefined) return [];
  const members: ActiveMember[] = [];
  for (const { personId, person } of team.candidates) {
    const state = membershipAt(person, day, knownMs);
    if (state.teamId === teamId) members.push({ ...state, personId, person });
  }
  return members;
}
