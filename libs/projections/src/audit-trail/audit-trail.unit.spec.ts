import { eventLog, fold, foldThroughSnapshot, snapshotText } from './log.fixtures.spec';
import type { Reader } from './access';
import { auditTrailProjection, personRefs } from './audit-trail.projection';
import { auditEntry, hiddenFields } from './audit-trail.entries';
import { counts, emptyRetractions, recordRetraction } from './retractions';

const MINIMUM = 5;
const executive: Reader = { role: 'executive' };
const lead: Reader = { role: 'team-lead', teamId: 'desk' };
const hr: Reader = { role: 'hr' };
const admin: Reader = { role: 'admin' };

describe('retraction tracking', () => {
  it('flips the fact at the end of a chain of retractions', () => {
    const r = emptyRetractions();
    expect(recordRetraction(r, 'r1', 'f')).toEqual([{ factId: 'f', counts: false }]);
    expect(recordRetraction(r, 'r2', 'r1')).toEqual([{ factId: 'f', counts: true }]);
    expect(recordRetraction(r, 'r3', 'r2')).toEqual([{ factId: 'f', counts: false }]);
    expect([counts(r, 'f'), counts(r, 'r1'), counts(r, 'r2'), counts(r, 'r3')]).toEqual([false, true, false, true]);
  });
});

