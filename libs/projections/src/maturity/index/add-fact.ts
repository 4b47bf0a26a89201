import { toDay, toInstantMs } from '../dates';
import type { MaturityFact } from '../facts';
import { insertSorted, type Entry, type RetractionEntry } from './entry';
import { addCandidate, intern, personOf, teamOf, type MaturityIndex } from './maturity-index';
import { createMaturityIndex } from './maturity-index';

/**
 * Adds one fact to the index, in any order (back-dated facts, retractions before the fact they
 * name). Mutates and returns `index`: the index is a projection's private state and copying
 * millions of entries per event is not an option. Adding a fact id twice is a no-op.
 */
export function addFact(index: MaturityIndex, fact: MaturityFact): MaturityIndex {
  insertFact(index, fact);
  return index;
}

/** Like addFact; returns the new entry, or undefined if the fact was already there. */
export function insertFact(index: MaturityIndex, fact: MaturityFact): Entry | undefined {
  if (index.byId.has(fact.id)) return undefined;
  const entry = {
    id: fact.id,
    kind: fact.kind,
    day: dayNumber(index, fact.date),
    position: positionNumber(fact.position),
    recordedMs: toInstantMs(fact.recordedAt),
    retractedBy: undefined,
    data: internedData(index, fact),
  } as Entry;
  addEntry(index, entry);
  return entry;
}

/**
 * Adds an entry built elsewhere (a snapshot's decoder), its data already interned in this index.
 * Build it with the same literal shape as insertFact so every entry shares one hidden class.
 * False if an entry with its id was already there.
 */
export function addEntry(index: MaturityIndex, entry: Entry): boolean {
  if (index.byId.has(entry.id)) return false;
  entry.retractedBy = index.retractionsOf.get(entry.id);
  index.byId.set(entry.id, entry);
  place(index, entry);
  return true;
}

/** Builds an index from facts in any order; equal to adding them one by one. */
export function buildMaturityIndex(facts: Iterable<MaturityFact>): MaturityIndex {
  const sorted = [...facts].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  const index = createMaturityIndex();
  for (const fact of sorted) addFact(index, fact);
  return index;
}

function positionNumber(position: bigint): number {
  const value = Number(position);
  if (!Number.isSafeInteger(value)) throw new RangeError(`Position ${position} is beyond 2^53: the index cannot order it`);
  return value;
}

function place(index: MaturityIndex, entry: Entry): void {
  const { org } = index;
  const fact = entry;
  // Each case narrows `fact`; the entry is the same object, re-typed for its list.
  const as = <E extends Entry>(narrowed: E): E => narrowed;
  switch (fact.kind) {
    case 'mission-set':
      return insertSorted(org.missions, as(fact));
    case 'vision-set':
      return insertSorted(org.visions, as(fact));
    case 'guiding-principle-defined':
      return insertSorted(org.guidingPrinciples, as(fact));
    case 'core-value-defined':
    case 'core-value-retired':
      return insertSorted(org.coreValues, as(fact));
    case 'service-policy-published':
      return insertSorted(org.policies, as(fact));
    case 'service-standard-set':
      return insertSorted(org.standards, as(fact));
    case 'course-defined':
      insertSorted(org.courseDefinitions, as(fact));
      return insertSorted(listIn(org.courses, fact.data.courseId), as(fact));
    case 'person-enrolled':
    case 'person-moved-team': {
      const person = personOf(index, fact.data.personId);
      addCandidate(teamOf(index, fact.data.teamId), fact.data.teamId, fact.data.personId, person);
      return insertSorted(person.membership, as(fact));
    }
    case 'team-role-changed':
    case 'job-profile-changed':
    case 'person-left':
      return insertSorted(personOf(index, fact.data.personId).membership, as(fact));
    case 'workshop-held':
      insertSorted(teamOf(index, fact.data.teamId).workshops, as(fact));
      for (const personId of new Set(fact.data.attendeeIds)) {
        insertSorted(personOf(index, personId).workshopsAttended, as(fact));
      }
      return;
    case 'coaching-session-held':
      for (const personId of new Set(fact.data.coacheeIds)) {
        insertSorted(personOf(index, personId).coaching, as(fact));
      }
      return;
    case 'life-plan-conversation-held':
      return insertSorted(personOf(index, fact.data.personId).lifePlans, as(fact));
    case 'alignment-assessed':
      return insertSorted(personOf(index, fact.data.personId).assessments, as(fact));
    case 'training-completed':
      return insertSorted(personOf(index, fact.data.personId).trainings, as(fact));
    case 'policy-acknowledged':
      return insertSorted(personOf(index, fact.data.personId).acknowledgements, as(fact));
    case 'roadmap-item-planned':
      org.roadmapItemTeams.set(fact.data.itemId, fact.data.teamId);
      return insertSorted(teamOf(index, fact.data.teamId).roadmap, as(fact));
    case 'roadmap-item-cancelled':
      return insertSorted(listIn(org.roadmapCancellations, fact.data.itemId), as(fact));
    case 'survey-result-recorded':
      return insertSorted(teamOf(index, fact.data.teamId).surveys[fact.data.survey], as(fact));
    case 'mystery-shop-recorded':
      return insertSorted(teamOf(index, fact.data.teamId).mysteryShops, as(fact));
    case 'kpi-measured':
      return insertSorted(teamOf(index, fact.data.teamId).kpis, as(fact));
    case 'csat-recorded':
      return insertSorted(teamOf(index, fact.data.teamId).csat, as(fact));
    case 'fact-retracted':
      return linkRetraction(index, as(fact));
    default: {
      const unhandled: never = fact;
      throw new TypeError(`Unknown maturity fact: ${JSON.stringify(unhandled, replacer)}`);
    }
  }
}

