import { upcastSurveyResultV1, type SurveyResultRecordedV1 } from '../team/team.legacy';
import type { NorteEvent, NorteEventType } from './registry';

/**
 * Schema version written for each event type today (kept in metadata as `schemaVersion`). Events
 * are frozen contracts: an additive optional field needs no new version; a breaking change bumps
 * the version here, keeps the old shape as a legacy type and adds its upcaster below.
 */
export const CURRENT_SCHEMA_VERSION: { readonly [T in NorteEventType]: number } = {
  OrganisationRegistered: 1, UnitCreated: 1, UnitRenamed: 1, UnitMoved: 1, UnitArchived: 1, MissionSet: 1, VisionSet: 1,
  JobProfileDefined: 1, JobProfileRevised: 1, GuidingPrincipleDefined: 1, CoreValueDefined: 1, CoreValueRetired: 1,
  ParadigmShiftRecorded: 1, ServicePolicyPublished: 1, ServiceStandardSet: 1, CourseDefined: 1, MaturityModelPublished: 1, FactRetracted: 1,
  UserCreated: 1, RoleGranted: 1, RoleRevoked: 1, UserDisabled: 1,
  PersonEnrolled: 1, PersonDetailsCorrected: 1, TeamRoleChanged: 1, PersonMovedTeam: 1, JobProfileChanged: 1, PersonLeft: 1,
  AlignmentAssessed: 1, MisfitResolved: 1, LifePlanConversationHeld: 1, TrainingCompleted: 1, PolicyAcknowledged: 1,
  RoadmapItemPlanned: 1, RoadmapItemStarted: 1, RoadmapItemCompleted: 1, RoadmapItemRescheduled: 1, RoadmapItemBlocked: 1,
  RoadmapItemUnblocked: 1, RoadmapItemCancelled: 1, WorkshopHeld: 1, CoachingSessionHeld: 1,
  SurveyResultRecorded: 2, MysteryShopRecorded: 1, KpiMeasured: 1, CsatRecorded: 1, RecognitionGranted: 1,
};

type Step = (data: unknown) => unknown;

/** UPCASTERS[type][v] turns version v into version v + 1. */
export const UPCASTERS: { readonly [T in NorteEventType]?: Readonly<Record<number, Step>> } = {
  SurveyResultRecorded: { 1: (data) => upcastSurveyResultV1(data as SurveyResultRecordedV1) },
};

export const isEventType = (type: string): type is NorteEventType => Object.prototype.hasOwnProperty.call(CURRENT_SCHEMA_VERSION, type);

/**
 * Stored data of any schema version → the current shape. Pure. Throws (a plain Error: corrupt or
 * newer-than-code data, not a user mistake) for an unknown type or version.
 */
export function upcast<T extends NorteEventType>(type: T, schemaVersion: number, data: unknown): Extract<NorteEvent, { type: T }>['data'];
export function upcast(type: string, schemaVersion: number, data: unknown): unknown;
export function upcast(type: string, schemaVersion: number, data: unknown): unknown {
  if (!isEventType(type)) throw new Error(`Unknown event type '${type}'`);
  const current = CURRENT_SCHEMA_VERSION[type];
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > current) {
    throw new Error(`${type} has no schema version ${schemaVersion} (current: ${current})`);
  }
  let result = data;
  for (let version = schemaVersion; version < current; version += 1) {
    const step = UPCASTERS[type]?.[version];
    if (!step) throw new Error(`No upcaster for ${type} from version ${version}`);
    result = step(result);
  }
  return result;
}
