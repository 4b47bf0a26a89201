import { eventLog, fold, foldThroughSnapshot, snapshotText } from '../audit-trail/log.fixtures.spec';
import { EXECUTIVE, type Reader } from '../audit-trail/access';
import { activityFeedProjection } from './activity-feed.projection';
import { readFeed, type FeedRequest } from './activity-feed.queries';

const MINIMUM = 5;
const request = (extra: Partial<FeedRequest> = {}): FeedRequest => ({ first: 50, reader: EXECUTIVE, confidentialityMinimum: MINIMUM, ...extra });
const scores = { reliability: 4, accessibility: 4, timeliness: 4, proactivity: 4, warmth: 5, advice: 3 };
const protocol = { greeting: true, identification: false, closing: true };

function program() {
  const log = eventLog();
  log.org('CourseDefined', { courseId: 'svc-101', title: 'Service basics', processId: 'service-excellence', audience: 'front-line' });
  log.person('ana', 'PersonEnrolled', { externalId: 'E1', name: 'Ana Zuleta', email: 'ana@acme.test', teamId: 'desk', role: 'lead', jobProfileId: null }, { at: '2025-01-01' });
  log.person('ben', 'PersonEnrolled', { externalId: 'E2', name: 'Ben Ortiz', email: 'ben@acme.test', teamId: 'desk', role: 'member', jobProfileId: null }, { at: '2025-01-01' });
  const workshop = log.team('desk', 'WorkshopHeld', { workshopId: 'w1', kind: 'empathy', name: 'Empathy lab', attendeeIds: ['ana', 'ben'] }, { at: '2025-02-01' });
  const coaching = log.team('desk', 'CoachingSessionHeld', {
    sessionId: 's1', coachId: 'ana', coacheeIds: ['ben'], durationMinutes: 45, focusProcessId: 'leadership', privateNote: 'Talked about his divorce',
  }, { at: '2025-02-02' });
  const training = log.person('ben', 'TrainingCompleted', { courseId: 'svc-101', score: 80 }, { at: '2025-02-03' });
  const recognition = log.team('desk', 'RecognitionGranted', { personId: 'ben', reason: 'Stayed late to help a patient' }, { at: '2025-02-04' });
  const planned = log.team('desk', 'RoadmapItemPlanned', { itemId: 'i1', processId: 'true-north', practiceId: 'mission', title: 'Cascade the mission', ownerId: 'ana', dueDate: '2025-06-30' }, { at: '2025-02-05' });
  const blocked = log.team('desk', 'RoadmapItemBlocked', { itemId: 'i1', reason: 'Waiting for the board' }, { at: '2025-02-06' });
  const fewAnswers = log.team('desk', 'SurveyResultRecorded', { kind: 'climate', score: 2.1, responseCount: 3 }, { at: '2025-02-07' });
  const csat = log.team('desk', 'CsatRecorded', { score: 4.4, responseCount: 20 }, { at: '2025-02-08' });
  const shop = log.team('phones', 'MysteryShopRecorded', { channel: 'phone', scores, protocol }, { at: '2025-02-09' });
  const kpi = log.team('phones', 'KpiMeasured', { channel: 'phone', metric: 'first-response-minutes', value: 2.5 }, { at: '2025-02-10' });
  const elsewhere = log.team('other', 'CsatRecorded', { score: 3, responseCount: 9 }, { at: '2025-02-11' });
  return { log, workshop, coaching, training, recognition, planned, blocked, fewAnswers, csat, shop, kpi, elsewhere };
}

