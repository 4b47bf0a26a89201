import { eventLog, fold, splits, uuidOf } from '../audit-trail/log.fixtures.spec';
import { foldThroughV8 } from '../roadmap/snapshot.fixtures.spec';
import { peopleProjection, type PeopleState } from './people.projection';
import { listPeople, personView } from './people.queries';

/** UUID people and teams (and a few ids that are no UUID): enrolments, moves, leavings, corrections and retractions. */
function program() {
  const log = eventLog({ uuidIds: true });
  const teams = ['desk', 'phones', 'chat'].map((t) => uuidOf(`team:${t}`)).concat('legacy-team');
  const people = Array.from({ length: 40 }, (_, i) => (i % 13 === 12 ? `legacy-${i}` : uuidOf(`person:${i}`)));
  people.forEach((p, i) =>
    log.person(p, 'PersonEnrolled', { externalId: `EMP-${i}`, name: 'N', email: 'e@x.test', teamId: teams[i % 4], role: 'member', jobProfileId: i % 2 ? 'agent' : null }, { at: '2025-01-01' }),
  );
  for (let i = 0; i < 120; i++) {
    const p = people[(i * 7) % 40];
    const at = { at: `2025-${String(2 + Math.floor(i / 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` };
    if (i % 5 === 0) log.person(p, 'PersonMovedTeam', { fromTeamId: teams[i % 4], toTeamId: teams[(i + 1) % 4], role: 'member' }, at);
    else if (i % 5 === 1) log.person(p, 'TeamRoleChanged', { teamId: teams[i % 4], role: 'lead' }, at);
    else if (i % 5 === 2) log.person(p, 'JobProfileChanged', { jobProfileId: 'supervisor' }, at);
    else if (i % 5 === 3) log.person(p, 'PersonDetailsCorrected', { name: 'M', email: 'f@x.test' }, at);
    else if (i % 10 === 4) log.person(p, 'PersonLeft', { teamId: teams[i % 4] }, at);
    else log.person(p, 'PersonEnrolled', { externalId: `EMP-again-${i}`, name: 'N', email: 'e@x.test', teamId: teams[(i + 2) % 4], role: 'member', jobProfileId: null }, at);
    if (i % 7 === 6) {
      const retraction = log.retract(log.events[log.events.length - 1]);
      if (i % 14 === 13) log.retract(retraction);
    }
  }
  return { log, teams: [...teams, 'nowhere'], people: [...people, 'nobody'] };
}

function answers(state: PeopleState, teams: readonly string[], people: readonly string[]) {
  const pages = [];
  for (const scope of [...teams.map((t) => [t]), teams, [teams[2], teams[0], teams[2]]]) {
    for (const includeLeft of [false, true]) {
      let after: string | null = null;
      for (let n = 0; n < 50; n++) {
        const page = listPeople(state, scope, { includeLeft, first: 4, after });
        pages.push(page);
        if (!page.hasMore) break;
        after = page.people[page.people.length - 1].personId;
      }
      pages.push(listPeople(state, scope, { includeLeft, first: 4, after: 'nobody' }));
    }
  }
  return { pages, views: people.map((p) => personView(state, p)) };
}

describe('people snapshots with UUID ids', () => {
  const { log, teams, people } = program();
  const rebuilt = answers(fold(peopleProjection, log.events), teams, people);

  it('shows the program', () => {
    expect(rebuilt.views.filter((v) => v?.status === 'left').length).toBeGreaterThan(2);
    expect(new Set(rebuilt.views.map((v) => v?.teamId)).size).toBe(5);
    expect(rebuilt.views.filter((v) => v?.externalId.startsWith('EMP-')).length).toBeGreaterThan(30);
  });

  it('gives the same answers through a v8 snapshot taken after every seventh event, then the events after it', () => {
    for (const split of splits(log.events.length, 7)) expect(answers(foldThroughV8(peopleProjection, log.events, split), teams, people)).toEqual(rebuilt);
  });
});
