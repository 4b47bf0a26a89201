import type { NorteCommandType } from '@norte/domain';

type Data = Record<string, unknown>;

/** The command the API would have handled for each event type (one event per command here). */
const COMMAND_OF: Record<string, NorteCommandType> = {
  OrganisationRegistered: 'RegisterOrganisation', UnitCreated: 'CreateUnit', UnitRenamed: 'RenameUnit', UnitMoved: 'MoveUnit',
  UnitArchived: 'ArchiveUnit', MissionSet: 'SetMission', VisionSet: 'SetVision', JobProfileDefined: 'DefineJobProfile',
  JobProfileRevised: 'ReviseJobProfile', GuidingPrincipleDefined: 'DefineGuidingPrinciple', CoreValueDefined: 'DefineCoreValue',
  CoreValueRetired: 'RetireCoreValue', ParadigmShiftRecorded: 'RecordParadigmShift', ServicePolicyPublished: 'PublishServicePolicy',
  ServiceStandardSet: 'SetServiceStandard', CourseDefined: 'DefineCourse',
  UserCreated: 'CreateUser', RoleGranted: 'GrantRole', RoleRevoked: 'RevokeRole', UserDisabled: 'DisableUser',
  PersonEnrolled: 'EnrolPerson', PersonDetailsCorrected: 'CorrectPersonDetails', TeamRoleChanged: 'ChangeTeamRole',
  PersonMovedTeam: 'MovePersonToTeam', JobProfileChanged: 'ChangeJobProfile', PersonLeft: 'RecordPersonLeft',
  AlignmentAssessed: 'AssessAlignment', MisfitResolved: 'ResolveMisfit', LifePlanConversationHeld: 'RecordLifePlanConversation',
  TrainingCompleted: 'RecordTrainingCompletion', PolicyAcknowledged: 'AcknowledgePolicy',
  RoadmapItemPlanned: 'PlanRoadmapItem', RoadmapItemStarted: 'StartRoadmapItem', RoadmapItemCompleted: 'CompleteRoadmapItem',
  RoadmapItemRescheduled: 'RescheduleRoadmapItem', RoadmapItemBlocked: 'BlockRoadmapItem', RoadmapItemUnblocked: 'UnblockRoadmapItem',
  RoadmapItemCancelled: 'CancelRoadmapItem', WorkshopHeld: 'RecordWorkshop', CoachingSessionHeld: 'RecordCoachingSession',
  RecognitionGranted: 'GrantRecognition', SurveyResultRecorded: 'RecordSurveyResult', MysteryShopRecorded: 'RecordMysteryShop',
  KpiMeasured: 'RecordKpiMeasurement', CsatRecorded: 'RecordCsat',
};

const RETRACT_BY_CATEGORY: Record<string, NorteCommandType> = {
  organisation: 'RetractOrganisationFact',
  person: 'RetractPersonFact',
  team: 'RetractTeamFact',
};

const idOf = (streamId: string) => streamId.slice(streamId.indexOf('-') + 1);

/**
 * The command (type and data, without times or context) that records this event: what the API's
 * command hash is computed over. Mostly the event's own data; where decide derives fields (the
 * team someone leaves, the organisation id, a retraction's fact type) the command does not carry them.
 */
export function commandFor(streamId: string, type: string, data: unknown): { readonly type: NorteCommandType; readonly data: Data } {
  const d = data as Data;
  const category = streamId.slice(0, streamId.indexOf('-'));
  switch (type) {
    case 'FactRetracted': {
      const command = RETRACT_BY_CATEGORY[category];
      if (!command) throw new Error(`No retraction command for stream ${streamId}`);
      const input = { factId: d.factId, reason: d.reason };
      if (category === 'person') return { type: command, data: { personId: idOf(streamId), ...input } };
      if (category === 'team') return { type: command, data: { teamId: idOf(streamId), ...input } };
      return { type: command, data: input };
    }
    case 'OrganisationRegistered':
      return { type: 'RegisterOrganisation', data: { name: d.name, locale: d.locale, timeZone: d.timeZone } };
    case 'TeamRoleChanged':
      return { type: 'ChangeTeamRole', data: { personId: d.personId, role: d.role } };
    case 'PersonMovedTeam':
      return { type: 'MovePersonToTeam', data: { personId: d.personId, teamId: d.toTeamId, role: d.role } };
    case 'PersonLeft':
      return { type: 'RecordPersonLeft', data: { personId: d.personId } };
    default: {
      const command = COMMAND_OF[type];
      if (!command) throw new Error(`No command records ${type}`);
      return { type: command, data: d };
    }
  }
}
