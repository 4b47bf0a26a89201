import { command, deciderSpec } from '@norte/testing';
import type { TeamCommand as C, TeamContext } from './team.commands';
import { teamDecider } from './team.decide';
import { blocked, cancelled, completed, context, on, options, planned, retracted, started, survey, unblocked, workshop } from './team.fixtures.spec';

const spec = deciderSpec(teamDecider);
const retract = (factId: string, ctx: TeamContext = context) => command<C>('RetractTeamFact', { teamId: 't1', factId, reason: 'duplicate entry' }, options('05-01', ctx));
const retraction = (factId: string, factType: string) => ({ type: 'FactRetracted' as const, data: { factId, factType, reason: 'duplicate entry' } });

describe('team retractions', () => {
  describe('when the fact counts', () => {
    it('retracts a measurement', () => spec.given([survey()]).when(retract('survey')).then([retraction('survey', 'SurveyResultRecorded')]));
    it('retracts a fact of an archived team (corrections are always possible)', () =>
      spec.given([survey()]).when(retract('survey', { ...context, team: { status: 'archived', archivedAt: on('03-01') } })).then([retraction('survey', 'SurveyResultRecorded')]));
    it('retracts the latest transition of an item', () => spec.given([planned(), started(), completed()]).when(retract('i1-completed')).then([retraction('i1-completed', 'RoadmapItemCompleted')]));
    it('retracts a start when completion is still valid from planned', () => spec.given([planned(), started(), completed()]).when(retract('i1-started')).then([retraction('i1-started', 'RoadmapItemStarted')]));
    it('rejects an unknown fact', () => spec.given([survey()]).when(retract('nope')).thenThrows({ code: 'NOT_FOUND', field: 'factId' }));
  });

  describe('when later facts depend on it', () => {
    it('rejects retracting a planned item with transitions, naming them', () =>
      spec.given([planned(), started(), blocked()]).when(retract('i1-planned')).thenThrows({ code: 'CONFLICT', field: 'factId', facts: ['i1-started', 'i1-blocked'] }));
    it('rejects retracting a block that an unblock follows', () =>
      spec.given([planned(), started(), blocked(), unblocked()]).when(retract('i1-blocked')).thenThrows({ code: 'CONFLICT', facts: ['i1-unblocked'] }));
  });

  describe('when the fact is already retracted', () => {
    it('rejects retracting it twice', () =>
      spec.given([survey(), retracted('03-01', 'survey', 'r1', 'SurveyResultRecorded')]).when(retract('survey')).thenThrows({ code: 'CONFLICT', field: 'factId', facts: ['r1'] }));
    it('restores it by retracting the retraction', () =>
      spec.given([survey(), retracted('03-01', 'survey', 'r1', 'SurveyResultRecorded')]).when(retract('r1')).then([retraction('r1', 'FactRetracted')]));
    it('rejects restoring a cancellation once the item moved on, naming the later transitions', () =>
      spec.given([planned(), cancelled('i1', '02-05'), retracted('02-06', 'i1-cancelled', 'r1', 'RoadmapItemCancelled'), started('i1', '02-10')]).when(retract('r1')).thenThrows({ code: 'CONFLICT', facts: ['i1-started'] }));
    it('rejects restoring a workshop whose attendee was not a member at its date', () => {
      const history = [workshop('wk', '02-15', ['p1', 'p2']), retracted('03-01', 'wk', 'r1', 'WorkshopHeld')];
      const corrected: TeamContext = { ...context, memberships: context.memberships.filter((m) => m.personId !== 'p2') };
      spec.given(history).when(retract('r1', corrected)).thenThrows({ code: 'CONFLICT', field: 'factId', message: /p2 would not be active/ });
      spec.given(history).when(retract('r1')).then([retraction('r1', 'FactRetracted')]);
    });
  });
});
