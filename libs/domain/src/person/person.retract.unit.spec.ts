import { command, deciderSpec } from '@norte/testing';
import type { TeamFactRef } from '../shared/context';
import type { PersonCommand as C } from './person.commands';
import { personDecider } from './person.decide';
import { assessed, enrolled, left, moved, on, resolved, retracted, teamFact, trained } from './person.fixtures.spec';

const spec = deciderSpec(personDecider);
const retract = (factId: string, teamFacts: readonly TeamFactRef[] = [], reason = 'did not attend') =>
  command<C>('RetractPersonFact', { personId: 'p1', factId, reason }, { context: { teamFacts } });

describe('person retractions', () => {
  describe('when the fact counts', () => {
    it('retracts it with a reason, naming its type', () =>
      spec.given([enrolled(), trained('02-01')]).when(retract('training')).then([
        { type: 'FactRetracted', data: { factId: 'training', factType: 'TrainingCompleted', reason: 'did not attend' } },
      ]));
    it('retracts an enrolment that nothing depends on', () =>
      spec.given([enrolled()]).when(retract('enrol')).then([{ type: 'FactRetracted', data: { factId: 'enrol', factType: 'PersonEnrolled', reason: 'did not attend' } }]));
    it('rejects an empty or overlong reason', () => {
      spec.given([enrolled()]).when(retract('enrol', [], ' ')).thenThrows({ code: 'BAD_USER_INPUT', field: 'reason' });
      spec.given([enrolled()]).when(retract('enrol', [], 'x'.repeat(501))).thenThrows({ code: 'BAD_USER_INPUT', field: 'reason' });
    });
    it('rejects a fact that is not in this stream', () => spec.given([enrolled()]).when(retract('elsewhere')).thenThrows({ code: 'NOT_FOUND', field: 'factId' }));
  });

  describe('when other facts depend on it', () => {
    it('rejects retracting an enrolment with facts after it, naming them', () =>
      spec.given([enrolled(), trained('02-01'), assessed('03-01', 'aligned')]).when(retract('enrol', [teamFact('wk1', 't1', '02-15')])).thenThrows({
        code: 'CONFLICT',
        field: 'factId',
        facts: ['training', 'assessment', 'wk1'],
      }));
    it('rejects retracting an assessment whose misfit was resolved', () =>
      spec.given([enrolled(), assessed('02-01', 'partial'), resolved('03-01')]).when(retract('assessment')).thenThrows({ code: 'CONFLICT', facts: ['resolution'] }));
    it('rejects retracting a move when facts on the new team follow it', () =>
      spec.given([enrolled(), moved('03-01', 't1', 't2')]).when(retract('move', [teamFact('wk2', 't2', '04-01')])).thenThrows({ code: 'CONFLICT', facts: ['wk2'] }));
    it('rejects retracting a move that a later leaving depends on', () =>
      spec.given([enrolled(), moved('03-01', 't1', 't2'), left('05-01', 'left', 't2')]).when(retract('move')).thenThrows({ code: 'CONFLICT', facts: ['left'] }));
  });

  describe('when the fact is already retracted', () => {
    const history = [enrolled(), trained('02-01'), retracted('03-01', 'training', 'r1')];
    it('rejects a second retraction, naming the first', () => spec.given(history).when(retract('training')).thenThrows({ code: 'CONFLICT', field: 'factId', facts: ['r1'] }));
    it('retracts the retraction, which restores the fact', () =>
      spec.given(history).when(retract('r1')).then([{ type: 'FactRetracted', data: { factId: 'r1', factType: 'FactRetracted', reason: 'did not attend' } }]));
    it('rejects restoring a fact that a later leaving contradicts, naming the leaving', () =>
      spec.given([...history, left('01-20')]).when(retract('r1')).thenThrows({ code: 'CONFLICT', facts: ['left'] }));
  });

  describe('when a leaving was retracted', () => {
    const history = [enrolled(), left('03-01'), retracted('03-02', 'left', 'r-left', 'PersonLeft')];
    it('accepts facts after the old leaving date: the person counts as active again', () =>
      spec.given(history).when(command<C>('RecordLifePlanConversation', { personId: 'p1', leaderId: 'lead1' }, { occurredAt: on('04-01') })).then([
        { type: 'LifePlanConversationHeld', data: { personId: 'p1', leaderId: 'lead1' } },
      ]));
    it('rejects restoring the leaving once facts were recorded after it, naming them', () =>
      spec.given([...history, trained('04-01')]).when(retract('r-left', [teamFact('wk3', 't1', '05-01')])).thenThrows({ code: 'CONFLICT', facts: ['training', 'wk3'] }));
    it('restores the leaving when nothing was recorded after it', () =>
      spec.given(history).when(retract('r-left')).then([{ type: 'FactRetracted', data: { factId: 'r-left', factType: 'FactRetracted', reason: 'did not attend' } }]));
  });
});
