import { eventLog, fold, foldThroughSnapshot, snapshotText } from '../audit-trail/log.fixtures.spec';
import { EXECUTIVE, type Reader } from '../audit-trail/access';
import type { DecodedEvent } from '../shared/projection';
import { activityFeedProjection, entryCount, type ActivityFeedState } from './activity-feed.projection';
import { readFeed as readPage, refKey, type EventLookup, type FeedRequest } from './activity-feed.queries';

const MINIMUM = 5;
const request = (extra: Partial<FeedRequest> = {}): FeedRequest => ({ first: 50, reader: EXECUTIVE, confidentialityMinimum: MINIMUM, ...extra });
const scores = { reliability: 4, accessibility: 4, timeliness: 4, proactivity: 4, warmth: 5, advice: 3 };
const protocol = { greeting: true, identification: false, closing: true };

/** The log the API reads a page's events from, here in memory. */
function lookupIn(events: readonly DecodedEvent[]): EventLookup {
  const byRef = new Map(events.map((e) => [refKey(e), e]));
  return (ref) => byRef.get(refKey(ref));
}

/** Reads pages of a state folded from (a prefix of) this log. */
const feedOf = (events: readonly DecodedEvent[]) => (state: ActivityFeedState, teamIds: readonly string[], req: FeedRequest) =>
  readPage(state, teamIds, req, lookupIn(events));

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
    const readFeed = feedOf(p.log.events);
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
      expect(snapshotText(activityFeedProjection, state)).not.toContain('divorce');
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
    const readFeed = feedOf(p.log.events);
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
    const readFeed = feedOf(p.log.events);

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
    const readFeed = feedOf(p.log.events);
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
      expect(entryCount(fold(activityFeedProjection, log.events))).toBe(0);
    });

    it('gives the same state through a snapshot on disk as a full rebuild', () => {
      for (let split = 0; split <= p.log.events.length; split++) {
        expect(foldThroughSnapshot(activityFeedProjection, p.log.events, split)).toEqual(restored);
      }
    });
  });

  describe('pages across many teams', () => {
    // Three teams whose entries interleave in global order, one retracted fact in the middle.
    const log = eventLog();
    const facts = Array.from({ length: 30 }, (_, i) => log.team(['a', 'b', 'c'][i % 3], 'KpiMeasured', { channel: 'phone', metric: 'first-response-minutes', value: i }));
    log.retract(facts[10]);
    const state = fold(activityFeedProjection, log.events);
    const readFeed = feedOf(log.events);
    const counting = facts.filter((_, i) => i !== 10).map((f) => f.eventId).reverse();

    it.each([1, 2, 4, 7, 29, 50])('reads every counting entry once, newest first, in pages of %i', (first) => {
      const seen: string[] = [];
      let before: string | null = null;
      for (let pages = 0; pages < 40; pages++) {
        const page = readFeed(state, ['c', 'a', 'b', 'a'], request({ first, before }));
        seen.push(...page.entries.map((e) => e.eventId));
        if (!page.hasMore) break;
        before = page.entries[page.entries.length - 1].position;
      }
      // The retraction is newest of all, on team b.
      expect(seen).toEqual([log.events[30].eventId, ...counting]);
    });

    it('reads only the teams asked for, and nothing of unknown teams', () => {
      expect(readFeed(state, ['c', 'nowhere'], request()).entries.map((e) => e.eventId)).toEqual(facts.filter((_, i) => i % 3 === 2).map((f) => f.eventId).reverse());
    });
  });

  describe('a chain of retractions', () => {
    const log = eventLog();
    const fact = log.team('desk', 'RecognitionGranted', { personId: 'ben', reason: 'Helped' });
    const r1 = log.retract(fact);
    const r2 = log.retract(r1);
    const r3 = log.retract(r2);
    const readFeed = feedOf(log.events);
    const shown = (upTo: number) => readFeed(fold(activityFeedProjection, log.events.slice(0, upTo)), ['desk'], request()).entries.map((e) => e.eventId);

    it('flips the fact and each retraction at every link', () => {
      expect(shown(1)).toEqual([fact.eventId]);
      expect(shown(2)).toEqual([r1.eventId]);
      expect(shown(3)).toEqual([r2.eventId, fact.eventId]);
      expect(shown(4)).toEqual([r3.eventId, r1.eventId]);
    });

    it('names what each retraction retracts', () => {
      const [latest, earlier] = readFeed(fold(activityFeedProjection, log.events), ['desk'], request()).entries;
      expect(latest.details).toEqual({ kind: 'retraction', retractedEventId: r2.eventId, retractedKind: 'retraction', reason: `Correcting ${r2.eventId}` });
      expect(earlier.details).toEqual({ kind: 'retraction', retractedEventId: fact.eventId, retractedKind: 'recognition', reason: `Correcting ${fact.eventId}` });
    });
  });

  it('finds retraction targets by UUID event id, as the API derives them', () => {
    const log = eventLog();
    const id = (n: number) => `0000000${n}-91d4-53d4-bd13-d4b63ccb82b1`;
    const kept = log.team('desk', 'CsatRecorded', { score: 4, responseCount: 9 }, { id: id(1) });
    const dropped = log.team('desk', 'CsatRecorded', { score: 3, responseCount: 9 }, { id: id(2) });
    const retraction = log.retract(dropped, { id: id(3) });
    const entries = feedOf(log.events)(fold(activityFeedProjection, log.events), ['desk'], request()).entries;
    expect(entries.map((e) => e.eventId)).toEqual([retraction.eventId, kept.eventId]);
    expect(entries[0].details).toMatchObject({ retractedEventId: dropped.eventId, retractedKind: 'csat' });
  });

  it('answers the same after a snapshot round trip (structured clone)', () => {
    const p = program();
    p.log.retract(p.recognition);
    const readFeed = feedOf(p.log.events);
    const state = fold(activityFeedProjection, p.log.events);
    const restored = foldThroughSnapshot(activityFeedProjection, p.log.events, p.log.events.length);
    for (const req of [request(), request({ first: 3 }), request({ first: 3, before: p.planned.position.toString() })]) {
      expect(readFeed(restored, ['desk', 'phones'], req)).toEqual(readFeed(state, ['desk', 'phones'], req));
    }
  });

  it('titles a roadmap change with its item as planned, and a training with its course as defined then', () => {
    const log = eventLog();
    log.person('ben', 'PersonEnrolled', { externalId: 'E2', name: 'Ben', email: 'b@x.test', teamId: 'desk', role: 'member', jobProfileId: null });
    const early = log.person('ben', 'TrainingCompleted', { courseId: 'c', score: null });
    log.org('CourseDefined', { courseId: 'c', title: 'Basics', processId: 'service-excellence', audience: 'front-line' });
    const late = log.person('ben', 'TrainingCompleted', { courseId: 'c', score: null });
    const orphan = log.team('desk', 'RoadmapItemStarted', { itemId: 'unplanned' });
    const entries = feedOf(log.events)(fold(activityFeedProjection, log.events), ['desk'], request()).entries;
    const byId = new Map(entries.map((e) => [e.eventId, e.details]));
    expect(byId.get(early.eventId)).toMatchObject({ courseTitle: null });
    expect(byId.get(late.eventId)).toMatchObject({ courseTitle: 'Basics' });
    expect(byId.get(orphan.eventId)).toMatchObject({ kind: 'roadmap', change: 'started', title: null, processId: null });
  });

  it('places a training by the membership facts that count when it is recorded', () => {
    const log = eventLog();
    log.person('ben', 'PersonEnrolled', { externalId: 'E2', name: 'Ben', email: 'b@x.test', teamId: 'desk', role: 'member', jobProfileId: null }, { at: '2025-01-01' });
    const move = log.person('ben', 'PersonMovedTeam', { fromTeamId: 'desk', toTeamId: 'phones', role: 'member' }, { at: '2025-02-01' });
    const undo = log.retract(move);
    const whileRetracted = log.person('ben', 'TrainingCompleted', { courseId: 'c', score: null }, { at: '2025-03-01' });
    log.retract(undo);
    const afterRestore = log.person('ben', 'TrainingCompleted', { courseId: 'c', score: null }, { at: '2025-03-02' });
    const state = fold(activityFeedProjection, log.events);
    const readFeed = feedOf(log.events);
    expect(readFeed(state, ['desk'], request()).entries.map((e) => e.eventId)).toEqual([whileRetracted.eventId]);
    expect(readFeed(state, ['phones'], request()).entries.map((e) => e.eventId)).toEqual([afterRestore.eventId]);
  });

  it('places a training on the team its person had moved to by then', () => {
    const log = eventLog();
    log.person('ben', 'PersonEnrolled', { externalId: 'E2', name: 'Ben', email: 'b@x.test', teamId: 'desk', role: 'member', jobProfileId: null }, { at: '2025-01-01' });
    log.person('ben', 'PersonMovedTeam', { fromTeamId: 'desk', toTeamId: 'phones', role: 'member' }, { at: '2025-03-01' });
    const before = log.person('ben', 'TrainingCompleted', { courseId: 'c', score: null }, { at: '2025-02-01' });
    const after = log.person('ben', 'TrainingCompleted', { courseId: 'c', score: null }, { at: '2025-03-02' });
    const state = fold(activityFeedProjection, log.events);
    const readFeed = feedOf(log.events);
    expect(readFeed(state, ['desk'], request()).entries.map((e) => e.eventId)).toEqual([before.eventId]);
    expect(readFeed(state, ['phones'], request()).entries.map((e) => e.eventId)).toEqual([after.eventId]);
  });
});
