import { eventLog, fold, splits, uuidOf } from '../audit-trail/log.fixtures.spec';
import { roadmapProjection, type RoadmapState } from './roadmap.projection';
import { roadmapAttention, teamRoadmap } from './roadmap.queries';
import { foldThroughV8 } from './snapshot.fixtures.spec';

/** Items with UUID ids on UUID teams (the same item id on two teams, and a few ids that are no UUID), with retractions. */
function program() {
  const log = eventLog({ uuidIds: true });
  const teams = ['desk', 'phones', 'chat'].map((t) => uuidOf(`team:${t}`)).concat('legacy-team');
  for (let i = 0; i < 200; i++) {
    const team = teams[i % 4];
    const n = Math.floor(i / 12);
    const itemId = n % 5 === 4 ? `legacy-${n}` : uuidOf(`item:${n}`);
    const at = { at: `2025-${String(1 + Math.floor(i / 20)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` };
    const step = Math.floor(i / 4) % 3;
    if (step === 0) log.team(team, 'RoadmapItemPlanned', { itemId, processId: 'true-north', practiceId: 'mission', title: `Item ${n} of ${i % 4}`, ownerId: uuidOf(`person:${i}`), dueDate: `2025-0${1 + (n % 9)}-15` }, at);
    else if (step === 1) log.team(team, i % 3 === 0 ? 'RoadmapItemBlocked' : 'RoadmapItemStarted', { itemId, reason: 'Waiting' }, at);
    else log.team(team, i % 2 === 0 ? 'RoadmapItemCompleted' : 'RoadmapItemRescheduled', { itemId, evidence: 'Minutes', dueDate: '2025-12-01', reason: 'Later' }, at);
    if (i % 11 === 10) {
      const retraction = log.retract(log.events[log.events.length - 1]);
      if (i % 22 === 21) log.retract(retraction);
    }
  }
  return { log, teams: [...teams, 'nowhere'] };
}

const answers = (state: RoadmapState, teams: readonly string[]) => [
  ...teams.map((t) => teamRoadmap(state, t, '2025-07-01')),
  roadmapAttention(state, teams, '2025-07-01'),
  roadmapAttention(state, teams.slice(1, 3), '2025-12-31'),
];

describe('roadmap snapshots with UUID ids', () => {
  const { log, teams } = program();
  const rebuilt = answers(fold(roadmapProjection, log.events), teams);

  it('shows the program', () => {
    const items = rebuilt.slice(0, 4).flat() as ReturnType<typeof teamRoadmap>;
    expect(items.length).toBeGreaterThan(20);
    expect(new Set(items.map((i) => i.status)).size).toBeGreaterThan(2);
    expect(items.filter((i) => i.itemId === uuidOf('item:0')).map((i) => i.teamId)).toEqual(teams.slice(0, 4));
  });

  it('gives the same answers through a v8 snapshot taken after every fifth event, then the events after it', () => {
    for (const split of splits(log.events.length, 5)) expect(answers(foldThroughV8(roadmapProjection, log.events, split), teams)).toEqual(rebuilt);
  });
});
