import { toDay, toInstantMs } from '../dates';
import type { MaturityFact } from '../facts';
import { insertSorted, type Entry, type RetractionEntry } from './entry';
import { addCandidate, personOf, teamOf, type MaturityIndex } from './maturity-index';
import { createMaturityIndex } from './maturity-index';

/**
 * Adds one fact to the index, in any order (back-dated facts, retractions before the fact they
 * name). Mutates and returns `index`: the index is a projection's private state and copying
 * millions of entries per event is not an option. Adding a fact id twice is a no-op.
 */
export function addFact(index: MaturityIndex, fact: MaturityFact): MaturityIndex {
  if (index.byId.has(fact.id)) return index;
  const entry: Entry = {
    fact,
    day: dayNumber(index, fact.date),
    position: fact.position,
    recordedMs: toInstantMs(fact.recordedAt),
    retractedBy: index.retractionsOf.get(fact.id),
  };
  index.byId.set(fact.id, entry);
  place(index, entry);
  return index;
}

/** Builds an index from facts in any order; equal to adding them one by one. */
export function buildMaturityIndex(facts: Iterable<MaturityFact>): MaturityIndex {
  const sorted = [...facts].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  const index = createMaturityIndex();
  for (const fact of sorted) addFact(index, fact);
  return index;
}

function place(index: MaturityIndex, entry: Entry): void {
  const { org } = index;
  const fact = entry.fact;
  // Each case narrows `fact`; the entry is the same object, re-typed for its list.
  const as = <F extends MaturityFact>(_: F): Entry<F> => entry as Entry<F>;
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
  const targetId = retraction.fact.data.retractedFactId;
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
