import { assertNever, type Decider } from '../shared/decider';
import { notFound } from '../shared/errors';
import { requireEmail, requireId, requireNotFuture, requireText } from '../shared/guards';
import { retractConsistently, type RetractionRules } from '../shared/retraction';
import type { PersonCommand } from './person.commands';
import type { PersonEvent } from './person.events';
import { decidePersonFact } from './person.facts';
import { decideMembership } from './person.membership';
import { NAME_MAX } from './person.rules';
import { evolvePerson, foldPerson, initialPersonState, type PersonState } from './person.state';
import { personViolations, timeline } from './person.timeline';

/** Every fact of a person can be retracted, as long as the rest of their history still holds. */
const RETRACTABLE: readonly PersonEvent['type'][] = [
  'PersonEnrolled',
  'PersonDetailsCorrected',
  'TeamRoleChanged',
  'PersonMovedTeam',
  'JobProfileChanged',
  'PersonLeft',
  'AlignmentAssessed',
  'MisfitResolved',
  'LifePlanConversationHeld',
  'TrainingCompleted',
  'PolicyAcknowledged',
];

export function decidePerson(command: PersonCommand, state: PersonState): readonly PersonEvent[] {
  requireNotFuture(command.occurredAt, command.now);
  const personId = requireId('personId', command.data.personId);
  switch (command.type) {
    case 'EnrolPerson':
    case 'ChangeTeamRole':
    case 'MovePersonToTeam':
    case 'RecordPersonLeft':
      return decideMembership(command, state);
    case 'CorrectPersonDetails': {
      if (timeline(state).stints.length === 0) throw notFound('personId', 'The person is not enrolled');
      const name = requireText('name', command.data.name, NAME_MAX);
      return [{ type: 'PersonDetailsCorrected', data: { personId, name, email: requireEmail('email', command.data.email) } }];
    }
    case 'ChangeJobProfile':
    case 'AssessAlignment':
    case 'ResolveMisfit':
    case 'RecordLifePlanConversation':
    case 'RecordTrainingCompletion':
    case 'AcknowledgePolicy':
      return decidePersonFact(command, state);
    case 'RetractPersonFact': {
      const { teamFacts } = command.context;
      const rules: RetractionRules<PersonEvent, PersonState> = {
        ledger: (s) => s.ledger,
        evolve: evolvePerson,
        violations: (s) => personViolations(s, teamFacts),
        retractable: RETRACTABLE,
      };
      return [retractConsistently(rules, state, command.data, command.occurredAt)];
    }
    default:
      return assertNever(command);
  }
}

export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = {
  decide: decidePerson,
  evolve: evolvePerson,
  initialState: initialPersonState,
  fold: foldPerson,
};
