import { packLists, packStrings, unpackLists, unpackStrings, type PackedLists, type PackedStrings } from '../../shared/packed';
import { type KeyTable } from '../../shared/key-table';
import { trimmedColumns, type FactColumns } from './columns';
import { LISTS, type MaturityIndex, type OrgIndex, type OwnerLists } from './maturity-index';

/**
 * The index as structured-cloneable data: its columns and lists cut to length (copies, so the
 * live index may go on growing while the snapshot is written). Restoring wraps them: no fact is
 * decoded or re-added, the index is complete at once.
 */
export interface IndexSnapshot {
  readonly facts: FactColumns;
  /** Hundreds of thousands of ids, and lists and maps by the tens of thousands: packed (shared/packed.ts). */
  readonly symbols: PackedStrings;
  readonly codes: KeyTable;
  readonly retractedBy: { readonly rows: Int32Array; readonly lists: PackedLists };
  readonly retractionsPending: ReadonlyMap<string, readonly number[]>;
  readonly org: OrgSnapshot;
  readonly people: OwnerLists;
  readonly teams: OwnerLists;
  readonly candidates: PackedLists;
  readonly personTeams: PackedLists;
  readonly nodeRow: Int32Array;
  readonly nodeNext: Int32Array;
}

type OrgSnapshot = Omit<OrgIndex, 'roadmapCancellations'> & {
  readonly roadmapCancellations: { readonly items: PackedStrings; readonly rows: PackedLists };
};

export function indexToSnapshot(index: MaturityIndex): IndexSnapshot {
  const copyLists = <K>(map: ReadonlyMap<K, readonly number[]>) => new Map([...map].map(([k, rows]) => [k, [...rows]]));
  const { org } = index;
  return {
    facts: trimmedColumns(index.facts),
    symbols: packStrings(index.symbols),
    codes: trimmedKeys(index.codes),
    retractedBy: { rows: Int32Array.from(index.retractedBy.keys()), lists: packLists(index.retractedBy.values()) },
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
      roadmapCancellations: { items: packStrings(org.roadmapCancellations.keys()), rows: packLists(org.roadmapCancellations.values()) },
    },
    people: trimmedOwners(index.people),
    teams: trimmedOwners(index.teams),
    candidates: packLists(index.candidates),
    personTeams: packLists(index.personTeams),
    nodeRow: index.nodeRow.subarray(0, index.nodeCount),
    nodeNext: index.nodeNext.subarray(0, index.nodeCount),
  };
}

/** The key table as it is (its arrays are copied: the live table may go on growing in place). */
function trimmedKeys(table: KeyTable): KeyTable {
  return {
    count: table.count,
    codes: table.codes.slice(0, table.count),
    words: table.words.slice(0, table.count * 4),
    slots: table.slots.slice(),
    others: [...table.others],
    otherKeys: new Map(table.otherKeys),
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
  const symbols = unpackStrings(snapshot.symbols);
  const codes = { ...snapshot.codes, others: [...snapshot.codes.others], otherKeys: new Map(snapshot.codes.otherKeys) };
  const mutable = <K>(map: ReadonlyMap<K, readonly number[]>) => new Map([...map].map(([k, rows]) => [k, [...rows]]));
  const zip = <K, V>(keys: ArrayLike<K>, values: readonly V[]) => {
    const map = new Map<K, V>();
    for (let i = 0; i < keys.length; i++) map.set(keys[i]!, values[i]!);
    return map;
  };
  const { org } = snapshot;
  return {
    facts: { ...snapshot.facts, oddIds: new Map(snapshot.facts.oddIds) },
    symbols,
    codes,
    retractedBy: zip(snapshot.retractedBy.rows, unpackLists(snapshot.retractedBy.lists)),
    retractionsPending: mutable(snapshot.retractionsPending),
    org: {
      ...org,
      roadmapCancellations: zip(unpackStrings(org.roadmapCancellations.items), unpackLists(org.roadmapCancellations.rows)),
    },
    people: { ...snapshot.people },
    teams: { ...snapshot.teams },
    candidates: unpackLists(snapshot.candidates),
    personTeams: unpackLists(snapshot.personTeams),
    nodeRow: snapshot.nodeRow,
    nodeNext: snapshot.nodeNext,
    nodeCount: snapshot.nodeRow.length,
    dayNumbers: new Map(),
  };
}
