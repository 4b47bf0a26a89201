import { type TeamEvent } from '@norte/domain';
import type { DecodedEvent, Projection } from '../shared/projection';
import { append, column, get, lastBelow, set, type Column } from '../shared/columns';
import { addKey, findKey, idOf, keyTable, room, type KeyTable } from '../shared/key-table';
import { addRef, findInStream, indexOf, intern, logRefs, nameCount, names, refAt, refCount, type LogRef, type LogRefs, type Names } from './log-refs';
import { comparePositions } from './streams';

// A prefix test: categoryOf would slice a string per event.
const isTeamStream = (streamId: string) => streamId.startsWith('team-');

/**
 * An index over the log for audit trails, never a copy of it: the trail itself is read from the
 * store (the log is the audit trail), so this read model holds no event data and no personal data.
 * It knows, for every fact, its retractions (the links a page of the log cannot show when the
 * retraction lies on a later page) and, per person, the team-stream facts that name them.
 * Plain data (typed arrays, ids interned in key tables): a snapshot is its structured clone, and
 * restores without rebuilding a Map.
 */
export interface AuditTrailState {
  /** Every retraction ever recorded against a fact or retraction, in global order (`Retracted`). */
  readonly retractions: Retracted;
  /** Team-stream facts naming people, and the retractions of those, in global order. */
  readonly refs: LogRefs;
  /**
   * The people a ref names are nodes firstNode[ref] … firstNode[ref + 1] - 1 (contiguous); each node
   * also links to the next node naming the same person, so a person's refs read as a list.
   */
  readonly firstNode: Column<'int32'>;
  readonly nodePerson: Column<'int32'>;
  readonly nextOfPerson: Column<'int32'>;
  readonly persons: Names;
  /** First and last node of each person, by person index; -1 for none. */
  readonly personFirst: Column<'int32'>;
  readonly personLast: Column<'int32'>;
}

/**
 * Retractions as records in global order, chained per fact or retraction they retract. Ids are
 * keys in `ids` (facts and retractions alike: a retraction may be retracted in its turn).
 */
export interface Retracted {
  readonly ids: KeyTable;
  /** Per id: its first and last retraction record, -1 for none. */
  first: Int32Array;
  last: Int32Array;
  /** Per id of a retraction: its global position (NaN for other ids), so links can be read as of the position a page reflects. */
  position: Float64Array;
  /** Per record: the retraction (its id's key) and the next record against the same id. */
  readonly retraction: Column<'int32'>;
  readonly next: Column<'int32'>;
}

const retracted = (): Retracted => ({
  ids: keyTable(),
  first: new Int32Array(8).fill(-1),
  last: new Int32Array(8).fill(-1),
  position: new Float64Array(8).fill(Number.NaN),
  retraction: column('int32'),
  next: column('int32'),
});

function retractionKey(r: Retracted, eventId: string): number {
  const key = addKey(r.ids, 0, eventId);
  if (key >= r.first.length) {
    r.first = room(r.first, key, -1);
    r.last = room(r.last, key, -1);
    r.position = room(r.position, key, Number.NaN);
  }
  return key;
}

function recordRetraction(r: Retracted, factId: string, retractionId: string, position: number): void {
  const fact = retractionKey(r, factId);
  const retraction = retractionKey(r, retractionId);
  const record = append(r.retraction, retraction);
  append(r.next, -1);
  if (r.last[fact] < 0) r.first[fact] = record;
  else set(r.next, r.last[fact], record);
  r.last[fact] = record;
  r.position[retraction] = position;
}

/** People a team fact names: attendees, coach and coachees, the person recognised, the roadmap item's owner. */
export function personsNamedBy(event: TeamEvent): readonly string[] {
  switch (event.type) {
    case 'WorkshopHeld':
      return event.data.attendeeIds;
    case 'CoachingSessionHeld':
      return [...new Set([event.data.coachId, ...event.data.coacheeIds])];
    case 'RecognitionGranted':
      return event.data.personId === null ? [] : [event.data.personId];
    case 'RoadmapItemPlanned':
      return [event.data.ownerId];
    default:
      return [];
  }
}

/** Person indexes a ref names. */
function namedBy(state: AuditTrailState, ref: number): number[] {
  const end = ref + 1 < refCount(state.refs) ? get(state.firstNode, ref + 1) : state.nodePerson.length;
  const persons: number[] = [];
  for (let node = get(state.firstNode, ref); node < end; node++) persons.push(get(state.nodePerson, node));
  return persons;
}

