import type { Decider, DomainCommand, DomainEvent, Envelope } from '../shared/decider';
import type { OrganisationCommand } from '../organisation/organisation.commands';
import { organisationDecider } from '../organisation/organisation.decide';
import type { OrganisationState } from '../organisation/organisation.state';
import type { OrganisationEvent } from '../organisation/organisation.events';
import { ORGANISATION_CATEGORY, organisationStreamId } from '../organisation/organisation.stream';
import type { PersonCommand } from '../person/person.commands';
import { personDecider } from '../person/person.decide';
import type { PersonState } from '../person/person.state';
import type { PersonEvent } from '../person/person.events';
import { PERSON_CATEGORY, personStreamId } from '../person/person.stream';
import type { TeamCommand } from '../team/team.commands';
import { teamDecider } from '../team/team.decide';
import type { TeamState } from '../team/team.state';
import type { TeamEvent } from '../team/team.events';
import { TEAM_CATEGORY, teamStreamId } from '../team/team.stream';
import type { UserCommand } from '../user/user.commands';
import { userDecider } from '../user/user.decide';
import type { UserState } from '../user/user.state';
import type { UserEvent } from '../user/user.events';
import { USER_CATEGORY, userStreamId } from '../user/user.stream';

/** Every command and every event of Norte, for one generic handler and one GraphQL layer. */
export type NorteCommand = OrganisationCommand | UserCommand | PersonCommand | TeamCommand;
export type NorteEvent = OrganisationEvent | UserEvent | PersonEvent | TeamEvent;
export type NorteCommandType = NorteCommand['type'];
export type NorteEventType = NorteEvent['type'];

export type StreamCategory = typeof ORGANISATION_CATEGORY | typeof USER_CATEGORY | typeof PERSON_CATEGORY | typeof TEAM_CATEGORY;

/** The decider of each stream category. */
export interface Deciders {
  readonly organisation: Decider<OrganisationCommand, OrganisationEvent, OrganisationState>;
  readonly user: Decider<UserCommand, UserEvent, UserState>;
  readonly person: Decider<PersonCommand, PersonEvent, PersonState>;
  readonly team: Decider<TeamCommand, TeamEvent, TeamState>;
}
export const DECIDERS: Deciders = {
  organisation: organisationDecider,
  user: userDecider,
  person: personDecider,
  team: teamDecider,
};

/** Which stream each command is decided on (a record, so a new command cannot be forgotten). */
export const COMMAND_CATEGORY: { readonly [T in NorteCommandType]: StreamCategory } = {
  RegisterOrganisation: 'organisation', CreateUnit: 'organisation', RenameUnit: 'organisation', MoveUnit: 'organisation',
  ArchiveUnit: 'organisation', SetMission: 'organisation', SetVision: 'organisation', DefineJobProfile: 'organisation',
  ReviseJobProfile: 'organisation', DefineGuidingPrinciple: 'organisation', DefineCoreValue: 'organisation',
  RetireCoreValue: 'organisation', RecordParadigmShift: 'organisation', PublishServicePolicy: 'organisation',
  SetServiceStandard: 'organisation', DefineCourse: 'organisation', PublishMaturityModel: 'organisation', RetractOrganisationFact: 'organisation',
  CreateUser: 'user', GrantRole: 'user', RevokeRole: 'user', DisableUser: 'user',
  EnrolPerson: 'person', CorrectPersonDetails: 'person', ChangeTeamRole: 'person', MovePersonToTeam: 'person',
  ChangeJobProfile: 'person', RecordPersonLeft: 'person', AssessAlignment: 'person', ResolveMisfit: 'person',
  RecordLifePlanConversation: 'person', RecordTrainingCompletion: 'person', AcknowledgePolicy: 'person', RetractPersonFact: 'person',
  PlanRoadmapItem: 'team', StartRoadmapItem: 'team', CompleteRoadmapItem: 'team', RescheduleRoadmapItem: 'team',
  BlockRoadmapItem: 'team', UnblockRoadmapItem: 'team', CancelRoadmapItem: 'team', RecordWorkshop: 'team',
  RecordCoachingSession: 'team', GrantRecognition: 'team', RecordSurveyResult: 'team', RecordMysteryShop: 'team',
  RecordKpiMeasurement: 'team', RecordCsat: 'team', RetractTeamFact: 'team',
};

const is =
  <C extends NorteCommand>(category: StreamCategory) =>
  (command: NorteCommand): command is C =>
    COMMAND_CATEGORY[command.type] === category;
export const isOrganisationCommand = is<OrganisationCommand>('organisation');
export const isUserCommand = is<UserCommand>('user');
export const isPersonCommand = is<PersonCommand>('person');
export const isTeamCommand = is<TeamCommand>('team');

/** The stream a command is decided on: `<category>-<id>`, category before the first dash. */
export function streamIdFor(command: NorteCommand): string {
  if (isUserCommand(command)) return userStreamId(command.data.userId);
  if (isPersonCommand(command)) return personStreamId(command.data.personId);
  if (isTeamCommand(command)) return teamStreamId(command.data.teamId);
  return organisationStreamId();
}

/** The category of a stream id (EventStoreDB's `$ce-<category>` convention). */
export const categoryOfStream = (streamId: string): string => streamId.split('-', 1)[0] ?? streamId;

/**
 * The whole pure part of a command handler: fold the stream's history with its decider, then decide.
 * Throws DomainError when a rule refuses the command.
 */
export function decideOnHistory(command: NorteCommand, history: readonly Envelope<NorteEvent>[]): readonly NorteEvent[] {
  if (isUserCommand(command)) return run(DECIDERS.user, command, history);
  if (isPersonCommand(command)) return run(DECIDERS.person, command, history);
  if (isTeamCommand(command)) return run(DECIDERS.team, command, history);
  if (isOrganisationCommand(command)) return run(DECIDERS.organisation, command, history);
  throw new Error(`No decider for ${(command as NorteCommand).type}`);
}

/** History read from a stream holds that stream's events only (the store routes by stream id). */
function run<C extends DomainCommand, E extends DomainEvent, S>(decider: Decider<C, E, S>, command: C, history: readonly Envelope<NorteEvent>[]) {
  const state = (history as readonly Envelope<DomainEvent>[] as readonly Envelope<E>[]).reduce(decider.evolve, decider.initialState());
  return decider.decide(command, state);
}
