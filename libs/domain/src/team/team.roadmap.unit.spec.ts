import { command, deciderSpec, stamp } from '@norte/testing';
import type { TeamCommand as C, TeamContext } from './team.commands';
import { teamDecider } from './team.decide';
import type { TeamEvent } from './team.events';
import { blocked, cancelled, completed, context, on, options, planned, retracted, started, unblocked } from './team.fixtures.spec';

const spec = deciderSpec(teamDecider);
const plan = { teamId: 't1', itemId: 'i1', processId: 'leadership', practiceId: 'teaching-learning', title: ' Monthly teach-back ', ownerId: 'p1', dueDate: '2026-09-30' };
const plannedEvent: TeamEvent = { type: 'RoadmapItemPlanned', data: { ...plan, processId: 'leadership', practiceId: 'teaching-learning', title: 'Monthly teach-back' } };
const planWith = (data: Partial<typeof plan>, ctx?: TeamContext, day = '05-01') => command<C>('PlanRoadmapItem', { ...plan, ...data }, options(day, ctx));
const i1 = { teamId: 't1', itemId: 'i1' };
const act = (type: C['type'], extra: object = {}, day = '05-01') => command<C>(type, { ...i1, ...extra } as C['data'], options(day));

describe('team roadmap', () => {
  describe('when the item is new', () => {
    it('plans it for a process and one of its practices', () =>
      spec.given().when(planWith({})).then([plannedEvent]));
    it('rejects an unknown process, or a practice of another process', () => {
      spec.given().when(planWith({ processId: 'P4' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'processId' });
      spec.given().when(planWith({ practiceId: 'mission' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'practiceId' });
    });
    it('rejects an impossible due date, an empty title and a bad owner id', () => {
      spec.given().when(planWith({ dueDate: '2026-02-30' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'dueDate' });
      spec.given().when(planWith({ title: '' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'title' });
      spec.given().when(planWith({ ownerId: 'a/b' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'ownerId' });
    });
    it('rejects an id already used, even by a retracted item', () =>
      spec.given([planned(), retracted('02-01', 'i1-planned', 'r1', 'RoadmapItemPlanned')]).when(planWith({})).thenThrows({ code: 'CONFLICT', field: 'itemId', facts: ['i1-planned'] }));
    it('rejects an unknown team, and a team archived by that date', () => {
      spec.given().when(planWith({}, { ...context, team: { status: 'unknown' } })).thenThrows({ code: 'NOT_FOUND', field: 'teamId' });
      spec.given().when(planWith({}, { ...context, team: { status: 'archived', archivedAt: on('04-01') } })).thenThrows({ code: 'CONFLICT', field: 'teamId' });
    });
    it('accepts a fact dated before the team was archived', () =>
      spec.given().when(planWith({}, { ...context, team: { status: 'archived', archivedAt: on('04-01') } }, '03-01')).then([plannedEvent]));
    it('rejects a transition of an item never planned', () => spec.given().when(act('StartRoadmapItem')).thenThrows({ code: 'NOT_FOUND', field: 'itemId' }));
  });

  describe('when the item is planned', () => {
    it('starts it', () => spec.given([planned()]).when(act('StartRoadmapItem')).then([{ type: 'RoadmapItemStarted', data: i1 }]));
    it('completes it with evidence (a start not recorded)', () =>
      spec.given([planned()]).when(act('CompleteRoadmapItem', { evidence: ' Minutes attached ' })).then([{ type: 'RoadmapItemCompleted', data: { ...i1, evidence: 'Minutes attached' } }]));
    it('reschedules it with a reason', () =>
      spec.given([planned()]).when(act('RescheduleRoadmapItem', { dueDate: '2026-12-31', reason: 'Holidays' })).then([
        { type: 'RoadmapItemRescheduled', data: { ...i1, dueDate: '2026-12-31', reason: 'Holidays' } },
      ]));
    it('rejects rescheduling to the same date, or without a reason', () => {
      spec.given([planned()]).when(act('RescheduleRoadmapItem', { dueDate: '2026-06-30', reason: 'x' })).thenThrows({ code: 'CONFLICT', field: 'dueDate' });
      spec.given([planned()]).when(act('RescheduleRoadmapItem', { dueDate: '2026-12-31', reason: '' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'reason' });
    });
    it('blocks it with a reason, and cancels it', () => {
      spec.given([planned()]).when(act('BlockRoadmapItem', { reason: 'No room' })).then([{ type: 'RoadmapItemBlocked', data: { ...i1, reason: 'No room' } }]);
      spec.given([planned()]).when(act('CancelRoadmapItem', { reason: null })).then([{ type: 'RoadmapItemCancelled', data: { ...i1, reason: null } }]);
    });
    it('rejects a transition dated before the item’s latest fact, naming it', () =>
      spec.given([planned(), started('i1', '03-01')]).when(act('CompleteRoadmapItem', { evidence: 'x' }, '02-01')).thenThrows({ code: 'CONFLICT', field: 'occurredAt', facts: ['i1-started'] }));
  });

  describe('when the item is blocked', () => {
    it('unblocks it back to where it was: in progress, which cannot start again', () => {
      spec.given([planned(), started(), blocked()]).when(act('UnblockRoadmapItem')).then([{ type: 'RoadmapItemUnblocked', data: i1 }]);
      spec.given([planned(), started(), blocked(), unblocked()]).when(act('StartRoadmapItem')).thenThrows({ code: 'CONFLICT', field: 'itemId', facts: ['i1-unblocked'] });
    });
    it('still resumes where it was after being rescheduled while blocked', () => {
      const rescheduled = { type: 'RoadmapItemRescheduled' as const, data: { ...i1, dueDate: '2026-12-01', reason: 'Waiting for budget' } };
      const history = [planned(), started(), blocked(), stamp(rescheduled, on('02-15')), unblocked()];
      spec.given(history).when(act('CompleteRoadmapItem', { evidence: 'Done' })).then([{ type: 'RoadmapItemCompleted', data: { ...i1, evidence: 'Done' } }]);
      spec.given(history).when(act('StartRoadmapItem')).thenThrows({ code: 'CONFLICT', field: 'itemId' });
    });
    it('rejects completing or blocking it again', () => {
      spec.given([planned(), blocked()]).when(act('CompleteRoadmapItem', { evidence: 'x' })).thenThrows({ code: 'CONFLICT', field: 'itemId' });
      spec.given([planned(), blocked()]).when(act('BlockRoadmapItem', { reason: 'x' })).thenThrows({ code: 'CONFLICT', field: 'itemId' });
    });
  });

  describe('the state machine, row by row', () => {
    const histories = {
      planned: [planned()],
      'in-progress': [planned(), started()],
      blocked: [planned(), started(), blocked()],
      done: [planned(), started(), completed()],
      cancelled: [planned(), cancelled()],
    };
    const commands = {
      StartRoadmapItem: {},
      CompleteRoadmapItem: { evidence: 'e' },
      RescheduleRoadmapItem: { dueDate: '2027-01-15', reason: 'r' },
      BlockRoadmapItem: { reason: 'r' },
      UnblockRoadmapItem: {},
      CancelRoadmapItem: { reason: 'r' },
    } as const;
    const allowed: Record<keyof typeof histories, readonly (keyof typeof commands)[]> = {
      planned: ['StartRoadmapItem', 'CompleteRoadmapItem', 'RescheduleRoadmapItem', 'BlockRoadmapItem', 'CancelRoadmapItem'],
      'in-progress': ['CompleteRoadmapItem', 'RescheduleRoadmapItem', 'BlockRoadmapItem', 'CancelRoadmapItem'],
      blocked: ['RescheduleRoadmapItem', 'UnblockRoadmapItem', 'CancelRoadmapItem'],
      done: [],
      cancelled: [],
    };
    for (const [status, history] of Object.entries(histories) as [keyof typeof histories, typeof histories.planned][]) {
      for (const [type, extra] of Object.entries(commands) as [keyof typeof commands, object][]) {
        const ok = allowed[status].includes(type);
        it(`${ok ? 'accepts' : 'rejects'} ${type} when ${status}`, () => {
          const given = spec.given(history).when(act(type, extra));
          if (ok) expect(() => given.then([expect.objectContaining({ type: expect.any(String) })])).not.toThrow();
          else given.thenThrows({ code: 'CONFLICT', field: 'itemId' });
        });
      }
    }
  });
});
