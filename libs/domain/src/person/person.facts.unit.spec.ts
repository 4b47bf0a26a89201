import { command, deciderSpec } from '@norte/testing';
import type { PersonCommand as C } from './person.commands';
import { personDecider } from './person.decide';
import { assessed, enrolled, left, on, resolved } from './person.fixtures.spec';

const spec = deciderSpec(personDecider);
const when = (day: string) => ({ occurredAt: on(day) });
const profile = { jobProfile: 'active' as const };
const course = { course: 'active' as const };
const policies = { publishedVersions: [{ version: 1, publishedAt: on('01-15') }, { version: 2, publishedAt: on('04-01') }] };

describe('person facts', () => {
  describe('when the person is active', () => {
    const history = [enrolled()];
    it('changes the job profile', () =>
      spec.given(history).when(command<C>('ChangeJobProfile', { personId: 'p1', jobProfileId: 'jp2' }, { ...when('02-01'), context: profile })).then([
        { type: 'JobProfileChanged', data: { personId: 'p1', jobProfileId: 'jp2' } },
      ]));
    it('rejects the profile the person already holds', () =>
      spec.given(history).when(command<C>('ChangeJobProfile', { personId: 'p1', jobProfileId: 'jp1' }, { ...when('02-01'), context: profile })).thenThrows({ code: 'CONFLICT', field: 'jobProfileId' }));
    it('rejects an undefined profile', () =>
      spec.given(history).when(command<C>('ChangeJobProfile', { personId: 'p1', jobProfileId: 'jp9' }, { ...when('02-01'), context: { jobProfile: 'unknown' } })).thenThrows({ code: 'NOT_FOUND', field: 'jobProfileId' }));

    const assess = (data: Partial<{ fit: string; note: string | null; assessorId: string }>, context: { jobProfile: 'active' | 'unknown' } = profile) =>
      command<C>('AssessAlignment', { personId: 'p1', jobProfileId: 'jp1', fit: 'partial', assessorId: 'lead1', note: null, ...data }, { ...when('02-01'), context });
    it('assesses the fit with the profile, keeping a trimmed note', () =>
      spec.given(history).when(assess({ note: ' needs coaching on empathy ' })).then([
        { type: 'AlignmentAssessed', data: { personId: 'p1', jobProfileId: 'jp1', fit: 'partial', assessorId: 'lead1', note: 'needs coaching on empathy' } },
      ]));
    it('rejects an unknown fit, a long note, a bad assessor id and an undefined profile', () => {
      spec.given(history).when(assess({ fit: 'great' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'fit' });
      spec.given(history).when(assess({ note: 'x'.repeat(4001) })).thenThrows({ code: 'BAD_USER_INPUT', field: 'note' });
      spec.given(history).when(assess({ assessorId: '' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'assessorId' });
      spec.given(history).when(assess({}, { jobProfile: 'unknown' })).thenThrows({ code: 'NOT_FOUND', field: 'jobProfileId' });
    });

    const resolve = (assessmentId: string, day = '03-01', resolution = 'reassigned') =>
      command<C>('ResolveMisfit', { personId: 'p1', assessmentId, resolution, note: 'moved to back office' }, when(day));
    it('resolves a misfit found by an assessment', () =>
      spec.given([...history, assessed('02-01', 'misaligned')]).when(resolve('assessment')).then([
        { type: 'MisfitResolved', data: { personId: 'p1', assessmentId: 'assessment', resolution: 'reassigned', note: 'moved to back office' } },
      ]));
    it('rejects resolving an unknown assessment, or one that found the person aligned', () => {
      spec.given(history).when(resolve('nope')).thenThrows({ code: 'NOT_FOUND', field: 'assessmentId' });
      spec.given([...history, assessed('02-01', 'aligned')]).when(resolve('assessment')).thenThrows({ code: 'CONFLICT', field: 'assessmentId', facts: ['assessment'] });
    });
    it('rejects resolving twice, and before the assessment', () => {
      spec.given([...history, assessed('02-01', 'partial'), resolved('02-10')]).when(resolve('assessment')).thenThrows({ code: 'CONFLICT', field: 'assessmentId', facts: ['resolution'] });
      spec.given([...history, assessed('02-01', 'partial')]).when(resolve('assessment', '01-20')).thenThrows({ code: 'CONFLICT', field: 'occurredAt', facts: ['assessment'] });
    });
    it('rejects an unknown resolution', () =>
      spec.given([...history, assessed('02-01', 'partial')]).when(resolve('assessment', '03-01', 'fired')).thenThrows({ code: 'BAD_USER_INPUT', field: 'resolution' }));

    it('records a life-plan conversation with a leader, never its content', () =>
      spec.given(history).when(command<C>('RecordLifePlanConversation', { personId: 'p1', leaderId: 'lead1' }, when('02-01'))).then([
        { type: 'LifePlanConversationHeld', data: { personId: 'p1', leaderId: 'lead1' } },
      ]));
    it('rejects a life-plan conversation with oneself', () =>
      spec.given(history).when(command<C>('RecordLifePlanConversation', { personId: 'p1', leaderId: 'p1' }, when('02-01'))).thenThrows({ code: 'BAD_USER_INPUT', field: 'leaderId' }));

    const train = (score: number | null, context: { course: 'active' | 'unknown' } = course) =>
      command<C>('RecordTrainingCompletion', { personId: 'p1', courseId: 'c1', score }, { ...when('02-01'), context });
    it('records a training completion, with or without a score', () => {
      spec.given(history).when(train(null)).then([{ type: 'TrainingCompleted', data: { personId: 'p1', courseId: 'c1', score: null } }]);
      spec.given(history).when(train(87.5)).then([{ type: 'TrainingCompleted', data: { personId: 'p1', courseId: 'c1', score: 87.5 } }]);
    });
    it('rejects a score outside 0–100 and an undefined course', () => {
      spec.given(history).when(train(101)).thenThrows({ code: 'BAD_USER_INPUT', field: 'score' });
      spec.given(history).when(train(null, { course: 'unknown' })).thenThrows({ code: 'NOT_FOUND', field: 'courseId' });
    });

    const acknowledge = (policyVersion: number, day = '05-01') => command<C>('AcknowledgePolicy', { personId: 'p1', policyVersion }, { ...when(day), context: policies });
    it('acknowledges a published policy version', () =>
      spec.given(history).when(acknowledge(2)).then([{ type: 'PolicyAcknowledged', data: { personId: 'p1', policyVersion: 2 } }]));
    it('rejects a version that is not published, or not yet at that date', () => {
      spec.given(history).when(acknowledge(3)).thenThrows({ code: 'NOT_FOUND', field: 'policyVersion' });
      spec.given(history).when(acknowledge(2, '03-01')).thenThrows({ code: 'CONFLICT', field: 'occurredAt' });
    });
    it('rejects acknowledging the same version twice', () =>
      spec.given([...history, { type: 'PolicyAcknowledged', data: { personId: 'p1', policyVersion: 1 } }]).when(acknowledge(1)).thenThrows({ code: 'CONFLICT', field: 'policyVersion' }));
  });

  describe('when the fact is dated outside the person’s time on a team', () => {
    it('rejects it before they joined, naming the enrolment', () =>
      spec.given([enrolled('02-01')]).when(command<C>('RecordLifePlanConversation', { personId: 'p1', leaderId: 'lead1' }, when('01-10'))).thenThrows({ code: 'CONFLICT', field: 'occurredAt', facts: ['enrol'] }));
    it('rejects it after they left, naming the leaving', () =>
      spec.given([enrolled(), left('03-01')]).when(command<C>('RecordTrainingCompletion', { personId: 'p1', courseId: 'c1', score: null }, { ...when('03-02'), context: course })).thenThrows({ code: 'CONFLICT', field: 'occurredAt', facts: ['left'] }));
    it('rejects it for a person never enrolled', () =>
      spec.given().when(command<C>('RecordLifePlanConversation', { personId: 'p1', leaderId: 'lead1' }, when('01-10'))).thenThrows({ code: 'NOT_FOUND', field: 'personId' }));
  });
});
