import type {
  AlignmentAssessedFact,
  CoachingSessionHeldFact,
  CoreValueDefinedFact,
  CoreValueRetiredFact,
  CourseDefinedFact,
  CsatRecordedFact,
  GuidingPrincipleDefinedFact,
  KpiMeasuredFact,
  LifePlanConversationHeldFact,
  MembershipFact,
  MissionSetFact,
  MysteryShopRecordedFact,
  PolicyAcknowledgedFact,
  RoadmapItemCancelledFact,
  RoadmapItemPlannedFact,
  ServicePolicyPublishedFact,
  ServiceStandardSetFact,
  SurveyKind,
  SurveyResultRecordedFact,
  TrainingCompletedFact,
  VisionSetFact,
  WorkshopHeldFact,
} from '../facts';
import type { Entry, RetractionEntry } from './entry';

/**
 * Facts arranged for evaluation at any date T and known-at K: per person, per team and for the
 * organisation, each list sorted by (day, position) so that windows are binary searches.
 * Evaluating a team touches its own lists, its members' lists and the (small) organisation lists,
 * never the whole log.
 */
export interface MaturityIndex {
  readonly byId: Map<string, Entry>;
  /** Retractions by the id they name; the same arrays hang off the named entries. */
  readonly retractionsOf: Map<string, RetractionEntry[]>;
  readonly org: OrgIndex;
  readonly teams: Map<string, TeamIndex>;
  readonly people: Map<string, PersonIndex>;
  /** Day numbers of the dates seen so far: a few thousand dates serve millions of facts. */
  readonly dayNumbers: Map<string, number>;
  /**
   * Every string a fact's data holds (person, team, course, item ids, vocabulary), once: entries
   * share these instead of keeping the copy each event was decoded with. A string's code is its
   * place here (snapshots store codes).
   */
  readonly symbols: string[];
  readonly codes: Map<string, number>;
}

export interface OrgIndex {
  readonly missions: Entry<MissionSetFact>[];
  readonly visions: Entry<VisionSetFact>[];
  readonly guidingPrinciples: Entry<GuidingPrincipleDefinedFact>[];
  readonly coreValues: Entry<CoreValueDefinedFact | CoreValueRetiredFact>[];
  readonly policies: Entry<ServicePolicyPublishedFact>[];
  readonly standards: Entry<ServiceStandardSetFact>[];
  readonly courses: Map<string, Entry<CourseDefinedFact>[]>;
  /** All course definitions, for the dates on which a course's meaning can change. */
  readonly courseDefinitions: Entry<CourseDefinedFact>[];
  readonly roadmapCancellations: Map<string, Entry<RoadmapItemCancelledFact>[]>;
  /** The team of each roadmap item, for what a cancellation touches. */
  readonly roadmapItemTeams: Map<string, string>;
}

export interface TeamIndex {
  /**
   * Everyone a membership fact ever placed in the team, sorted by person id: the candidates for
   * its active members at any date.
   */
  readonly candidates: Candidate[];
  readonly roadmap: Entry<RoadmapItemPlannedFact>[];
  readonly workshops: Entry<WorkshopHeldFact>[];
  readonly surveys: Record<SurveyKind, Entry<SurveyResultRecordedFact>[]>;
  readonly mysteryShops: Entry<MysteryShopRecordedFact>[];
  readonly kpis: Entry<KpiMeasuredFact>[];
  readonly csat: Entry<CsatRecordedFact>[];
}

export interface PersonIndex {
  /** Every team a membership fact ever placed the person in. */
  readonly teamIds: string[];
  readonly membership: Entry<MembershipFact>[];
  readonly workshopsAttended: Entry<WorkshopHeldFact>[];
  readonly coaching: Entry<CoachingSessionHeldFact>[];
  readonly lifePlans: Entry<LifePlanConversationHeldFact>[];
  readonly assessments: Entry<AlignmentAssessedFact>[];
  readonly trainings: Entry<TrainingCompletedFact>[];
  readonly acknowledgements: Entry<PolicyAcknowledgedFact>[];
}

export interface Candidate {
  readonly personId: string;
  readonly person: PersonIndex;
}

export function addCandidate(team: TeamIndex, teamId: string, personId: string, person: PersonIndex): void {
  const list = team.candidates;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].personId < personId) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo]?.personId === personId) return;
  list.splice(lo, 0, { personId, person });
  person.teamIds.push(teamId);
}

export function createMaturityIndex(): MaturityIndex {
  return {
    byId: new Map(),
    retractionsOf: new Map(),
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
      roadmapItemTeams: new Map(),
    },
    teams: new Map(),
    people: new Map(),
    dayNumbers: new Map(),
    symbols: [],
    codes: new Map(),
  };
}

/** The index's own copy of `value` (see `symbols`). */
export function intern(index: MaturityIndex, value: string): string {
  const code = index.codes.get(value);
  if (code !== undefined) return index.symbols[code];
  index.codes.set(value, index.symbols.length);
  index.symbols.push(value);
  return value;
}

/** Interns a string not seen yet with a known code (restoring a snapshot's symbol table). */
export function internAll(index: MaturityIndex, symbols: readonly string[]): void {
  if (index.symbols.length > 0) throw new Error('The index already interns strings');
  for (let code = 0; code < symbols.length; code++) {
    index.symbols.push(symbols[code]);
    index.codes.set(symbols[code], code);
  }
}

export function teamOf(index: MaturityIndex, teamId: string): TeamIndex {
  let team = index.teams.get(teamId);
  if (team === undefined) {
    team = {
      candidates: [],
      roadmap: [],
      workshops: [],
      surveys: { climate: [], 'internal-service': [] },
      mysteryShops: [],
      kpis: [],
      csat: [],
    };
    index.teams.set(teamId, team);
  }
  return team;
}

export function personOf(index: MaturityIndex, personId: string): PersonIndex {
  let person = index.people.get(personId);
  if (person === undefined) {
    person = {
      teamIds: [],
      membership: [],
      workshopsAttended: [],
      coaching: [],
      lifePlans: [],
      assessments: [],
      trainings: [],
      acknowledgements: [],
    };
    index.people.set(personId, person);
  }
  return person;
}
