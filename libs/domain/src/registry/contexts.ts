import type { NorteCommand, NorteCommandType } from './registry';

/**
 * The context each cross-stream command carries, by command type. The application layer fills it
 * from read models at a known global position and records that position in the event metadata
 * (libs/domain/CROSS-STREAM.md). Commands absent here need no context.
 */
export type CommandContexts = {
  readonly [C in NorteCommand as C extends { readonly context: unknown } ? C['type'] : never]: C extends { readonly context: infer X } ? X : never;
};
export type ContextualCommandType = keyof CommandContexts;

/** A command as the API builds it, before the handler adds its context. */
export type CommandWithoutContext<C extends NorteCommand = NorteCommand> = C extends NorteCommand ? Omit<C, 'context'> : never;

const CONTEXTUAL: { readonly [T in ContextualCommandType]: true } = {
  ArchiveUnit: true,
  GrantRole: true,
  EnrolPerson: true,
  MovePersonToTeam: true,
  ChangeJobProfile: true,
  RecordPersonLeft: true,
  AssessAlignment: true,
  RecordTrainingCompletion: true,
  AcknowledgePolicy: true,
  RetractPersonFact: true,
  PlanRoadmapItem: true,
  StartRoadmapItem: true,
  CompleteRoadmapItem: true,
  RescheduleRoadmapItem: true,
  BlockRoadmapItem: true,
  UnblockRoadmapItem: true,
  CancelRoadmapItem: true,
  RecordWorkshop: true,
  RecordCoachingSession: true,
  GrantRecognition: true,
  RecordSurveyResult: true,
  RecordMysteryShop: true,
  RecordKpiMeasurement: true,
  RecordCsat: true,
  RetractTeamFact: true,
};

export const needsContext = (type: NorteCommandType): type is ContextualCommandType => Object.prototype.hasOwnProperty.call(CONTEXTUAL, type);
