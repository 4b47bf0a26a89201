import type { SurveyKind } from '../facts';
import { createColumns, ensure, type FactColumns } from './columns';
import type { Row } from './entry';
import { addKey, findKey, keyTable, type KeyTable } from '../../shared/key-table';

/**
 * Facts arranged for evaluation at any date T and known-at K, as typed arrays (columns.ts): per
 * person, per team and for the organisation, each list sorted by (day, position) so that windows
 * are binary searches. Evaluating a team touches its own lists, its members' lists and the (small)
 * organisation lists, never the whole log.
 *
 * Per-person and per-team lists are linked lists of nodes (`nodeRow`, `nodeNext`) with a head and a
 * tail per owner and list: appending in date order is O(1), a back-dated fact walks its (short)
 * list. Evaluation reads them through views (`teamIndexOf`, `personIndexOf`) that turn a list into
 * an array of rows on first use. Everything here is structured-cloneable: a snapshot is this.
 */
export interface MaturityIndex {
  readonly facts: FactColumns;
  /**
   * Every string a fact's data holds (person, team, course, item ids, vocabulary), once; a
   * string's code is its place here. Columns hold codes.
   */
  readonly symbols: string[];
  /**
   * Each symbol's code by its value: UUIDs by their 16 bytes, anything else by string
   * (shared/key-table.ts). A fresh id from a parsed event is found without hashing its string, and
   * a snapshot restores the table as typed arrays instead of rebuilding a Map of every symbol.
   */
  readonly codes: KeyTable;
  /** Retraction rows by the row they name (that row carries the RETRACTED flag). */
  readonly retractedBy: Map<number, number[]>;
  /** Retractions naming an id not seen yet, until it arrives. */
  readonly retractionsPending: Map<string, number[]>;
  readonly org: OrgIndex;
  readonly people: OwnerLists;
  readonly teams: OwnerLists;
  /** Per team number: the person numbers ever placed in it, sorted by person id. */
  readonly candidates: number[][];
  /** Per person number: the symbol codes of every team they were ever placed in. */
  readonly personTeams: number[][];
  nodeRow: Int32Array;
  /** The next node + 1 (0: end of list). */
  nodeNext: Int32Array;
  nodeCount: number;
  /** Day numbers of the dates seen so far: a few thousand dates serve millions of facts. */
  readonly dayNumbers: Map<string, number>;
}

/** People or teams: numbered by symbol code, with a head and tail node (+ 1) per list. */
export interface OwnerLists {
  /** By symbol code: the owner's number + 1 (0: none). */
  byCode: Int32Array;
  /** By owner number: its symbol code. */
  code: Int32Array;
  count: number;
  head: Int32Array;
  tail: Int32Array;
}

/** Lists per person (PERSON_LISTS) and per team (TEAM_LISTS): a list is owner × LISTS + kind. */
export const LISTS = 7;
export const PersonList = {
  membership: 0,
  workshopsAttended: 1,
  coaching: 2,
  lifePlans: 3,
  assessments: 4,
  trainings: 5,
  acknowledgements: 6,
} as const;
export const TeamList = {
  roadmap: 0,
  workshops: 1,
  climate: 2,
  internalService: 3,
  mysteryShops: 4,
  kpis: 5,
  csat: 6,
} as const;

/** Organisation-wide lists: few facts, plain arrays of rows. */
export interface OrgIndex {
  readonly missions: Row[];
  readonly visions: Row[];
  readonly guidingPrinciples: Row[];
  readonly coreValues: Row[];
  readonly policies: Row[];
  readonly standards: Row[];
  readonly courses: Map<string, Row[]>;
  /** All course definitions, for the dates on which a course's meaning can change. */
  readonly courseDefinitions: Row[];
  /** Cancellations by roadmapItemKey: an item id names an item within its team's roadmap only. */
  readonly roadmapCancellations: Map<string, Row[]>;
}

/** The key of a team's roadmap item (ids are letters, digits, '-' and '_': ':' cannot occur in them). */
export const roadmapItemKey = (teamId: string, itemId: string): string => `${teamId}:${itemId}`;

/** A team's lists as evaluation reads them (arrays of rows, built on first use). */
export interface TeamIndex {
  /**
   * Everyone a membership fact ever placed in the team, sorted by person id: the candidates for
   * its active members at any date.
   */
  readonly candidates: readonly Candidate[];
  readonly roadmap: readonly Row[];
  readonly workshops: readonly Row[];
  readonly surveys: Readonly<Record<SurveyKind, readonly Row[]>>;
  readonly mysteryShops: readonly Row[];
  readonly kpis: readonly Row[];
  readonly csat: readonly Row[];
}

export interface PersonIndex {
  /** Every team a membership fact ever placed the person in. */
  readonly teamIds: readonly string[];
  readonly membership: readonly Row[];
  readonly workshopsAttended: readonly Row[];
  readonly coaching: readonly Row[];
  readonly lifePlans: readonly Row[];
  readonly assessments: readonly Row[];
  readonly trainings: readonly Row[];
  readonly acknowledgements: readonly Row[];
}

export interface Candidate {
  readonly personId: string;
  readonly person: PersonIndex;
}

