import { trimmedColumns, type FactColumns } from './columns';
import { LISTS, type MaturityIndex, type OrgIndex, type OwnerLists } from './maturity-index';

/**
 * The index as structured-cloneable data: its columns and lists cut to length (copies, so the
 * live index may go on growing while the snapshot is written). Restoring wraps them: no fact is
 * decoded or re-added, the index is complete at once.
 */
export interface IndexSnapshot {
  readonly facts: FactColumns;
  readonly symbols: readonly string[];
  readonly retractedBy: ReadonlyMap<number, readonly number[]>;
  readonly retractionsPending: ReadonlyMap<string, readonly number[]>;
  readonly org: OrgIndex;
  readonly people: OwnerLists;
  readonly teams: OwnerLists;
  readonly candidates: readonly (readonly number[])[];
  readonly personTeams: readonly (readonly number[])[];
  readonly nodeRow: Int32Array;
  readonly nodeNext: Int32Array;
}

export function indexToSnapshot(index: MaturityIndex): IndexSnapshot {
  const copyLists = <K>(map: ReadonlyMap<K, readonly number[]>) => new Map([...map].map(([k, rows]) => [k, [...rows]]));
  const { org } = index;
  return {
    facts: trimmedColumns(index.facts),
    symbols: [...index.symbols],
    retractedBy: copyLists(index.retractedBy),
    retractionsPending: copyLists(index.retractionsPending),
    org: {
      missions: [...org.missions],
      visions: [...org.visions],
      guidingPrinciples: [...org.guidingPrinciples],
      coreValues: [...org.coreValues],
      policies: [...org.policies],
      standards: [...org.standards],
      courses: copyLists(org.courses),
      courseDefinitions: [...org.courseDefinitions],
      roadmapCancellations: copyLists(org.roadmapCancellations),
      roadmapItemTeams: new Map(org.roadmapItemTeams),
    },
    people: trimmedOwners(index.people),
    teams: trimmedOwners(index.teams),
    candidates: index.candidates.map((list) => [...list]),
    personTeams: index.personTeams.map((list) => [...list]),
    nodeRow: index.nodeRow.subarray(0, index.nodeCount),
    nodeNext: index.nodeNext.subarray(0, index.nodeCount),
  };
}

function trimmedOwners(owners: OwnerLists): OwnerLists {
  const n = owners.count;
  return {
    byCode: owners.byCode,
    code: owners.code.subarray(0, n),
    count: n,
    head: owners.head.subarray(0, n * LISTS),
    tail: owners.tail.subarray(0, n * LISTS),
  };
}

/** The index a snapshot holds; takes ownership of the snapshot's arrays. */
export function indexFromSnapshot(snapshot: IndexSnapshot): MaturityIndex {
  const symbols = [...snapshot.symbols];
  const mutable = <K>(map: ReadonlyMap<K, readonly number[]>) => new Map([...map].map(([k, rows]) => [k, [...rows]]));
  return {
    facts: { ...snapshot.facts, oddIds: new Map(snapshot.facts.oddIds) },
    symbols,
    codes: new Map(symbols.map((symbol, code) => [symbol, code])),
    retractedBy: mutable(snapshot.retractedBy),
    retractionsPending: mutable(snapshot.retractionsPending),
    org: snapshot.org,
    people: { ...snapshot.people },
    teams: { ...snapshot.teams },
    candidates: snapshot.candidates.map((list) => [...list]),
    personTeams: snapshot.personTeams.map((list) => [...list]),
    nodeRow: snapshot.nodeRow,
    nodeNext: snapshot.nodeNext,
    nodeCount: snapshot.nodeRow.length,
    dayNumbers: new Map(),
  };
}
