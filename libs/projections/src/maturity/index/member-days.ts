import { daysOf, type Days } from '../intervals';
import { dayOf, isVisible, upperBound } from './entry';
import { teamIndexOf, type MaturityIndex, type PersonIndex } from './maturity-index';
import { foldMembership, INITIAL_MEMBERSHIP } from './membership';

/** On which days a person was on the team, and as what: the populations of the criteria. */
export interface MemberDays {
  readonly personId: string;
  readonly person: PersonIndex;
  readonly active: Days;
  readonly leads: Days;
  readonly frontLine: Days;
  readonly withProfile: Days;
}

/**
 * Every person ever placed in the team, with their days on it up to `to`: one fold over each
 * person's membership facts, cutting a segment wherever a day's facts change their state.
 */
export function memberDaysOf(
  index: MaturityIndex,
  teamId: string,
  knownMs: number,
  to: number,
  team = teamIndexOf(index, teamId),
): MemberDays[] {
  if (team === undefined) return [];
  const out: MemberDays[] = [];
  for (const { personId, person } of team.candidates) {
    const active: number[] = [];
    const leads: number[] = [];
    const frontLine: number[] = [];
    const withProfile: number[] = [];
    const list = person.membership;
    const end = upperBound(index, list, to);
    let state = INITIAL_MEMBERSHIP;
    for (let i = 0; i < end;) {
      const day = dayOf(index, list[i]);
      for (; i < end && dayOf(index, list[i]) === day; i++)
        if (isVisible(index, list[i], knownMs)) state = foldMembership(index, state, list[i]);
      const next = i < end ? dayOf(index, list[i]) : Number.POSITIVE_INFINITY;
      if (state.teamId !== teamId) continue;
      active.push(day, next);
      (state.role === 'lead' ? leads : frontLine).push(day, next);
      if (state.profileId !== null) withProfile.push(day, next);
    }
    if (active.length > 0) {
      out.push({
        personId,
        person,
        active: daysOf(active),
        leads: daysOf(leads),
        frontLine: daysOf(frontLine),
        withProfile: daysOf(withProfile),
      });
    }
  }
  return out;
}
