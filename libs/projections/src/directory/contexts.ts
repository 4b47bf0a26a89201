import {
  effectiveFacts,
  isFactOf,
  needsContext,
  teamMembershipsOf,
  type CommandContexts,
  type CommandWithoutContext,
  type ContextualCommandType,
  type NorteCommand,
  type OrganisationEvent,
  type RefStatus,
  type TeamFactRef,
  type TeamMembership,
  type TeamStatus,
} from '@norte/domain';
import type { Directory } from './directory.projection';

const effective = <T extends OrganisationEvent['type']>(directory: Directory, type: T) =>
  effectiveFacts(directory.organisation.ledger).filter(isFactOf<OrganisationEvent, T>(type));

const jobProfileIds = (directory: Directory) => new Set(effective(directory, 'JobProfileDefined').map((f) => f.event.data.jobProfileId));
const courseIds = (directory: Directory) => new Set(effective(directory, 'CourseDefined').map((f) => f.event.data.courseId));

function unitStatus(directory: Directory, unitId: string, kind: 'team' | 'division' | 'any'): RefStatus {
  const unit = directory.organisation.units[unitId];
  if (!unit || (kind !== 'any' && unit.kind !== kind)) return 'unknown';
  return unit.archived ? 'archived' : 'active';
}

function teamStatus(directory: Directory, teamId: string): TeamStatus {
  const status = unitStatus(directory, teamId, 'team');
  if (status === 'archived') return { status, archivedAt: directory.archivedAt[teamId] ?? '' };
  return { status };
}

function memberships(directory: Directory, teamId: string): TeamMembership[] {
  return (directory.teamPersons[teamId] ?? []).flatMap((personId) => {
    const state = directory.persons[personId];
    return state ? teamMembershipsOf(state, personId).filter((m) => m.teamId === teamId).map(({ personId: p, from, until }) => ({ personId: p, from, until })) : [];
  });
}

function teamFacts(directory: Directory, personId: string): TeamFactRef[] {
  return (directory.factsNaming[personId] ?? [])
    .map((id) => directory.namingFacts[id])
    .filter((f) => f !== undefined && f.retractedBy.length === 0)
    .map((f) => ({ eventId: f.eventId, teamId: f.teamId, occurredAt: f.occurredAt }));
}

const refStatus = (ids: Set<string>, id: string): RefStatus => (ids.has(id) ? 'active' : 'unknown');

/** The context a cross-stream command needs, read from the directory (pure: the caller knows its position). */
export function contextFor<T extends ContextualCommandType>(directory: Directory, command: CommandWithoutContext & { type: T }): CommandContexts[T];
export function contextFor(directory: Directory, command: CommandWithoutContext): unknown;
export function contextFor(directory: Directory, command: CommandWithoutContext): unknown {
  if (!needsContext(command.type)) return undefined;
  const c = command as CommandWithoutContext<Extract<NorteCommand, { context: unknown }>>;
  switch (c.type) {
    case 'ArchiveUnit':
      return { memberships: memberships(directory, c.data.unitId) };
    case 'GrantRole': {
      if (c.data.scopeUnitId === null) return { scopeUnit: null };
      const unit = directory.organisation.units[c.data.scopeUnitId];
      return { scopeUnit: unit ? { status: unit.archived ? 'archived' : 'active', kind: unit.kind } : { status: 'unknown' } };
    }
    case 'EnrolPerson': {
      const holder = directory.externalIds[c.data.externalId];
      return {
        team: unitStatus(directory, c.data.teamId, 'team'),
        jobProfile: c.data.jobProfileId === null ? null : refStatus(jobProfileIds(directory), c.data.jobProfileId),
        personWithExternalId: holder !== undefined && holder !== c.data.personId ? holder : null,
      };
    }
    case 'MovePersonToTeam':
      return { team: unitStatus(directory, c.data.teamId, 'team'), teamFacts: teamFacts(directory, c.data.personId) };
    case 'RecordPersonLeft':
    case 'RetractPersonFact':
      return { teamFacts: teamFacts(directory, c.data.personId) };
    case 'ChangeJobProfile':
    case 'AssessAlignment':
      return { jobProfile: refStatus(jobProfileIds(directory), c.data.jobProfileId) };
    case 'RecordTrainingCompletion':
      return { course: refStatus(courseIds(directory), c.data.courseId) };
    case 'AcknowledgePolicy':
      return {
        publishedVersions: effective(directory, 'ServicePolicyPublished').map((f) => ({
          version: f.event.data.version,
          publishedAt: f.occurredAt,
        })),
      };
    default:
      // Every team command.
      return { team: teamStatus(directory, (c.data as { teamId: string }).teamId), memberships: memberships(directory, (c.data as { teamId: string }).teamId) };
  }
}
