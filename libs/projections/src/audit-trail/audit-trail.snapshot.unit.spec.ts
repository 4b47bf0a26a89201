import { auditTrailProjection, countedAt, personRefs, retractionsAt, type AuditTrailState } from './audit-trail.projection';
import { eventLog, fold, foldThroughSnapshot, splits, uuidOf } from './log.fixtures.spec';
import type { DecodedEvent } from '../shared/projection';

/** Team facts naming UUID people (and a few that are not), with chains of retractions. */
function program() {
  const log = eventLog({ uuidIds: true });
  const teams = ['desk', 'phones'].map((t) => uuidOf(`team:${t}`)).concat('legacy-team');
  const people = Array.from({ length: 10 }, (_, i) => (i === 9 ? 'legacy-person' : uuidOf(`person:${i}`)));
  for (let i = 0; i < 150; i++) {
    const team = teams[i % 3];
    const named = [people[i % 10], people[(i * 7) % 10]];
    if (i % 4 === 0) log.team(team, 'WorkshopHeld', { workshopId: `w${i}`, kind: 'empathy', name: 'Lab', attendeeIds: named });
    else if (i % 4 === 1) log.team(team, 'CoachingSessionHeld', { sessionId: `s${i}`, coachId: named[0], coacheeIds: named, durationMinutes: 30, focusProcessId: 'leadership', privateNote: 'x' });
    else if (i % 4 === 2) log.team(team, 'RecognitionGranted', { personId: i % 8 === 2 ? null : named[1], reason: 'Kind' });
    else log.team(team, 'RoadmapItemPlanned', { itemId: uuidOf(`item:${i}`), processId: 'p', practiceId: 'q', title: 't', ownerId: named[0], dueDate: '2025-09-30' });
    if (i % 9 === 8) {
      const retraction = log.retract(log.events[log.events.length - 1 - (i % 3)]);
      if (i % 18 === 17) log.retract(log.retract(retraction));
    }
    // A retraction of a fact this read model does not index, and one of a fact it never saw.
    if (i === 40) log.retract(log.person(people[1], 'PolicyAcknowledged', { policyVersion: 1 }));
    if (i === 41) log.append(`team-${teams[0]}`, 'FactRetracted', { factId: uuidOf('never-seen'), factType: 'KpiMeasured', reason: 'x' });
  }
  return { log, people: [...people, 'nobody'] };
}

function answers(state: AuditTrailState, people: readonly string[], events: readonly DecodedEvent[]) {
  const positions = [null, 3n, 120n, 250n];
  const ids = [...events.map((e) => e.eventId), uuidOf('never-seen'), 'unknown'];
  return {
    refs: people.flatMap((p) => positions.flatMap((after) => positions.map((upTo) => personRefs(state, p, after, upTo)))),
    links: ids.flatMap((id) => [null, '3', '120', '250'].map((upTo) => [retractionsAt(state, id, upTo), countedAt(state, id, upTo)])),
  };
}

describe('audit trail snapshots with UUID ids', () => {
  const { log, people } = program();
  const state = fold(auditTrailProjection, log.events);
  const rebuilt = answers(state, people, log.events);

  it('links retractions and people', () => {
    expect(rebuilt.links.filter(([ids]) => (ids as string[]).length > 0).length).toBeGreaterThan(40);
    expect(rebuilt.links.some(([, counted]) => counted === false)).toBe(true);
    expect(personRefs(state, people[0]).length).toBeGreaterThan(10);
  });

  it('gives the same state and answers through a snapshot taken after every third event, then the events after it', () => {
    for (const split of splits(log.events.length, 3)) {
      const restored = foldThroughSnapshot(auditTrailProjection, log.events, split);
      expect(restored).toEqual(state);
      if (split % 5 === 0 || split === log.events.length) expect(answers(restored, people, log.events)).toEqual(rebuilt);
    }
  });
});
