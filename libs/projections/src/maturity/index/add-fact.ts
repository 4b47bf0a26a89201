import { fromDay, toDay, toInstantMs } from '../dates';
import { SERVICE_BEHAVIOURS, type MaturityFact } from '../facts';
import { appendRow, pushInts, pushNums, RETRACTED, rowOfId } from './columns';
import {
  behaviourScoreOf,
  compareRows,
  dayOf,
  idOf,
  insertSorted,
  KIND_CODE,
  kindOf,
  numberOf,
  peopleOf,
  positionOf,
  recordedMsOf,
  responsesOf,
  type Row,
} from './entry';
import {
  createMaturityIndex,
  intern,
  LISTS,
  personNumber,
  PersonList,
  roadmapItemKey,
  teamNumber,
  TeamList,
  type MaturityIndex,
  type OwnerLists,
} from './maturity-index';
import { ensure } from './columns';

/**
 * Adds one fact to the index, in any order (back-dated facts, retractions before the fact they
 * name). Mutates and returns `index`: the index is a projection's private state and copying
 * millions of facts per event is not an option. Adding a fact id twice is a no-op.
 */
export function addFact(index: MaturityIndex, fact: MaturityFact): MaturityIndex {
  insertFact(index, fact);
  return index;
}

/** Like addFact; returns the new row, or undefined if the fact was already there. */
export function insertFact(index: MaturityIndex, fact: MaturityFact): Row | undefined {
  const f = index.facts;
  if (rowOfId(f, fact.id) >= 0) return undefined;
  const position = positionNumber(fact.position);
  const row = appendRow(f, fact.id);
  f.kind[row] |= KIND_CODE.get(fact.kind) as number;
  f.day[row] = dayNumber(index, fact.date);
  f.position[row] = position;
  f.recordedMs[row] = toInstantMs(fact.recordedAt);
  writeData(index, row, fact);
  const pending = index.retractionsPending.get(fact.id);
  if (pending !== undefined) {
    index.retractionsPending.delete(fact.id);
    index.retractedBy.set(row, pending);
    f.kind[row] |= RETRACTED;
  }
  place(index, row, fact);
  return row;
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

/** Writes the fact's data into the row's slots (layout: entry.ts), every string as a code. */
function writeData(index: MaturityIndex, row: Row, fact: MaturityFact): void {
  const { a, b, c, d } = index.facts;
  const s = (value: string) => intern(index, value);
  const sOrNone = (value: string | null) => (value === null ? -1 : intern(index, value));
  const nums = (...values: number[]) => pushNums(index.facts, values);
  const people = (ids: readonly string[]) => pushInts(index.facts, [ids.length, ...ids.map(s)]);
  switch (fact.kind) {
    case 'mission-set':
    case 'vision-set':
      return;
    case 'guiding-principle-defined':
      a[row] = s(fact.data.principleId);
      return;
    case 'core-value-defined':
    case 'core-value-retired':
      a[row] = s(fact.data.valueId);
      return;
    case 'service-policy-published':
      d[row] = nums(fact.data.version);
      return;
    case 'service-standard-set':
      a[row] = s(fact.data.channel);
      c[row] = s(fact.data.metric);
      d[row] = nums(fact.data.target);
      return;
    case 'course-defined':
      b[row] = s(fact.data.courseId);
      c[row] = s(fact.data.process);
      d[row] = s(fact.data.audience);
      return;
    case 'person-enrolled':
      a[row] = s(fact.data.personId);
      b[row] = s(fact.data.teamId);
      c[row] = s(fact.data.role);
      d[row] = sOrNone(fact.data.profileId);
      return;
    case 'person-moved-team':
      a[row] = s(fact.data.personId);
      b[row] = s(fact.data.teamId);
      c[row] = sOrNone(fact.data.role);
      return;
    case 'team-role-changed':
      a[row] = s(fact.data.personId);
      c[row] = s(fact.data.role);
      return;
    case 'job-profile-changed':
      a[row] = s(fact.data.personId);
      d[row] = sOrNone(fact.data.profileId);
      return;
    case 'person-left':
    case 'life-plan-conversation-held':
      a[row] = s(fact.data.personId);
      return;
    case 'alignment-assessed':
      a[row] = s(fact.data.personId);
      b[row] = s(fact.data.result);
      return;
    case 'training-completed':
      a[row] = s(fact.data.personId);
      b[row] = s(fact.data.courseId);
      return;
    case 'policy-acknowledged':
      a[row] = s(fact.data.personId);
      d[row] = nums(fact.data.version);
      return;
    case 'workshop-held':
      b[row] = s(fact.data.teamId);
      c[row] = s(fact.data.workshopKind);
      d[row] = people(fact.data.attendeeIds);
      return;
    case 'coaching-session-held':
      b[row] = s(fact.data.teamId);
      d[row] = people(fact.data.coacheeIds);
      return;
    case 'roadmap-item-planned':
      a[row] = s(fact.data.itemId);
      b[row] = s(fact.data.teamId);
      c[row] = s(fact.data.process);
      return;
    case 'roadmap-item-cancelled':
      a[row] = s(fact.data.itemId);
      b[row] = s(fact.data.teamId);
      return;
    case 'survey-result-recorded':
      b[row] = s(fact.data.teamId);
      c[row] = s(fact.data.survey);
      d[row] = nums(fact.data.score, fact.data.responses);
      return;
    case 'mystery-shop-recorded':
      b[row] = s(fact.data.teamId);
      d[row] = nums(...SERVICE_BEHAVIOURS.map((behaviour) => fact.data.scores[behaviour]));
      return;
    case 'kpi-measured':
      a[row] = s(fact.data.channel);
      b[row] = s(fact.data.teamId);
      c[row] = s(fact.data.metric);
      d[row] = nums(fact.data.value);
      return;
    case 'csat-recorded':
      b[row] = s(fact.data.teamId);
      d[row] = nums(fact.data.score, fact.data.responses);
      return;
    case 'fact-retracted':
      a[row] = s(fact.data.retractedFactId);
      return;
    default: {
      const unhandled: never = fact;
      throw new TypeError(`Unknown maturity fact: ${JSON.stringify(unhandled, replacer)}`);
    }
  }
}

/** Links the row into its lists. */
function place(index: MaturityIndex, row: Row, fact: MaturityFact): void {
  const { org } = index;
  // writeData has put the person's code in slot a and the team's in slot b.
  const personCode = () => index.facts.a[row];
  const personCodes = () => distinctPeople(index, row);
  const person = (code: number, list: number) => link(index, index.people, personNumber(index, code), list, row);
  const team = (list: number) => link(index, index.teams, teamNumber(index, index.facts.b[row]), list, row);
  switch (fact.kind) {
    case 'mission-set':
      return insertSorted(index, org.missions, row);
    case 'vision-set':
      return insertSorted(index, org.visions, row);
    case 'guiding-principle-defined':
      return insertSorted(index, org.guidingPrinciples, row);
    case 'core-value-defined':
    case 'core-value-retired':
      return insertSorted(index, org.coreValues, row);
    case 'service-policy-published':
      return insertSorted(index, org.policies, row);
    case 'service-standard-set':
      return insertSorted(index, org.standards, row);
    case 'course-defined':
      insertSorted(index, org.courseDefinitions, row);
      return insertSorted(index, listIn(org.courses, fact.data.courseId), row);
    case 'person-enrolled':
    case 'person-moved-team':
      addCandidate(index, index.facts.b[row], personCode());
      return person(personCode(), PersonList.membership);
    case 'team-role-changed':
    case 'job-profile-changed':
    case 'person-left':
      return person(personCode(), PersonList.membership);
    case 'workshop-held':
      team(TeamList.workshops);
      for (const code of personCodes()) person(code, PersonList.workshopsAttended);
      return;
    case 'coaching-session-held':
      for (const code of personCodes()) person(code, PersonList.coaching);
      return;
    case 'life-plan-conversation-held':
      return person(personCode(), PersonList.lifePlans);
    case 'alignment-assessed':
      return person(personCode(), PersonList.assessments);
    case 'training-completed':
      return person(personCode(), PersonList.trainings);
    case 'policy-acknowledged':
      return person(personCode(), PersonList.acknowledgements);
    case 'roadmap-item-planned':
      return team(TeamList.roadmap);
    case 'roadmap-item-cancelled':
      return insertSorted(index, listIn(org.roadmapCancellations, roadmapItemKey(fact.data.teamId, fact.data.itemId)), row);
    case 'survey-result-recorded':
      return team(fact.data.survey === 'climate' ? TeamList.climate : TeamList.internalService);
    case 'mystery-shop-recorded':
      return team(TeamList.mysteryShops);
    case 'kpi-measured':
      return team(TeamList.kpis);
    case 'csat-recorded':
      return team(TeamList.csat);
    case 'fact-retracted':
      return linkRetraction(index, row, fact.data.retractedFactId);
    default: {
      const unhandled: never = fact;
      throw new TypeError(`Unknown maturity fact: ${JSON.stringify(unhandled, replacer)}`);
    }
  }
}

/** Inserts the row into an owner's sorted list: O(1) in date order, a walk for a back-dated fact. */
function link(index: MaturityIndex, owners: OwnerLists, owner: number, list: number, row: Row): void {
  const node = index.nodeCount++;
  index.nodeRow = ensure(index.nodeRow, node + 1);
  index.nodeNext = ensure(index.nodeNext, node + 1);
  const { nodeRow, nodeNext } = index;
  nodeRow[node] = row;
  nodeNext[node] = 0;
  const slot = owner * LISTS + list;
  const tail = owners.tail[slot];
  if (tail === 0) {
    owners.head[slot] = owners.tail[slot] = node + 1;
    return;
  }
  if (compareRows(index, nodeRow[tail - 1], row) <= 0) {
    nodeNext[tail - 1] = node + 1;
    owners.tail[slot] = node + 1;
    return;
  }
  let previous = 0;
  let current = owners.head[slot];
  while (current !== 0 && compareRows(index, nodeRow[current - 1], row) <= 0) {
    previous = current;
    current = nodeNext[current - 1];
  }
  nodeNext[node] = current;
  if (previous === 0) owners.head[slot] = node + 1;
  else nodeNext[previous - 1] = node + 1;
}

/** Records that a membership fact placed the person in the team (candidates sorted by person id). */
function addCandidate(index: MaturityIndex, teamCode: number, personCode: number): void {
  const team = teamNumber(index, teamCode);
  const person = personNumber(index, personCode);
  const personId = index.symbols[personCode];
  const list = index.candidates[team];
  const { symbols } = index;
  const personCodes = index.people.code;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (symbols[personCodes[list[mid]]] < personId) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] === person) return;
  list.splice(lo, 0, person);
  index.personTeams[person].push(teamCode);
}

