import { assertNever } from '../shared/decider';
import type { RefStatus } from '../shared/context';
import { badInput, conflict, notFound } from '../shared/errors';
import { effectiveFacts } from '../shared/ledger';
import { optionalText, requireId, requireInteger, requireNumber, requireOneOf } from '../shared/guards';
import { FITS, MISFIT_RESOLUTIONS } from '../program/program.instruments';
import type { AcknowledgePolicy, PersonFactCommand, ResolveMisfit } from './person.commands';
import type { PersonEvent } from './person.events';
import { NOTE_MAX, requireActiveAt, requireEnrolled } from './person.rules';
import type { PersonState } from './person.state';
import { profileAt } from './person.timeline';

function requireDefined(field: string, id: string, status: RefStatus, what: string): string {
  requireId(field, id);
  if (status !== 'active') throw notFound(field, `${what} '${id}' is not defined`);
  return id;
}

/** A partial or misaligned assessment, dated no later, not resolved yet. */
function requireOpenMisfit(state: PersonState, { data, occurredAt }: ResolveMisfit): string {
  const assessmentId = requireId('assessmentId', data.assessmentId);
  const facts = effectiveFacts(state.ledger);
  const assessment = facts.find((f) => f.eventId === assessmentId);
  if (!assessment || assessment.event.type !== 'AlignmentAssessed') throw notFound('assessmentId', `No alignment assessment '${assessmentId}'`);
  if (assessment.event.data.fit === 'aligned') throw conflict('The assessment found the person aligned: there is no misfit', 'assessmentId', [assessmentId]);
  if (Date.parse(occurredAt) < assessment.at) throw conflict('A misfit cannot be resolved before it was assessed', 'occurredAt', [assessmentId]);
  const earlier = facts.find((f) => f.event.type === 'MisfitResolved' && f.event.data.assessmentId === assessmentId);
  if (earlier) throw conflict('The misfit is already resolved', 'assessmentId', [earlier.eventId]);
  return assessmentId;
}

function requirePublishedVersion(state: PersonState, { data, context, occurredAt }: AcknowledgePolicy): number {
  const version = requireInteger('policyVersion', data.policyVersion, 1, 1_000_000);
  const published = context.publishedVersions.find((p) => p.version === version);
  if (!published) throw notFound('policyVersion', `Policy version ${version} is not published`);
  if (Date.parse(published.publishedAt) > Date.parse(occurredAt)) {
    throw conflict(`Policy version ${version} was published at ${published.publishedAt}, after this acknowledgement`, 'occurredAt');
  }
  const earlier = effectiveFacts(state.ledger).find((f) => f.event.type === 'PolicyAcknowledged' && f.event.data.policyVersion === version);
  if (earlier) throw conflict(`Policy version ${version} is already acknowledged`, 'policyVersion', [earlier.eventId]);
  return version;
}

/** Facts that travel with the person: each must be dated while the person is active. */
export function decidePersonFact(command: PersonFactCommand, state: PersonState): readonly PersonEvent[] {
  requireActiveAt(requireEnrolled(state), command.occurredAt);
  const { personId } = command.data;
  switch (command.type) {
    case 'ChangeJobProfile': {
      const jobProfileId = requireDefined('jobProfileId', command.data.jobProfileId, command.context.jobProfile, 'Job profile');
      if (profileAt(state, Date.parse(command.occurredAt)) === jobProfileId) {
        throw conflict(`The person already holds job profile '${jobProfileId}'`, 'jobProfileId');
      }
      return [{ type: 'JobProfileChanged', data: { personId, jobProfileId } }];
    }
    case 'AssessAlignment': {
      const { data } = command;
      const jobProfileId = requireDefined('jobProfileId', data.jobProfileId, command.context.jobProfile, 'Job profile');
      const fit = requireOneOf('fit', data.fit, FITS);
      const assessorId = requireId('assessorId', data.assessorId);
      return [{ type: 'AlignmentAssessed', data: { personId, jobProfileId, fit, assessorId, note: optionalText('note', data.note, NOTE_MAX) } }];
    }
    case 'ResolveMisfit': {
      const assessmentId = requireOpenMisfit(state, command);
      const resolution = requireOneOf('resolution', command.data.resolution, MISFIT_RESOLUTIONS);
      return [{ type: 'MisfitResolved', data: { personId, assessmentId, resolution, note: optionalText('note', command.data.note, NOTE_MAX) } }];
    }
    case 'RecordLifePlanConversation': {
      const leaderId = requireId('leaderId', command.data.leaderId);
      if (leaderId === personId) throw badInput('leaderId', 'A life-plan conversation is held with a leader, not with oneself');
      return [{ type: 'LifePlanConversationHeld', data: { personId, leaderId } }];
    }
    case 'RecordTrainingCompletion': {
      const courseId = requireDefined('courseId', command.data.courseId, command.context.course, 'Course');
      const { score } = command.data;
      return [{ type: 'TrainingCompleted', data: { personId, courseId, score: score === null ? null : requireNumber('score', score, 0, 100) } }];
    }
    case 'AcknowledgePolicy':
      return [{ type: 'PolicyAcknowledged', data: { personId, policyVersion: requirePublishedVersion(state, command) } }];
    default:
      return assertNever(command);
  }
}
