import {
  needsContext,
  type CommandContexts,
  type CommandWithoutContext,
  type ContextualCommandType,
  type NorteCommand,
  type RefStatus,
  type TeamFactRef,
  type TeamMembership,
  type TeamStatus,
} from '@norte/domain';
import type { Directory } from './directory.projection';
import { idOf, numberOf } from './ids';
import { personsOnTeam, stintsOf } from './memberships';
import { teamFactsNaming } from './naming-facts';
import { archivedAtOf, effectiveDefinitions, unitOf, type DefinitionType } from './organisation';
import { getValue } from './string-map';

const definedKeys = (directory: Directory, type: DefinitionType) => new Set(effectiveDefinitions(directory.organisation, type).map((d) => d.key));

function unitStatus(directory: Directory, unitId: string, kind: 'team' | 'division' | 'any'): RefStatus {
  const unit = unitOf(directory.organisation, unitId);
  if (!unit || (kind !== 'any' && unit.kind !== kind)) return 'unknown';
  return unit.archived ? 'archived' : 'active';
}

function teamStatus(directory: Directory, teamId: string): TeamStatus {
  const status = unitStatus(directory, teamId, 'team');
  if (status === 'archived') return { status, archivedAt: archivedAtOf(directory.organisation, teamId) ?? '' };
  return { status };
}

function memberships(directory: Directory, teamId: string): TeamMembership[] {
  const team = numberOf(directory.teams, teamId);
  const teamIdOf = (n: number) => idOf(directory.teams, n);
  return personsOnTeam(directory.memberships, team).flatMap((person) =>
    stintsOf(directory.memberships, person, idOf(directory.persons, person), teamIdOf)
      .filter((m) => m.teamId === teamId)
      .map(({ personId, from, until }) => ({ personId, from, until })),
  );
}

function teamFacts(directory: Directory, personId: string): TeamFactRef[] {
  return teamFactsNaming(directory.namingFacts, numberOf(directory.persons, personId), (n) => idOf(directory.teams, n));
}

const refStatus = (ids: ReadonlySet<string | number>, id: string): RefStatus => (ids.has(id) ? 'active' : 'unknown');

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
      const unit = unitOf(directory.organisation, c.data.scopeUnitId);
      return { scopeUnit: unit ? { status: unit.archived ? 'archived' : 'active', kind: unit.kind } : { status: 'unknown' } };
    }
    case 'EnrolPerson': {
      const number = getValue(directory.externalIds, c.data.externalId);
      const holder = number === undefined ? undefined : idOf(directory.persons, number);
      return {
        team: unitStatus(directory, c.data.teamId, 'team'),
        jobProfile: c.data.jobProfileId === null ? null : refStatus(definedKeys(directory, 'JobProfileDefined'), c.data.jobProfileId),
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
      return { jobProfile: refStatus(definedKeys(directory, 'JobProfileDefined'), c.data.jobProfileId) };
    case 'RecordTrainingCompletion':
      return { course: refStatus(definedKeys(directory, 'CourseDefined'), c.data.courseId) };
    case 'AcknowledgePolicy':
      return {
        publishedVersions: effectiveDefinitions(directory.organisation, 'ServicePolicyPublished').map((d) => ({
          version: d.key as number,
          publishedAt: d.occurredAt,
        })),
      };
    default:
      // Every team command.
      return { team: teamStatus(directory, (c.data as { teamId: string }).teamId), memberships: memberships(directory, (c.data as { teamId: string }).teamId) };
  }
}