/** The codes of a workshop's attendees or a session's coachees, each once. */
function distinctPeople(index: MaturityIndex, row: Row): number[] {
  const { ints } = index.facts;
  const start = index.facts.d[row];
  const codes = Array.from(ints.subarray(start + 1, start + 1 + ints[start]));
  return codes.length <= 32 ? codes.filter((code, i) => codes.indexOf(code) === i) : [...new Set(codes)];
}

function linkRetraction(index: MaturityIndex, retraction: Row, targetId: string): void {
  const target = rowOfId(index.facts, targetId);
  if (target < 0) {
    listIn(index.retractionsPending, targetId).push(retraction);
    return;
  }
  let list = index.retractedBy.get(target);
  if (list === undefined) {
    index.retractedBy.set(target, (list = []));
    index.facts.kind[target] |= RETRACTED;
  }
  list.push(retraction);
}

function dayNumber(index: MaturityIndex, date: string): number {
  let day = index.dayNumbers.get(date);
  if (day === undefined) index.dayNumbers.set(date, (day = toDay(date)));
  return day;
}

/** The fact a row holds, rebuilt (ids, dates and numbers as they were given; recordedAt in ISO form). */
export function factAt(index: MaturityIndex, row: Row): MaturityFact {
  const f = index.facts;
  const sym = (code: number) => index.symbols[code];
  const symOrNull = (code: number) => (code < 0 ? null : index.symbols[code]);
  const meta = {
    id: idOf(index, row),
    position: BigInt(positionOf(index, row)),
    date: fromDay(dayOf(index, row)),
    recordedAt: new Date(recordedMsOf(index, row)).toISOString(),
  };
  const [a, b, c, d] = [f.a[row], f.b[row], f.c[row], f.d[row]];
  const kind = kindOf(index, row);
  const data = ((): Record<string, unknown> => {
    switch (kind) {
      case 'mission-set':
      case 'vision-set':
        return {};
      case 'guiding-principle-defined':
        return { principleId: sym(a) };
      case 'core-value-defined':
      case 'core-value-retired':
        return { valueId: sym(a) };
      case 'service-policy-published':
        return { version: numberOf(index, row) };
      case 'service-standard-set':
        return { channel: sym(a), metric: sym(c), target: numberOf(index, row) };
      case 'course-defined':
        return { courseId: sym(b), process: sym(c), audience: sym(d) };
      case 'person-enrolled':
        return { personId: sym(a), teamId: sym(b), role: sym(c), profileId: symOrNull(d) };
      case 'person-moved-team':
        return { personId: sym(a), teamId: sym(b), role: symOrNull(c) };
      case 'team-role-changed':
        return { personId: sym(a), role: sym(c) };
      case 'job-profile-changed':
        return { personId: sym(a), profileId: symOrNull(d) };
      case 'person-left':
      case 'life-plan-conversation-held':
        return { personId: sym(a) };
      case 'alignment-assessed':
        return { personId: sym(a), result: sym(b) };
      case 'training-completed':
        return { personId: sym(a), courseId: sym(b) };
      case 'policy-acknowledged':
        return { personId: sym(a), version: numberOf(index, row) };
      case 'workshop-held':
        return { teamId: sym(b), workshopKind: sym(c), attendeeIds: peopleOf(index, row) };
      case 'coaching-session-held':
        return { teamId: sym(b), coacheeIds: peopleOf(index, row) };
      case 'roadmap-item-planned':
        return { itemId: sym(a), teamId: sym(b), process: sym(c) };
      case 'roadmap-item-cancelled':
        return { itemId: sym(a), teamId: sym(b) };
      case 'survey-result-recorded':
        return { teamId: sym(b), survey: sym(c), score: numberOf(index, row), responses: responsesOf(index, row) };
      case 'mystery-shop-recorded':
        return {
          teamId: sym(b),
          scores: Object.fromEntries(SERVICE_BEHAVIOURS.map((x) => [x, behaviourScoreOf(index, row, x)])),
        };
      case 'kpi-measured':
        return { teamId: sym(b), channel: sym(a), metric: sym(c), value: numberOf(index, row) };
      case 'csat-recorded':
        return { teamId: sym(b), score: numberOf(index, row), responses: responsesOf(index, row) };
      case 'fact-retracted':
        return { retractedFactId: sym(a) };
    }
  })();
  return { ...meta, kind, data } as MaturityFact;
}

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
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
