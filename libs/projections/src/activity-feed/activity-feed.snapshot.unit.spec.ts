import { EXECUTIVE } from '../audit-trail/access';
import { eventLog, fold, foldThroughSnapshot, splits, uuidOf } from '../audit-trail/log.fixtures.spec';
import type { DecodedEvent } from '../shared/projection';
import { activityFeedProjection, entryCount, type ActivityFeedState } from './activity-feed.projection';
import { readFeed, refKey, type FeedPage, type FeedRequest } from './activity-feed.queries';

/** A program with UUID ids, as the API derives them (plus a few that are not), long enough for lists and tables to grow. */
function program() {
  const log = eventLog({ uuidIds: true });
  const teams = ['desk', 'phones', 'chat'].map((t) => uuidOf(`team:${t}`)).concat('legacy-team');
  const people = Array.from({ length: 12 }, (_, i) => (i === 11 ? 'legacy-person' : uuidOf(`person:${i}`)));
  const course = uuidOf('course');
  log.org('CourseDefined', { courseId: course, title: 'Service basics', processId: 'service-excellence', audience: 'front-line' });
  people.forEach((p, i) =>
    log.person(p, 'PersonEnrolled', { externalId: `E${i}`, name: `N${i}`, email: `${i}@x.test`, teamId: teams[i % 4], role: 'member', jobProfileId: null }, { at: '2025-01-01' }),
  );
  const moves: DecodedEvent[] = [];
  for (let i = 0; i < 160; i++) {
    const team = teams[i % 4];
    const item = i % 20 === 0 ? 'legacy-item' : uuidOf(`item:${Math.floor(i / 8)}`);
    const at = { at: `2025-${String(2 + Math.floor(i / 40)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` };
    if (i % 8 === 0) log.team(team, 'RoadmapItemPlanned', { itemId: item, processId: 'true-north', practiceId: 'mission', title: `T${i}`, ownerId: people[i % 12], dueDate: '2025-09-30' }, at);
    else if (i % 8 === 3) log.team(team, 'RoadmapItemStarted', { itemId: item }, at);
    else if (i % 8 === 5) log.person(people[i % 12], 'TrainingCompleted', { courseId: course, score: 70 }, at);
    else if (i % 8 === 6 && i % 3 === 0) moves.push(log.person(people[i % 12], 'PersonMovedTeam', { fromTeamId: teams[i % 4], toTeamId: teams[(i + 1) % 4], role: 'member' }, at));
    else log.team(team, 'KpiMeasured', { channel: 'phone', metric: 'first-response-minutes', value: i }, at);
    if (i % 13 === 12) {
      const retraction = log.retract(log.events[log.events.length - 2]);
      if (i % 26 === 25) log.retract(retraction);
    }
    if (i % 40 === 39 && moves.length > 0) log.retract(moves[moves.length - 1]);
  }
  log.person(people[3], 'PersonLeft', { teamId: teams[3] });
  log.person(people[3], 'TrainingCompleted', { courseId: course, score: 70 });
  return { log, teams: [...teams, 'nowhere'] };
}

const request = (extra: Partial<FeedRequest> = {}): FeedRequest => ({ first: 7, reader: EXECUTIVE, confidentialityMinimum: 5, ...extra });

/** Every page of each team's feed and of all teams', read page after page. */
function answers(state: ActivityFeedState, teams: readonly string[], events: readonly DecodedEvent[]): FeedPage[] {
  const byRef = new Map(events.map((e) => [refKey(e), e]));
  const pages: FeedPage[] = [];
  for (const scope of [...teams.map((t) => [t]), teams]) {
    let before: string | null = null;
    for (let n = 0; n < 100; n++) {
      const page = readFeed(state, scope, request({ before }), (ref) => byRef.get(refKey(ref)));
      pages.push(page);
      if (!page.hasMore) break;
      before = page.entries[page.entries.length - 1].position;
    }
  }
  return pages;
}

describe('activity feed snapshots with UUID ids', () => {
  const { log, teams } = program();
  const state = fold(activityFeedProjection, log.events);
  const rebuilt = answers(state, teams, log.events);

  it('shows the program', () => {
    expect(entryCount(state)).toBeGreaterThan(150);
    expect(rebuilt.flatMap((p) => p.entries).filter((e) => e.details.kind === 'training').length).toBeGreaterThan(10);
    expect(rebuilt.flatMap((p) => p.entries).some((e) => e.details.kind === 'roadmap' && e.details.title !== null)).toBe(true);
  });

  it('gives the same state and answers through a snapshot taken after every third event, then the events after it', () => {
    for (const split of splits(log.events.length, 3)) {
      const restored = foldThroughSnapshot(activityFeedProjection, log.events, split);
      expect(restored).toEqual(state);
      if (split % 5 === 0 || split === log.events.length) expect(answers(restored, teams, log.events)).toEqual(rebuilt);
    }
  });
});
