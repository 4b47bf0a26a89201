import type { TeamFactRef } from '@norte/domain';
import { append, column, get, getOr, put, set, type Column } from '../shared/columns';
import { parsedWord, parseUuid, uuidOf } from './ids';
import { canonicalIsoMs } from './time';
import { applyRetraction, newRetraction, type Retraction, type RetractionScope } from './retractions';

/**
 * Team-stream facts that name people (workshops, coaching sessions, recognitions: ~430 k facts
 * naming ~2.8 M people on the benchmark's data), kept as numbers in columns indexed by fact: event
 * ids as four 32-bit words, business time in epoch ms, team and person as interned numbers.
 * Anything that would not round-trip exactly (an id that is not a lowercase UUID, a time that
 * `toISOString` would spell differently) is kept verbatim on the side.
 */
export interface NamingFacts {
  /** Four words per fact: its event id when that is a lowercase UUID. */
  readonly idWords: Column<'uint32'>;
  /** Event ids that are not lowercase UUIDs, by fact. */
  readonly otherIds: Map<number, string>;
  readonly team: Column<'int32'>;
  readonly at: Column<'float64'>;
  /** `occurredAt` strings that are not the canonical ISO form of their instant, by fact. */
  readonly otherTimes: Map<number, string>;
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
  /** Every retraction on a team stream, by its event id. */
  readonly retractions: Map<string, Retraction & { readonly team: number }>;
}

export const namingFacts = (): NamingFacts => ({
  idWords: column('uint32'),
  otherIds: new Map(),
  team: column('int32'),
  at: column('float64'),
  otherTimes: new Map(),
  retractedBy: column('int32'),
  previousInTeam: column('int32'),
  lastOfTeam: column('int32'),
  refFact: column('int32'),
  refNext: column('int32'),
  firstRef: column('int32'),
  lastRef: column('int32'),
  retractions: new Map(),
});

const wordOf = (facts: NamingFacts, fact: number, k: number): number => get(facts.idWords, fact * 4 + k);

export const eventIdOf = (facts: NamingFacts, fact: number): string =>
  facts.otherIds.get(fact) ?? uuidOf(wordOf(facts, fact, 0), wordOf(facts, fact, 1), wordOf(facts, fact, 2), wordOf(facts, fact, 3));

const occurredAtOf = (facts: NamingFacts, fact: number): string =>
  facts.otherTimes.get(fact) ?? new Date(get(facts.at, fact)).toISOString();

/** Records a fact of team `team` naming `persons` (person numbers; repeats are named once). */
export function addNamingFact(facts: NamingFacts, eventId: string, team: number, occurredAt: string, persons: readonly number[]): void {
  const fact = facts.team.length;
  const uuid = parseUuid(eventId);
  for (let k = 0; k < 4; k++) append(facts.idWords, uuid ? parsedWord(k) : 0);
  if (!uuid) facts.otherIds.set(fact, eventId);
  append(facts.team, team);
  const ms = canonicalIsoMs(occurredAt);
  append(facts.at, ms ?? Date.parse(occurredAt));
  if (ms === null) facts.otherTimes.set(fact, occurredAt);
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

/** The team's fact with that event id, or -1. */
function findInTeam(facts: NamingFacts, team: number, eventId: string): number {
  const words = parseUuid(eventId) ? [0, 1, 2, 3].map(parsedWord) : null;
  for (let fact = getOr(facts.lastOfTeam, team, -1); fact >= 0; fact = get(facts.previousInTeam, fact)) {
    const other = facts.otherIds.get(fact);
    if (other !== undefined ? other === eventId : words !== null && words.every((w, k) => wordOf(facts, fact, k) === w)) return fact;
  }
  return -1;
}

function teamScope(facts: NamingFacts, team: number): RetractionScope {
  return {
    retraction: (id) => {
      const found = facts.retractions.get(id);
      return found?.team === team ? found : undefined;
    },
    countFact: (id, delta) => {
      const fact = findInTeam(facts, team, id);
      if (fact < 0) return false;
      set(facts.retractedBy, fact, get(facts.retractedBy, fact) + delta);
      return true;
    },
  };
}

/** Records a FactRetracted of team `team`'s stream. */
export function retractTeamFact(facts: NamingFacts, team: number, eventId: string, target: string): void {
  const retraction = { ...newRetraction(target), team };
  facts.retractions.set(eventId, retraction);
  applyRetraction(teamScope(facts, team), retraction, true);
}

/** Facts on team streams naming the person that still count, in the order they were recorded. */
export function teamFactsNaming(facts: NamingFacts, person: number, teamIdOf: (team: number) => string): TeamFactRef[] {
  const refs: TeamFactRef[] = [];
  for (let ref = person < 0 ? -1 : getOr(facts.firstRef, person, -1); ref >= 0; ref = get(facts.refNext, ref)) {
    const fact = get(facts.refFact, ref);
    if (get(facts.retractedBy, fact) !== 0) continue;
    refs.push({ eventId: eventIdOf(facts, fact), teamId: teamIdOf(get(facts.team, fact)), occurredAt: occurredAtOf(facts, fact) });
  }
  return refs;
}
