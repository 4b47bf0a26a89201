import {
  evolveOrganisation,
  evolvePerson,
  initialOrganisationState,
  initialPersonState,
  membersNamedBy,
  PERSONAL_DATA,
  type Envelope,
  type OrganisationEvent,
  type OrganisationState,
  type PersonEvent,
  type PersonState,
  type TeamEvent,
} from '@norte/domain';
import type { DecodedEvent, Projection } from '../shared/projection';

/** A team-stream fact naming people, and whether it still counts. */
interface NamingFact {
  readonly eventId: string;
  readonly teamId: string;
  readonly occurredAt: string;
  readonly personIds: readonly string[];
  /** Effective retractions of this fact. */
  retractedBy: string[];
}

/**
 * What the application needs to fill command contexts for rules that span streams
 * (libs/domain/CROSS-STREAM.md): the organisation's state, every person's folded state, and the
 * team-stream facts that name people. Folded with the domain's own `evolve`, so contexts say
 * exactly what the deciders would.
 */
export interface Directory {
  organisation: OrganisationState;
  /** Business time of each unit's archiving. */
  archivedAt: Record<string, string>;
  persons: Record<string, PersonState>;
  /** Persons who ever had a stint on each team (enrolled into it or moved into it). */
  teamPersons: Record<string, string[]>;
  externalIds: Record<string, string>;
  namingFacts: Record<string, NamingFact>;
  /** Per person, ids of team facts that name them. */
  factsNaming: Record<string, string[]>;
  /** Team-stream retractions: what each retracts (a fact or a retraction) and who retracts it. */
  teamRetractions: Record<string, { readonly target: string; retractedBy: string[] }>;
}

const organisationTypes: readonly OrganisationEvent['type'][] = [
  'OrganisationRegistered', 'UnitCreated', 'UnitRenamed', 'UnitMoved', 'UnitArchived', 'MissionSet', 'VisionSet',
  'JobProfileDefined', 'JobProfileRevised', 'GuidingPrincipleDefined', 'CoreValueDefined', 'CoreValueRetired',
  'ParadigmShiftRecorded', 'ServicePolicyPublished', 'ServiceStandardSet', 'CourseDefined',
];
const personTypes: readonly PersonEvent['type'][] = [
  'PersonEnrolled', 'PersonDetailsCorrected', 'TeamRoleChanged', 'PersonMovedTeam', 'JobProfileChanged', 'PersonLeft',
  'AlignmentAssessed', 'MisfitResolved', 'LifePlanConversationHeld', 'TrainingCompleted', 'PolicyAcknowledged',
];
const namingTypes: readonly TeamEvent['type'][] = ['WorkshopHeld', 'CoachingSessionHeld', 'RecognitionGranted'];

const category = (streamId: string) => streamId.slice(0, streamId.indexOf('-'));
const push = (index: Record<string, string[]>, key: string, value: string) => {
  const list = (index[key] ??= []);
  if (!list.includes(value)) list.push(value);
};

/** Adds or removes one effective retraction; retracting a retraction restores what it retracted. */
function toggle(directory: Directory, targetId: string, by: string, add: boolean): void {
  const target = directory.namingFacts[targetId] ?? directory.teamRetractions[targetId];
  if (!target) return;
  const wasEffective = target.retractedBy.length === 0;
  target.retractedBy = add ? [...target.retractedBy, by] : target.retractedBy.filter((id) => id !== by);
  const retraction = directory.teamRetractions[targetId];
  const nowEffective = target.retractedBy.length === 0;
  if (retraction && wasEffective !== nowEffective) toggle(directory, retraction.target, targetId, nowEffective);
}

function applyTeamEvent(directory: Directory, event: DecodedEvent): void {
  const teamId = event.streamId.slice(event.streamId.indexOf('-') + 1);
  if (event.type === 'FactRetracted') {
    const { factId } = event.data as { factId: string };
    directory.teamRetractions[event.eventId] = { target: factId, retractedBy: [] };
    toggle(directory, factId, event.eventId, true);
    return;
  }
  const personIds = membersNamedBy({ type: event.type, data: event.data } as TeamEvent);
  if (personIds.length === 0) return;
  directory.namingFacts[event.eventId] = { eventId: event.eventId, teamId, occurredAt: event.occurredAt, personIds, retractedBy: [] };
  for (const personId of personIds) push(directory.factsNaming, personId, event.eventId);
}

const personalFields: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(PERSONAL_DATA).map(([type, rule]) => [type, rule.fields as readonly string[]]),
);

/**
 * The directory needs who was where and when, never names or notes: personal fields are dropped
 * before folding, so neither this read model nor its snapshots on disk ever hold them.
 */
function withoutPersonalData(type: string, data: unknown): unknown {
  const fields = personalFields[type];
  if (!fields) return data;
  const copy = { ...(data as Record<string, unknown>) };
  for (const field of fields) if (field in copy) copy[field] = null;
  return copy;
}

function applyPersonEvent(directory: Directory, event: DecodedEvent): void {
  const personId = event.streamId.slice(event.streamId.indexOf('-') + 1);
  const data = withoutPersonalData(event.type, event.data);
  const envelope = { type: event.type, data, occurredAt: event.occurredAt, eventId: event.eventId } as Envelope<PersonEvent>;
  directory.persons[personId] = evolvePerson(directory.persons[personId] ?? initialPersonState(), envelope);
  if (envelope.type === 'PersonEnrolled') {
    push(directory.teamPersons, envelope.data.teamId, personId);
    directory.externalIds[envelope.data.externalId] = personId;
  }
  if (envelope.type === 'PersonMovedTeam') push(directory.teamPersons, envelope.data.toTeamId, personId);
}

export const directoryProjection: Projection<Directory> = {
  name: 'directory',
  version: 1,
  canHandle: [...new Set([...organisationTypes, ...personTypes, ...namingTypes, 'FactRetracted'])],
  init: () => ({
    organisation: initialOrganisationState(),
    archivedAt: {},
    persons: {},
    teamPersons: {},
    externalIds: {},
    namingFacts: {},
    factsNaming: {},
    teamRetractions: {},
  }),
  evolve(directory, event) {
    switch (category(event.streamId)) {
      case 'organisation': {
        const envelope = { type: event.type, data: event.data, occurredAt: event.occurredAt, eventId: event.eventId } as Envelope<OrganisationEvent>;
        directory.organisation = evolveOrganisation(directory.organisation, envelope);
        if (envelope.type === 'UnitArchived') directory.archivedAt[envelope.data.unitId] = envelope.occurredAt;
        break;
      }
      case 'person':
        applyPersonEvent(directory, event);
        break;
      case 'team':
        applyTeamEvent(directory, event);
        break;
    }
    return directory;
  },
};