describe('audit trail', () => {
  describe('what each reader sees of an event', () => {
    const enrolled = { personId: 'ana', externalId: 'E1', name: 'Ana Zuleta', email: 'ana@acme.test', teamId: 'desk', role: 'member', jobProfileId: null };
    const coaching = { teamId: 'desk', sessionId: 's1', coachId: 'lead', coacheeIds: ['ana'], durationMinutes: 30, focusProcessId: 'leadership', privateNote: 'Private' };
    const assessed = { personId: 'ana', jobProfileId: 'agent', fit: 'partial', assessorId: 'lead', note: 'Shy with customers' };

    it.each([
      { reader: executive, enrolment: ['name', 'email'], session: ['privateNote'], assessment: ['fit', 'note'] },
      { reader: lead, enrolment: ['name', 'email'], session: ['privateNote'], assessment: ['note'] },
      { reader: hr, enrolment: [], session: [], assessment: [] },
      { reader: admin, enrolment: [], session: ['privateNote'], assessment: [] },
    ])('hides from $reader.role: names $enrolment, coaching $session, assessment $assessment', ({ reader, enrolment, session, assessment }) => {
      expect(hiddenFields('PersonEnrolled', enrolled, reader, MINIMUM)).toEqual(enrolment);
      expect(hiddenFields('CoachingSessionHeld', coaching, reader, MINIMUM)).toEqual(session);
      expect([...hiddenFields('AlignmentAssessed', assessed, reader, MINIMUM)].sort()).toEqual([...assessment].sort());
    });

    it('withholds survey-type scores below the minimum from everyone but HR and admins', () => {
      const few = { teamId: 'desk', kind: 'climate', score: 2, responseCount: 4 };
      const enough = { ...few, responseCount: 5 };
      for (const reader of [executive, lead]) {
        expect(hiddenFields('SurveyResultRecorded', few, reader, MINIMUM)).toEqual(['score']);
        expect(hiddenFields('CsatRecorded', few, reader, MINIMUM)).toEqual(['score']);
        expect(hiddenFields('SurveyResultRecorded', enough, reader, MINIMUM)).toEqual([]);
      }
      for (const reader of [hr, admin]) expect(hiddenFields('SurveyResultRecorded', few, reader, MINIMUM)).toEqual([]);
    });
  });

  describe('a fact, its retraction and the retraction of that', () => {
    const log = eventLog();
    const enrolled = log.person('ana', 'PersonEnrolled', { externalId: 'E1', name: 'Ana Zuleta', email: 'ana@acme.test', teamId: 'desk', role: 'member', jobProfileId: null });
    const workshop = log.team('desk', 'WorkshopHeld', { workshopId: 'w1', kind: 'empathy', name: 'Empathy lab', attendeeIds: ['ana', 'ben'] });
    const session = log.team('desk', 'CoachingSessionHeld', { sessionId: 's1', coachId: 'carla', coacheeIds: ['ana'], durationMinutes: 30, focusProcessId: 'leadership', privateNote: 'Private' });
    const planned = log.team('desk', 'RoadmapItemPlanned', { itemId: 'i1', processId: 'true-north', practiceId: 'mission', title: 'Mission', ownerId: 'ben', dueDate: '2025-06-30' });
    const retraction = log.retract(workshop);
    const restore = log.retract(retraction);
    log.team('phones', 'WorkshopHeld', { workshopId: 'w2', kind: 'empathy', name: 'Other team', attendeeIds: ['dan'] });
    const state = fold(auditTrailProjection, log.events);

    it('carries the event’s metadata', () => {
      expect(auditEntry(state, enrolled, hr, MINIMUM)).toMatchObject({
        eventId: enrolled.eventId, type: 'PersonEnrolled', streamId: 'person-ana', revision: '0', position: '1',
        actorUserId: 'user-1', actorRole: 'hr', source: 'ui', commandId: `cmd-${enrolled.eventId}`,
        correlationId: `cor-${enrolled.eventId}`, causationId: `cau-${enrolled.eventId}`, schemaVersion: 1, checkedAtPosition: null,
        occurredAt: enrolled.occurredAt, recordedAt: enrolled.recordedAt, redactedFields: [], retracts: null, retractedBy: [], counts: true,
      });
    });

    it('redacts personal fields for readers not allowed, and says which', () => {
      const entry = auditEntry(state, enrolled, executive, MINIMUM);
      expect(entry.data).toMatchObject({ name: null, email: null, externalId: 'E1' });
      expect(entry.redactedFields).toEqual(['name', 'email']);
    });

    it('links facts and retractions both ways, with what counts now', () => {
      expect(auditEntry(state, workshop, executive, MINIMUM)).toMatchObject({ retractedBy: [retraction.eventId], counts: true });
      expect(auditEntry(state, retraction, executive, MINIMUM)).toMatchObject({ retracts: workshop.eventId, retractedBy: [restore.eventId], counts: false });
      expect(auditEntry(state, restore, executive, MINIMUM)).toMatchObject({ retracts: retraction.eventId, retractedBy: [], counts: true });
    });

    it('reads the links as of an earlier position, as a page reflecting it must', () => {
      expect(auditEntry(state, workshop, executive, MINIMUM, retraction.position.toString())).toMatchObject({ retractedBy: [retraction.eventId], counts: false });
      expect(auditEntry(state, retraction, executive, MINIMUM, retraction.position.toString())).toMatchObject({ retractedBy: [], counts: true });
      expect(auditEntry(state, workshop, executive, MINIMUM, planned.position.toString())).toMatchObject({ retractedBy: [], counts: true });
    });

    it('indexes, per person, the team facts naming them and the retractions of those', () => {
      const refs = (personId: string) => personRefs(state, personId).map((r) => `${r.streamId}@${r.revision}#${r.position}`);
      expect(refs('ana')).toEqual(['team-desk@0#2', 'team-desk@1#3', 'team-desk@3#5', 'team-desk@4#6']);
      expect(refs('carla')).toEqual(['team-desk@1#3']);
      expect(refs('ben')).toEqual(['team-desk@0#2', 'team-desk@2#4', 'team-desk@3#5', 'team-desk@4#6']);
      expect(refs('dan')).toEqual(['team-phones@0#7']);
      expect([session.eventId, planned.eventId]).toEqual(['e3', 'e4']);
    });

    it('reads a person’s refs after a position and up to the position a page reflects', () => {
      const refs = (after: bigint | null, upTo: bigint | null) => personRefs(state, 'ben', after, upTo).map((r) => r.position);
      expect(refs(2n, null)).toEqual([4n, 5n, 6n]);
      expect(refs(null, 5n)).toEqual([2n, 4n, 5n]);
      expect(refs(4n, 5n)).toEqual([5n]);
      expect(personRefs(state, 'nobody')).toEqual([]);
    });

    it('keeps no event data in its state or snapshot', () => {
      expect(snapshotText(auditTrailProjection, state)).not.toMatch(/Ana Zuleta|ana@acme|Private|Empathy/);
    });

    it('gives the same state through a snapshot on disk as a full rebuild', () => {
      for (let split = 0; split <= log.events.length; split++) expect(foldThroughSnapshot(auditTrailProjection, log.events, split)).toEqual(state);
    });
  });

  it('finds a retraction’s target by UUID and indexes it, and its retraction, for the people the fact names', () => {
    const log = eventLog();
    const id = (n: number) => `0000000${n}-91d4-53d4-bd13-d4b63ccb82b1`;
    log.team('desk', 'RecognitionGranted', { personId: 'ana', reason: 'Kind' }, { id: id(1) });
    const fact = log.team('desk', 'RecognitionGranted', { personId: 'ben', reason: 'Helped' }, { id: id(2) });
    const retraction = log.retract(fact, { id: id(3) });
    const restore = log.retract(retraction, { id: id(4) });
    log.team('desk', 'KpiMeasured', { channel: 'phone', metric: 'first-response-minutes', value: 2 }, { id: id(5) });
    const state = fold(auditTrailProjection, log.events);
    expect(personRefs(state, 'ben').map((r) => r.revision)).toEqual([fact.revision, retraction.revision, restore.revision]);
    expect(personRefs(state, 'ana').map((r) => r.revision)).toEqual([0n]);
    const restored = foldThroughSnapshot(auditTrailProjection, log.events, 3);
    expect(personRefs(restored, 'ben')).toEqual(personRefs(state, 'ben'));
  });
});