describe('activity feed read model', () => {
  describe('a unit with two teams', () => {
    const p = program();
    const state = fold(activityFeedProjection, p.log.events);
    const page = readFeed(state, ['desk', 'phones'], request());

    it('lists the facts of the unit’s teams, newest first, and nothing of other teams', () => {
      expect(page.entries.map((e) => e.eventId)).toEqual(
        [p.kpi, p.shop, p.csat, p.fewAnswers, p.blocked, p.planned, p.recognition, p.training, p.coaching, p.workshop].map((e) => e.eventId),
      );
      expect(page.hasMore).toBe(false);
    });

    it('shows a coaching session without its private note', () => {
      const entry = page.entries.find((e) => e.eventId === p.coaching.eventId)!;
      expect(entry.details).toEqual({ kind: 'coaching', coachId: 'ana', coacheeIds: ['ben'], durationMinutes: 45, focusProcessId: 'leadership' });
      expect(JSON.stringify(state)).not.toContain('divorce');
    });

    it('places a training on the team the person was on at its date, with the course title and no score', () => {
      const entry = page.entries.find((e) => e.eventId === p.training.eventId)!;
      expect(entry).toMatchObject({ teamId: 'desk', details: { kind: 'training', personId: 'ben', courseId: 'svc-101', courseTitle: 'Service basics' } });
      expect(entry.details).not.toHaveProperty('score');
    });

    it('names roadmap changes with the item’s title', () => {
      expect(page.entries.find((e) => e.eventId === p.blocked.eventId)!.details).toEqual({
        kind: 'roadmap', itemId: 'i1', change: 'blocked', title: 'Cascade the mission', processId: 'true-north', dueDate: null, reason: 'Waiting for the board', evidence: null,
      });
    });

    it('summarises a mystery shop and a KPI', () => {
      expect(page.entries[1].details).toEqual({ kind: 'mystery-shop', channel: 'phone', meanScore: 4, protocolCompliance: 2 / 3 });
      expect(page.entries[0].details).toEqual({ kind: 'kpi', channel: 'phone', metric: 'first-response-minutes', value: 2.5 });
    });

    it('keeps no names or e-mails', () => {
      expect(snapshotText(activityFeedProjection, state)).not.toMatch(/Ana Zuleta|ana@acme|Ben Ortiz/);
    });
  });

  describe('confidentiality', () => {
    const p = program();
    const state = fold(activityFeedProjection, p.log.events);
    const surveyFor = (reader: Reader) => readFeed(state, ['desk'], request({ reader })).entries.find((e) => e.eventId === p.fewAnswers.eventId)!.details;

    it.each<Reader>([{ role: 'executive' }, { role: 'team-lead', teamId: 'desk' }])('withholds a score below the minimum from $role', (reader) => {
      expect(surveyFor(reader)).toEqual({ kind: 'survey', surveyKind: 'climate', score: null, responseCount: 3, notEnoughResponses: true });
    });

    it.each<Reader>([{ role: 'hr' }, { role: 'admin' }])('shows it to $role, flagged', (reader) => {
      expect(surveyFor(reader)).toEqual({ kind: 'survey', surveyKind: 'climate', score: 2.1, responseCount: 3, notEnoughResponses: true });
    });

    it('shows a score at or above the minimum to everyone', () => {
      const csat = readFeed(state, ['desk'], request()).entries.find((e) => e.eventId === p.csat.eventId)!;
      expect(csat.details).toEqual({ kind: 'csat', score: 4.4, responseCount: 20, notEnoughResponses: false });
    });
  });

  describe('pages', () => {
    const p = program();
    const state = fold(activityFeedProjection, p.log.events);

    it('pages newest first with the position of the last entry as the cursor', () => {
      const first = readFeed(state, ['desk', 'phones'], request({ first: 4 }));
      expect(first.entries.map((e) => e.eventId)).toEqual([p.kpi, p.shop, p.csat, p.fewAnswers].map((e) => e.eventId));
      expect(first.hasMore).toBe(true);
      const second = readFeed(state, ['desk', 'phones'], request({ first: 4, before: first.entries[3].position }));
      expect(second.entries.map((e) => e.eventId)).toEqual([p.blocked, p.planned, p.recognition, p.training].map((e) => e.eventId));
      const third = readFeed(state, ['desk', 'phones'], request({ first: 4, before: second.entries[3].position }));
      expect(third.entries.map((e) => e.eventId)).toEqual([p.coaching, p.workshop].map((e) => e.eventId));
      expect(third.hasMore).toBe(false);
    });
  });

  describe('corrections', () => {
    const p = program();
    const retraction = p.log.retract(p.recognition);
    const trainingRetraction = p.log.retract(p.training);
    const afterRetractions = fold(activityFeedProjection, p.log.events);
    const restore = p.log.retract(retraction);
    const restored = fold(activityFeedProjection, p.log.events);
    const ids = (state: typeof restored) => readFeed(state, ['desk'], request()).entries.map((e) => e.eventId);

    it('drops retracted facts, from team and person streams, and shows the retractions', () => {
      expect(ids(afterRetractions)).not.toContain(p.recognition.eventId);
      expect(ids(afterRetractions)).not.toContain(p.training.eventId);
      const [latest] = readFeed(afterRetractions, ['desk'], request()).entries;
      expect(latest).toMatchObject({
        eventId: trainingRetraction.eventId,
        teamId: 'desk',
        details: { kind: 'retraction', retractedEventId: p.training.eventId, retractedKind: 'training', reason: `Correcting ${p.training.eventId}` },
      });
    });

    it('brings a fact back when its retraction is retracted, and drops that retraction', () => {
      expect(ids(restored)).toContain(p.recognition.eventId);
      expect(ids(restored)).not.toContain(retraction.eventId);
      expect(readFeed(restored, ['desk'], request()).entries[0]).toMatchObject({
        eventId: restore.eventId,
        details: { kind: 'retraction', retractedEventId: retraction.eventId, retractedKind: 'retraction' },
      });
    });

    it('ignores retractions of facts it does not show', () => {
      const log = eventLog();
      const ack = log.person('ana', 'PolicyAcknowledged', { policyVersion: 1 });
      log.retract(ack);
      expect(fold(activityFeedProjection, log.events).entries).toEqual({});
    });

    it('gives the same state through a snapshot on disk as a full rebuild', () => {
      for (let split = 0; split <= p.log.events.length; split++) {
        expect(foldThroughSnapshot(activityFeedProjection, p.log.events, split)).toEqual(restored);
      }
    });
  });

  it('places a training on the team its person had moved to by then', () => {
    const log = eventLog();
    log.person('ben', 'PersonEnrolled', { externalId: 'E2', name: 'Ben', email: 'b@x.test', teamId: 'desk', role: 'member', jobProfileId: null }, { at: '2025-01-01' });
    log.person('ben', 'PersonMovedTeam', { fromTeamId: 'desk', toTeamId: 'phones', role: 'member' }, { at: '2025-03-01' });
    const before = log.person('ben', 'TrainingCompleted', { courseId: 'c', score: null }, { at: '2025-02-01' });
    const after = log.person('ben', 'TrainingCompleted', { courseId: 'c', score: null }, { at: '2025-03-02' });
    const state = fold(activityFeedProjection, log.events);
    expect(readFeed(state, ['desk'], request()).entries.map((e) => e.eventId)).toEqual([before.eventId]);
    expect(readFeed(state, ['phones'], request()).entries.map((e) => e.eventId)).toEqual([after.eventId]);
  });
});
