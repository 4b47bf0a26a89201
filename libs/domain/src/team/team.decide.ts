import { assertNever, type Decider } from '../shared/decider';
import { isMemberAt, type TeamMembership } from '../shared/context';
import { conflict, notFound } from '../shared/errors';
import { effectiveFacts } from '../shared/ledger';
import { requireId, requireNotFuture } from '../shared/guards';
import { retractConsistently, type RetractionRules, type Violation } from '../shared/retraction';
import { decideActivity } from './team.activities';
import type { TeamCommand, TeamContext } from './team.commands';
import { membersNamedBy, type TeamEvent } from './team.events';
import { decideOutcome } from './team.outcomes';
import { decideRoadmap, roadmap } from './team.roadmap';
import { evolveTeam, foldTeam, initialTeamState, type TeamState } from './team.state';

const RETRACTABLE: readonly TeamEvent['type'][] = [
  'RoadmapItemPlanned',
  'RoadmapItemStarted',
  'RoadmapItemCompleted',
  'RoadmapItemRescheduled',
  'RoadmapItemBlocked',
  'RoadmapItemUnblocked',
  'RoadmapItemCancelled',
  'WorkshopHeld',
  'CoachingSessionHeld',
  'SurveyResultRecorded',
  'MysteryShopRecorded',
  'KpiMeasured',
  'CsatRecorded',
  'RecognitionGranted',
];

/** New facts need a team that exists and was not archived by their date. */
function requireOpenTeam({ team }: TeamContext, teamId: string, occurredAt: string): void {
  if (team.status === 'unknown') throw notFound('teamId', `Team '${teamId}' does not exist`);
  if (team.status === 'archived' && Date.parse(occurredAt) >= Date.parse(team.archivedAt)) {
    throw conflict(`Team '${teamId}' was archived at ${team.archivedAt}`, 'teamId');
  }
}

/** Roadmap items out of sequence, and people named by a fact when they were not on the team. */
export function teamViolations(state: TeamState, memberships: readonly TeamMembership[]): readonly Violation[] {
  const found = [...roadmap(state).violations];
  for (const fact of effectiveFacts(state.ledger)) {
    const strangers = membersNamedBy(fact.event).filter((personId) => !isMemberAt(memberships, personId, fact.at));
    if (strangers.length > 0) {
      found.push({ factId: fact.eventId, because: [], reason: `${strangers.join(', ')} would not be active members at ${fact.occurredAt}` });
    }
  }
  return found;
}

export function decideTeam(command: TeamCommand, state: TeamState): readonly TeamEvent[] {
  requireNotFuture(command.occurredAt, command.now);
  const teamId = requireId('teamId', command.data.teamId);
  if (command.type === 'RetractTeamFact') {
    const { memberships } = command.context;
    const rules: RetractionRules<TeamEvent, TeamState> = {
      ledger: (s) => s.ledger,
      evolve: evolveTeam,
      violations: (s) => teamViolations(s, memberships),
      retractable: RETRACTABLE,
    };
    return [retractConsistently(rules, state, command.data, command.occurredAt)];
  }
  requireOpenTeam(command.context, teamId, command.occurredAt);
  switch (command.type) {
    case 'PlanRoadmapItem':
    case 'StartRoadmapItem':
    case 'CompleteRoadmapItem':
    case 'RescheduleRoadmapItem':
    case 'BlockRoadmapItem':
    case 'UnblockRoadmapItem':
    case 'CancelRoadmapItem':
      return decideRoadmap(command, state);
    case 'RecordWorkshop':
    case 'RecordCoachingSession':
    case 'GrantRecognition':
      return decideActivity(command, state);
    case 'RecordSurveyResult':
    case 'RecordMysteryShop':
    case 'RecordKpiMeasurement':
    case 'RecordCsat':
      return decideOutcome(command);
    default:
      return assertNever(command);
  }
}

export const teamDecider: Decider<TeamCommand, TeamEvent, TeamState> = {
  decide: decideTeam,
  evolve: evolveTeam,
  initialState: initialTeamState,
  fold: foldTeam,
};
