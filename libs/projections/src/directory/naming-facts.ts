import type { TeamFactRef } from '@norte/domain';
import { append, column, get, getOr, put, set, type Column } from '../shared/columns';
import { addEventId, eventIdAt, eventIds, sameEventId, type EventIds } from './ids';
import { retract, retractions, type Retractions } from './retractions';
import { addTime, isoAt, times, type Times } from './time';

/**
 * Team-stream facts that name people (workshops, coaching sessions, recognitions: ~430 k facts
 * naming ~2.8 M people on the benchmark's data), kept as numbers in columns indexed by fact: event
 * ids as four 32-bit words, business time in epoch ms, team and person as interned numbers.
 * Anything that would not round-trip exactly (an id that is not a lowercase UUID, a time that
 * `toISOString` would spell differently) is kept verbatim on the side.
 */
export interface NamingFacts {
  readonly ids: EventIds;
  readonly team: Column<'int32'>;
  readonly occurredAt: Times;
  /** Effective retractions of each fact: it counts only at 0. */
  readonly retractedBy: Column<'int32'>;
  /** The team's previous fact (-1: none): a retraction looks for its target within its own stream. */
  readonly previousInTeam: Column<'int32'>;
  /** Per team number, its latest fact (-1: none). */
  readonly lastOfTeam: Column<'int32'>;
  /** One entry per (person, fact naming them), chained per person in arrival order. */
  readonly refFact: Column<'int32'>;
  readonly refNext: Column<'int32'>;
  /** Per person number, their first and last entry (-1: none). */
  readonly firstRef: Column<'int32'>;
  readonly lastRef: Column<'int32'>;
  /** Every retraction on a team stream, chained per team. */
  readonly retractions: Retractions;
}

export const namingFacts = (): NamingFacts => ({
  ids: eventIds(),
  team: column('int32'),
  occurredAt: times(),
  retractedBy: column('int32'),
  previousInTeam: column('int32'),
  lastOfTeam: column('int32'),
  refFact: column('int32'),
  refNext: column('int32'),
  firstRef: column('int32'),
  lastRef: column('int32'),
  retractions: retractions(),
});

/** Records a fact of team `team` naming `persons` (person numbers; repeats are named once). */
export function addNamingFact(facts: NamingFacts, eventId: string, team: number, occurredAt: string, persons: readonly number[]): void {
  const fact = addEventId(facts.ids, eventId);
  append(facts.team, team);
  addTime(facts.occurredAt, occurredAt);
  append(facts.retractedBy, 0);
  append(facts.previousInTeam, getOr(facts.lastOfTeam, team, -1));
  put(facts.lastOfTeam, team, fact, -1);
  for (const person of persons) addRef(facts, person, fact);
}

function addRef(facts: NamingFacts, person: number, fact: number): void {
  const last = getOr(facts.lastRef, person, -1);
  if (last >= 0 && get(facts.refFact, last) === fact) return;
  const ref = append(facts.refFact, fact);
  append(facts.refNext, -1);
  if (last >= 0) set(facts.refNext, last, ref);
  else put(facts.firstRef, person, ref, -1);
  put(facts.lastRef, person, ref, -1);
}

/** Records a FactRetracted of team `team`'s stream. */
export function retractTeamFact(facts: NamingFacts, team: number, eventId: string, target: string): void {
  retract(facts.retractions, team, eventId, target, (retraction, delta) => {
    for (let fact = getOr(facts.lastOfTeam, team, -1); fact >= 0; fact = get(facts.previousInTeam, fact)) {
      if (sameEventId(facts.ids, fact, facts.retractions.targets, retraction)) {
        set(facts.retractedBy, fact, get(facts.retractedBy, fact) + delta);
        return true;
      }
    }
    return false;
  });
}

/** Facts on team streams naming the person that still count, in the order they were recorded. */
export function teamFactsNaming(facts: NamingFacts, person: number, teamIdOf: (team: number) => string): TeamFactRef[] {
  const refs: TeamFactRef[] = [];
  for (let ref = person < 0 ? -1 : getOr(facts.firstRef, person, -1); ref >= 0; ref = get(facts.refNext, ref)) {
    const fact = get(facts.refFact, ref);
    if (get(facts.retractedBy, fact) !== 0) continue;
    refs.push({ eventId: eventIdAt(facts.ids, fact), teamId: teamIdOf(get(facts.team, fact)), occurredAt: isoAt(facts.occurredAt, fact) });
  }
  return refs;
}
