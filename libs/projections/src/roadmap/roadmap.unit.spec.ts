import { eventLog, fold } from '../audit-trail/log.fixtures.spec';
import { roadmapProjection } from './roadmap.projection';
import { roadmapAttention, teamRoadmap } from './roadmap.queries';
import { foldThroughV8, throughV8 } from './snapshot.fixtures.spec';

const plan = (itemId: string, dueDate: string, extra: Record<string, unknown> = {}) => ({
  itemId,
  processId: 'true-north',
  practiceId: 'mission',
  title: `Item ${itemId}`,
  ownerId: 'ana',
  dueDate,
  ...extra,
});

describe('roadmap read model', () => {
  describe('an item taken through its life', () => {
    const log = eventLog();
    log.team('desk', 'RoadmapItemPlanned', plan('i1', '2025-06-30'), { at: '2025-01-10' });
    log.team('desk', 'RoadmapItemStarted', { itemId: 'i1' }, { at: '2025-01-20' });
    log.team('desk', 'RoadmapItemBlocked', { itemId: 'i1', reason: 'Waiting for the board' }, { at: '2025-02-01' });
    log.team('desk', 'RoadmapItemRescheduled', { itemId: 'i1', dueDate: '2025-09-30', reason: 'Board meets in July' }, { at: '2025-02-02' });
    log.team('desk', 'RoadmapItemUnblocked', { itemId: 'i1' }, { at: '2025-02-10' });
    log.team('desk', 'RoadmapItemCompleted', { itemId: 'i1', evidence: 'Minutes of 12 sessions' }, { at: '2025-03-10' });
    const state = fold(roadmapProjection, log.events.slice(0, 4));

    it('shows the current status, due date and blocking reason', () => {
      const [item] = teamRoadmap(state, 'desk', '2025-03-01');
      expect(item).toMatchObject({
        itemId: 'i1', processId: 'true-north', practiceId: 'mission', title: 'Item i1', ownerId: 'ana',
        dueDate: '2025-09-30', status: 'blocked', blockedReason: 'Waiting for the board', plannedAt: '2025-01-10T12:00:00.000Z', overdue: false,
      });
    });

    it('keeps the history of accepted changes with the status after each', () => {
      const [item] = teamRoadmap(state, 'desk', '2025-03-01');
      expect(item.history.map((h) => [h.change, h.status, h.dueDate, h.reason])).toEqual([
        ['planned', 'planned', '2025-06-30', null],
        ['started', 'in-progress', null, null],
        ['blocked', 'blocked', null, 'Waiting for the board'],
        ['rescheduled', 'blocked', '2025-09-30', 'Board meets in July'],
      ]);
    });

    it('resumes the status before blocking when unblocked, and is done once completed', () => {
      expect(teamRoadmap(fold(roadmapProjection, log.events.slice(0, 5)), 'desk', '2025-03-01')[0]).toMatchObject({ status: 'in-progress', blockedReason: null });
      const [done] = teamRoadmap(fold(roadmapProjection, log.events), 'desk', '2025-12-01');
      expect(done).toMatchObject({ status: 'done', overdue: false, updatedAt: '2025-03-10T12:00:00.000Z' });
      expect(done.history.slice(-2).map((h) => [h.change, h.status, h.evidence])).toEqual([
        ['unblocked', 'in-progress', null],
        ['completed', 'done', 'Minutes of 12 sessions'],
      ]);
    });
  });

  describe('overdue and attention', () => {
    const log = eventLog();
    log.team('desk', 'RoadmapItemPlanned', plan('late', '2025-02-28'));
    log.team('desk', 'RoadmapItemPlanned', plan('today', '2025-03-01'));
    log.team('desk', 'RoadmapItemPlanned', plan('done', '2025-01-31'));
    log.team('desk', 'RoadmapItemCompleted', { itemId: 'done', evidence: 'Minutes' });
    log.team('desk', 'RoadmapItemPlanned', plan('dropped', '2025-01-31'));
    log.team('desk', 'RoadmapItemCancelled', { itemId: 'dropped', reason: null });
    log.team('desk', 'RoadmapItemPlanned', plan('stuck', '2025-12-31'));
    log.team('desk', 'RoadmapItemBlocked', { itemId: 'stuck', reason: 'No budget' });
    log.team('phones', 'RoadmapItemPlanned', plan('late-phones', '2025-01-15'));
    log.team('elsewhere', 'RoadmapItemPlanned', plan('late-elsewhere', '2025-01-15'));
    const state = fold(roadmapProjection, log.events);

    it('flags items due before today that are neither done nor cancelled', () => {
      const flags = Object.fromEntries(teamRoadmap(state, 'desk', '2025-03-01').map((i) => [i.itemId, i.overdue]));
      expect(flags).toEqual({ late: true, today: false, done: false, dropped: false, stuck: false });
    });

    it('lists items soonest due first', () => {
      expect(teamRoadmap(state, 'desk', '2025-03-01').map((i) => i.itemId)).toEqual(['done', 'dropped', 'late', 'today', 'stuck']);
    });

    it('lists the overdue and blocked items of the given teams only', () => {
      const attention = roadmapAttention(state, ['desk', 'phones'], '2025-03-01');
      expect(attention.map((i) => [i.teamId, i.itemId, i.status, i.overdue])).toEqual([
        ['phones', 'late-phones', 'planned', true],
        ['desk', 'late', 'planned', true],
        ['desk', 'stuck', 'blocked', false],
      ]);
    });

    it('knows nothing of a team without items', () => {
      expect(teamRoadmap(state, 'nobody', '2025-03-01')).toEqual([]);
    });
  });

  describe('corrections', () => {
    const log = eventLog();
    const planned = log.team('desk', 'RoadmapItemPlanned', plan('i1', '2025-06-30'), { at: '2025-01-10' });
    const blocked = log.team('desk', 'RoadmapItemBlocked', { itemId: 'i1', reason: 'Waiting' }, { at: '2025-01-20' });
    const unblock = log.retract(blocked);
    const reblock = log.retract(unblock);

    it('drops a retracted change from the status and the history', () => {
      const [item] = teamRoadmap(fold(roadmapProjection, log.events.slice(0, 3)), 'desk', '2025-03-01');
      expect(item.status).toBe('planned');
      expect(item.history.map((h) => h.eventId)).toEqual([planned.eventId]);
    });

    it('restores the change when its retraction is retracted', () => {
      const [item] = teamRoadmap(fold(roadmapProjection, log.events), 'desk', '2025-03-01');
      expect(item.status).toBe('blocked');
      expect(item.history.map((h) => h.eventId)).toEqual([planned.eventId, blocked.eventId]);
      expect(reblock.type).toBe('FactRetracted');
    });

    it('removes an item whose planning is retracted, and brings it back with its later facts', () => {
      const more = eventLog();
      const p = more.team('desk', 'RoadmapItemPlanned', plan('i2', '2025-01-31'));
      more.team('desk', 'RoadmapItemStarted', { itemId: 'i2' });
      const r = more.retract(p);
      expect(teamRoadmap(fold(roadmapProjection, more.events), 'desk', '2025-03-01')).toEqual([]);
      expect(roadmapAttention(fold(roadmapProjection, more.events), ['desk'], '2025-03-01')).toEqual([]);
      more.retract(r);
      expect(teamRoadmap(fold(roadmapProjection, more.events), 'desk', '2025-03-01')).toMatchObject([{ itemId: 'i2', status: 'in-progress', overdue: true }]);
    });

    it('replays facts in business time, whatever order they were recorded in', () => {
      const more = eventLog();
      more.team('desk', 'RoadmapItemPlanned', plan('i3', '2025-06-30'), { at: '2025-01-10' });
      more.team('desk', 'RoadmapItemCompleted', { itemId: 'i3', evidence: 'Done' }, { at: '2025-03-01' });
      more.team('desk', 'RoadmapItemStarted', { itemId: 'i3' }, { at: '2025-02-01' });
      const [item] = teamRoadmap(fold(roadmapProjection, more.events), 'desk', '2025-03-02');
      expect(item.history.map((h) => h.change)).toEqual(['planned', 'started', 'completed']);
      expect(item.status).toBe('done');
    });
  });

  it('answers from the facts, not from an earlier reading, as facts and retractions arrive', () => {
    const log = eventLog();
    log.team('desk', 'RoadmapItemPlanned', plan('i1', '2025-06-30'));
    const blocked = log.team('desk', 'RoadmapItemBlocked', { itemId: 'i1', reason: 'Waiting' });
    const state = fold(roadmapProjection, log.events);
    const attention = () => roadmapAttention(state, ['desk'], '2025-03-01').map((i) => [i.itemId, i.status]);
    expect(attention()).toEqual([['i1', 'blocked']]);
    const unblocking = log.retract(blocked);
    fold(roadmapProjection, [unblocking], state);
    expect(attention()).toEqual([]);
    fold(roadmapProjection, [log.retract(unblocking)], state);
    expect(attention()).toEqual([['i1', 'blocked']]);
    fold(roadmapProjection, [log.team('desk', 'RoadmapItemCancelled', { itemId: 'i1', reason: null })], state);
    expect(attention()).toEqual([]);
    expect(teamRoadmap(state, 'desk', '2025-03-01')[0].status).toBe('cancelled');
  });

  it('never counts a fact recorded after its own retraction (a log no decider writes)', () => {
    const log = eventLog();
    log.team('desk', 'RoadmapItemPlanned', plan('i1', '2025-06-30'));
    const early = log.append('team-desk', 'FactRetracted', { factId: 'late', factType: 'RoadmapItemStarted', reason: 'Too early' });
    log.team('desk', 'RoadmapItemStarted', { itemId: 'i1' }, { id: 'late' });
    expect(teamRoadmap(fold(roadmapProjection, log.events), 'desk', '2025-03-01')[0].status).toBe('planned');
    log.retract(early);
    expect(teamRoadmap(fold(roadmapProjection, log.events), 'desk', '2025-03-01')[0].status).toBe('in-progress');
  });

  describe('snapshots', () => {
    const log = eventLog();
    const uuid = (n: number) => `${String(n).padStart(8, '0')}-0000-4000-8000-00000000000${n % 10}`;
    const p = log.team('desk', 'RoadmapItemPlanned', plan('i1', '2025-06-30'), { id: uuid(1) });
    const b = log.team('desk', 'RoadmapItemBlocked', { itemId: 'i1', reason: 'Waiting' }, { id: uuid(2) });
    const r = log.retract(b, { id: uuid(3) });
    log.retract(r);
    log.team('desk', 'RoadmapItemRescheduled', { itemId: 'i1', dueDate: '2025-07-31', reason: 'Later' });
    log.team('phones', 'RoadmapItemPlanned', plan('i1', '2025-05-31', { title: 'Same id, other team' }));
    log.team('phones', 'RoadmapItemCompleted', { itemId: 'i1', evidence: 'Minutes' });
    const answers = (state: ReturnType<typeof roadmapProjection.init>) => [
      teamRoadmap(state, 'desk', '2025-08-01'),
      teamRoadmap(state, 'phones', '2025-08-01'),
      roadmapAttention(state, ['desk', 'phones'], '2025-08-01'),
    ];
    const rebuilt = answers(fold(roadmapProjection, log.events));

    it('gives the same answers through a v8 snapshot, taken after any event, as a full rebuild', () => {
      expect(p.eventId).toBe(uuid(1));
      expect(rebuilt[0][0].history.map((h) => h.eventId)).toEqual([uuid(1), uuid(2), 'e5']);
      for (let split = 0; split <= log.events.length; split++) expect(answers(foldThroughV8(roadmapProjection, log.events, split))).toEqual(rebuilt);
    });

    it('keeps items of the same id on different teams apart, also after a snapshot', () => {
      const restored = throughV8(roadmapProjection, fold(roadmapProjection, log.events));
      expect(teamRoadmap(restored, 'phones', '2025-08-01')).toMatchObject([{ teamId: 'phones', itemId: 'i1', title: 'Same id, other team', status: 'done' }]);
      const more = eventLog();
      more.team('phones', 'RoadmapItemStarted', { itemId: 'i1' }, { id: 'x1' });
      more.team('desk', 'RoadmapItemUnblocked', { itemId: 'i1' }, { id: 'x2', at: '2025-07-01' });
      const caughtUp = fold(roadmapProjection, more.events, restored);
      expect(teamRoadmap(caughtUp, 'desk', '2025-08-01')[0]).toMatchObject({ status: 'planned', dueDate: '2025-07-31', overdue: true });
      expect(teamRoadmap(caughtUp, 'desk', '2025-08-01')[0].history.map((h) => [h.eventId, h.change])).toEqual([
        [uuid(1), 'planned'], [uuid(2), 'blocked'], ['e5', 'rescheduled'], ['x2', 'unblocked'],
      ]);
      // A done item takes no start: the domain's state machine refuses it.
      expect(teamRoadmap(caughtUp, 'phones', '2025-08-01')[0].history.map((h) => h.change)).toEqual(['planned', 'completed']);
    });
  });
});