/** The ref a node belongs to: the last whose first node is at or before it (nodes are appended ref by ref). */
const refOfNode = (state: AuditTrailState, node: number): number => lastBelow(state.firstNode, state.firstNode.length, node + 1);

function personIndex(state: AuditTrailState, personId: string): number {
  const known = nameCount(state.persons);
  const person = intern(state.persons, personId);
  if (person === known) {
    append(state.personFirst, -1);
    append(state.personLast, -1);
  }
  return person;
}

function index(state: AuditTrailState, event: DecodedEvent, persons: readonly number[]): void {
  if (persons.length === 0) return;
  addRef(state.refs, event);
  append(state.firstNode, state.nodePerson.length);
  for (const person of persons) {
    const node = append(state.nodePerson, person);
    append(state.nextOfPerson, -1);
    const last = get(state.personLast, person);
    if (last < 0) set(state.personFirst, person, node);
    else set(state.nextOfPerson, last, node);
    set(state.personLast, person, node);
  }
}

export const auditTrailProjection: Projection<AuditTrailState> = {
  name: 'audit-trail',
  version: 3,
  canHandle: ['WorkshopHeld', 'CoachingSessionHeld', 'RecognitionGranted', 'RoadmapItemPlanned', 'FactRetracted'],
  init: () => ({
    retractions: retracted(),
    refs: logRefs(),
    firstNode: column('int32'),
    nodePerson: column('int32'),
    nextOfPerson: column('int32'),
    persons: names(),
    personFirst: column('int32'),
    personLast: column('int32'),
  }),
  evolve(state, event) {
    if (event.type === 'FactRetracted') {
      const { factId } = event.data as { factId: string };
      recordRetraction(state.retractions, factId, event.eventId, Number(event.position));
      if (isTeamStream(event.streamId)) {
        // A retraction lies in its fact's stream: it names the people its fact named.
        const target = findInStream(state.refs, event.streamId, factId);
        if (target >= 0) index(state, event, namedBy(state, target));
      }
      return state;
    }
    if (isTeamStream(event.streamId)) {
      const named = personsNamedBy({ type: event.type, data: event.data } as TeamEvent);
      const persons: number[] = [];
      for (const personId of named) persons.push(personIndex(state, personId));
      index(state, event, persons);
    }
    return state;
  },
};

/**
 * Where to read the team-stream facts naming a person (and their retractions), oldest first: those
 * after global position `after` (null: from the start) up to `upTo`.
 */
export function personRefs(state: AuditTrailState, personId: string, after: bigint | null = null, upTo: bigint | null = null): LogRef[] {
  const person = indexOf(state.persons, personId);
  if (person === undefined) return [];
  const refs: LogRef[] = [];
  for (let node = get(state.personFirst, person); node >= 0; node = get(state.nextOfPerson, node)) {
    const ref = refAt(state.refs, refOfNode(state, node));
    if (upTo !== null && ref.position > upTo) break;
    if (after === null || ref.position > after) refs.push(ref);
  }
  return refs;
}

/** Whether the retraction (its key) was recorded by `upTo` (a global position; null: all). */
const recordedBy = (r: Retracted, retraction: number, upTo: string | null): boolean => upTo === null || comparePositions(String(r.position[retraction]), upTo) <= 0;

/** Retractions of an event recorded by `upTo` (a global position; null: all). */
export function retractionsAt(state: AuditTrailState, eventId: string, upTo: string | null): readonly string[] {
  const r = state.retractions;
  const key = findKey(r.ids, 0, eventId);
  const ids: string[] = [];
  if (key < 0) return ids;
  for (let record = r.first[key]; record >= 0; record = get(r.next, record)) {
    const retraction = get(r.retraction, record);
    if (recordedBy(r, retraction, upTo)) ids.push(idOf(r.ids, retraction));
  }
  return ids;
}

function countedKey(r: Retracted, key: number, upTo: string | null): boolean {
  for (let record = r.first[key]; record >= 0; record = get(r.next, record)) {
    const retraction = get(r.retraction, record);
    if (recordedBy(r, retraction, upTo) && countedKey(r, retraction, upTo)) return false;
  }
  return true;
}

/** Whether an event counted at position `upTo`: no retraction recorded by then that itself counted. */
export function countedAt(state: AuditTrailState, eventId: string, upTo: string | null): boolean {
  const key = findKey(state.retractions.ids, 0, eventId);
  return key < 0 || countedKey(state.retractions, key, upTo);
}
