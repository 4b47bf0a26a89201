import { daysOf, type Days } from '../intervals';
import { isVisible, upperBound } from './entry';
import type { MaturityIndex, PersonIndex } from './maturity-index';
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
export function memberDaysOf(index: MaturityIndex, teamId: string, knownMs: number, to: number): MemberDays[] {
  const team = index.teams.get(teamId);
  if (team === undefined) return [];
  const out: MemberDays[] = [];
  for (const { personId, person } of team.candidates) {
    const active: number[] = [];
    const leads: number[] = [];
    const frontLine: number[] = [];
    const withProfile: number[] = [];
    const list = person.membership;
    const end = upperBound(list, to);
    let state = INITIAL_MEMBERSHIP;
    for (let i = 0; i < end;) {
      const day = list[i].day;
      for (; i < end && list[i].day === day; i++)
        if (isVisible(list[i], knownMs)) state = foldMembership(state, list[i]);
      const next = i < end ? list[i].day : Number.POSITIVE_INFINITY;
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