export function createMaturityIndex(): MaturityIndex {
  return {
    facts: createColumns(),
    symbols: [],
    codes: keyTable(),
    retractedBy: new Map(),
    retractionsPending: new Map(),
    org: {
      missions: [],
      visions: [],
      guidingPrinciples: [],
      coreValues: [],
      policies: [],
      standards: [],
      courses: new Map(),
      courseDefinitions: [],
      roadmapCancellations: new Map(),
    },
    people: createOwners(),
    teams: createOwners(),
    candidates: [],
    personTeams: [],
    nodeRow: new Int32Array(1024),
    nodeNext: new Int32Array(1024),
    nodeCount: 0,
    dayNumbers: new Map(),
  };
}

function createOwners(): OwnerLists {
  return { byCode: new Int32Array(256), code: new Int32Array(64), count: 0, head: new Int32Array(64 * LISTS), tail: new Int32Array(64 * LISTS) };
}

/** How many facts the index holds. */
export function factCount(index: MaturityIndex): number {
  return index.facts.count;
}

/** The code of `value`, interning it on first sight (see `symbols`). */
export function intern(index: MaturityIndex, value: string): number {
  // Keys are numbered in order of first use, like symbols: a new key is the next code.
  const code = addKey(index.codes, 0, value);
  if (code === index.symbols.length) index.symbols.push(value);
  return code;
}

/** The number of the owner (person or team) with this symbol code, created on first sight. */
export function ownerOf(owners: OwnerLists, code: number): number {
  if (code < owners.byCode.length && owners.byCode[code] !== 0) return owners.byCode[code] - 1;
  owners.byCode = ensure(owners.byCode, code + 1);
  const owner = owners.count++;
  owners.code = ensure(owners.code, owner + 1);
  owners.head = ensure(owners.head, (owner + 1) * LISTS);
  owners.tail = ensure(owners.tail, (owner + 1) * LISTS);
  owners.code[owner] = code;
  owners.byCode[code] = owner + 1;
  return owner;
}

/** The owner's number, or -1 if no fact made it one. */
export function findOwner(index: MaturityIndex, owners: OwnerLists, id: string): number {
  const code = findKey(index.codes, 0, id);
  if (code < 0 || code >= owners.byCode.length) return -1;
  return owners.byCode[code] - 1;
}

export function personNumber(index: MaturityIndex, code: number): number {
  const person = ownerOf(index.people, code);
  if (person === index.personTeams.length) index.personTeams.push([]);
  return person;
}

export function teamNumber(index: MaturityIndex, code: number): number {
  const team = ownerOf(index.teams, code);
  if (team === index.candidates.length) index.candidates.push([]);
  return team;
}

/** The rows of one list, in order. */
export function rowsOf(index: MaturityIndex, owners: OwnerLists, owner: number, list: number): Row[] {
  const out: Row[] = [];
  for (let node = owners.head[owner * LISTS + list]; node !== 0; node = index.nodeNext[node - 1]) out.push(index.nodeRow[node - 1]);
  return out;
}

/** The team's lists, or undefined if no fact names it. */
export function teamIndexOf(index: MaturityIndex, teamId: string): TeamIndex | undefined {
  const team = findOwner(index, index.teams, teamId);
  if (team < 0) return undefined;
  const rows = lazyRows(index, index.teams, team);
  let candidates: Candidate[] | undefined;
  let surveys: Record<SurveyKind, readonly Row[]> | undefined;
  return {
    get candidates() {
      return (candidates ??= index.candidates[team].map((person) => {
        const personId = index.symbols[index.people.code[person]];
        return { personId, person: personView(index, person) };
      }));
    },
    get roadmap() {
      return rows(TeamList.roadmap);
    },
    get workshops() {
      return rows(TeamList.workshops);
    },
    get surveys() {
      return (surveys ??= { climate: rows(TeamList.climate), 'internal-service': rows(TeamList.internalService) });
    },
    get mysteryShops() {
      return rows(TeamList.mysteryShops);
    },
    get kpis() {
      return rows(TeamList.kpis);
    },
    get csat() {
      return rows(TeamList.csat);
    },
  };
}

/** The person's lists, or undefined if no fact names them. */
export function personIndexOf(index: MaturityIndex, personId: string): PersonIndex | undefined {
  const person = findOwner(index, index.people, personId);
  return person < 0 ? undefined : personView(index, person);
}

/** The symbol codes of the teams a person was ever placed in (for what their facts touch). */
export function teamsOfPerson(index: MaturityIndex, personId: string): readonly string[] {
  const person = findOwner(index, index.people, personId);
  return person < 0 ? [] : index.personTeams[person].map((code) => index.symbols[code]);
}

function personView(index: MaturityIndex, person: number): PersonIndex {
  const rows = lazyRows(index, index.people, person);
  return {
    get teamIds() {
      return index.personTeams[person].map((code) => index.symbols[code]);
    },
    get membership() {
      return rows(PersonList.membership);
    },
    get workshopsAttended() {
      return rows(PersonList.workshopsAttended);
    },
    get coaching() {
      return rows(PersonList.coaching);
    },
    get lifePlans() {
      return rows(PersonList.lifePlans);
    },
    get assessments() {
      return rows(PersonList.assessments);
    },
    get trainings() {
      return rows(PersonList.trainings);
    },
    get acknowledgements() {
      return rows(PersonList.acknowledgements);
    },
  };
}

/** An owner's lists as arrays, each built once for the life of the view (one evaluation). */
function lazyRows(index: MaturityIndex, owners: OwnerLists, owner: number): (list: number) => readonly Row[] {
  const built: (Row[] | undefined)[] = [];
  return (list) => (built[list] ??= rowsOf(index, owners, owner, list));
}