function linkRetraction(index: MaturityIndex, retraction: RetractionEntry): void {
  const targetId = retraction.data.retractedFactId;
  let list = index.retractionsOf.get(targetId);
  if (list === undefined) {
    list = [];
    index.retractionsOf.set(targetId, list);
    const target = index.byId.get(targetId);
    if (target !== undefined) target.retractedBy = list;
  }
  list.push(retraction);
}

function dayNumber(index: MaturityIndex, date: string): number {
  let day = index.dayNumbers.get(date);
  if (day === undefined) index.dayNumbers.set(date, (day = toDay(date)));
  return day;
}

/** The fact's data, every string in it replaced by the index's copy. One literal per kind. */
function internedData(index: MaturityIndex, fact: MaturityFact): MaturityFact['data'] {
  const s = (value: string) => intern(index, value);
  const sOrNull = (value: string | null) => (value === null ? null : intern(index, value));
  switch (fact.kind) {
    case 'mission-set':
    case 'vision-set':
      return EMPTY;
    case 'guiding-principle-defined':
      return { principleId: s(fact.data.principleId) };
    case 'core-value-defined':
    case 'core-value-retired':
      return { valueId: s(fact.data.valueId) };
    case 'service-policy-published':
      return { version: fact.data.version };
    case 'service-standard-set':
      return { channel: s(fact.data.channel), metric: s(fact.data.metric), target: fact.data.target };
    case 'course-defined':
      return { courseId: s(fact.data.courseId), process: s(fact.data.process), audience: s(fact.data.audience) } as typeof fact.data;
    case 'person-enrolled':
      return {
        personId: s(fact.data.personId),
        teamId: s(fact.data.teamId),
        role: s(fact.data.role),
        profileId: sOrNull(fact.data.profileId),
      } as typeof fact.data;
    case 'person-moved-team':
      return { personId: s(fact.data.personId), teamId: s(fact.data.teamId), role: sOrNull(fact.data.role) } as typeof fact.data;
    case 'team-role-changed':
      return { personId: s(fact.data.personId), role: s(fact.data.role) } as typeof fact.data;
    case 'job-profile-changed':
      return { personId: s(fact.data.personId), profileId: sOrNull(fact.data.profileId) };
    case 'person-left':
    case 'life-plan-conversation-held':
      return { personId: s(fact.data.personId) };
    case 'workshop-held':
      return {
        teamId: s(fact.data.teamId),
        workshopKind: s(fact.data.workshopKind),
        attendeeIds: fact.data.attendeeIds.map(s),
      } as typeof fact.data;
    case 'coaching-session-held':
      return { teamId: s(fact.data.teamId), coacheeIds: fact.data.coacheeIds.map(s) };
    case 'alignment-assessed':
      return { personId: s(fact.data.personId), result: s(fact.data.result) } as typeof fact.data;
    case 'training-completed':
      return { personId: s(fact.data.personId), courseId: s(fact.data.courseId) };
    case 'policy-acknowledged':
      return { personId: s(fact.data.personId), version: fact.data.version };
    case 'roadmap-item-planned':
      return { itemId: s(fact.data.itemId), teamId: s(fact.data.teamId), process: s(fact.data.process) } as typeof fact.data;
    case 'roadmap-item-cancelled':
      return { itemId: s(fact.data.itemId) };
    case 'survey-result-recorded':
      return {
        teamId: s(fact.data.teamId),
        survey: s(fact.data.survey),
        score: fact.data.score,
        responses: fact.data.responses,
      } as typeof fact.data;
    case 'mystery-shop-recorded':
      return { teamId: s(fact.data.teamId), scores: { ...fact.data.scores } };
    case 'kpi-measured':
      return {
        teamId: s(fact.data.teamId),
        channel: s(fact.data.channel),
        metric: s(fact.data.metric),
        value: fact.data.value,
      };
    case 'csat-recorded':
      return { teamId: s(fact.data.teamId), score: fact.data.score, responses: fact.data.responses };
    case 'fact-retracted':
      // Rare; interned like the rest so that every string of a fact's data has a code.
      return { retractedFactId: s(fact.data.retractedFactId) };
    default: {
      const unhandled: never = fact;
      throw new TypeError(`Unknown maturity fact: ${JSON.stringify(unhandled, replacer)}`);
    }
  }
}

const EMPTY: Record<string, never> = Object.freeze({});

function listIn<V>(map: Map<string, V[]>, key: string): V[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}

function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
