import { PROCESSES, PROCESS_IDS, type ProcessId } from '@norte/domain';
import { DAY_MS } from './calendar';
import { BLOCK_REASONS, CANCEL_REASONS, EVIDENCE, PRACTICE_TITLES, RESCHEDULE_REASONS } from './vocabulary';
import type { Item, ItemStatus, Team } from './model';
import type { World } from './world';

type Move = 'RoadmapItemStarted' | 'RoadmapItemCompleted' | 'RoadmapItemRescheduled' | 'RoadmapItemBlocked' | 'RoadmapItemUnblocked' | 'RoadmapItemCancelled';

/** What each status may take next, and how often (the domain's state machine, team.roadmap.ts). */
const NEXT: Record<'planned' | 'in-progress' | 'blocked', readonly (readonly [Move, number])[]> = {
  planned: [['RoadmapItemStarted', 0.66], ['RoadmapItemCompleted', 0.06], ['RoadmapItemRescheduled', 0.12], ['RoadmapItemBlocked', 0.08], ['RoadmapItemCancelled', 0.08]],
  'in-progress': [['RoadmapItemCompleted', 0.62], ['RoadmapItemRescheduled', 0.14], ['RoadmapItemBlocked', 0.16], ['RoadmapItemCancelled', 0.08]],
  blocked: [['RoadmapItemUnblocked', 0.72], ['RoadmapItemRescheduled', 0.14], ['RoadmapItemCancelled', 0.14]],
};
const AFTER: Record<Move, ItemStatus | 'resume' | 'same'> = {
  RoadmapItemStarted: 'in-progress', RoadmapItemCompleted: 'done', RoadmapItemRescheduled: 'same', RoadmapItemBlocked: 'blocked',
  RoadmapItemUnblocked: 'resume', RoadmapItemCancelled: 'cancelled',
};

/** Roadmap work: 15 % of the program's facts. Teams plan items per process and move them along. */
export function roadmapStep(world: World): boolean {
  const team = world.subjectTeam();
  if (!team) return false;
  const ready = team.open.filter((item) => item.lastAt <= world.now - 2 * DAY_MS);
  const plan = team.open.length < 2 || ready.length === 0 || (team.open.length < 7 && world.rng.chance(0.22));
  return plan ? planItem(world, team) : advance(world, team, world.rng.pick(ready));
}

function processFor(world: World, at: number): ProcessId {
  const p = world.progress(at);
  return world.rng.weighted(PROCESS_IDS.map((id) => [id, Math.max(0.05, 1 - Math.abs(PROCESSES[id].number / 7 - 0.15 - 1.1 * p))]));
}

function planItem(world: World, team: Team): boolean {
  const at = world.when(team.readyAt);
  if (at === null) return false;
  const processId = processFor(world, at);
  const practiceId = world.rng.pick(PROCESSES[processId].practices);
  const owner = world.leadOf(team) ?? world.people[world.rng.pick(team.members)];
  if (!owner) return false;
  const itemId = world.uuid();
  const dueDate = world.cal.dateOf(at + world.rng.between(30, 150) * DAY_MS);
  const data = { teamId: team.id, itemId, processId, practiceId, title: PRACTICE_TITLES[practiceId], ownerId: owner.id, dueDate };
  const eventId = world.emit(team.streamId, 'RoadmapItemPlanned', data, at, world.actor());
  const item: Item = { id: itemId, team: team.idx, status: 'planned', resume: 'planned', due: dueDate, lastAt: at, history: [] };
  item.history.push({ eventId, before: { status: 'gone', resume: 'gone', due: dueDate, lastAt: -Infinity } });
  team.open.push(item);
  world.remember({ eventId, type: 'RoadmapItemPlanned', streamId: team.streamId, item });
  return true;
}

function advance(world: World, team: Team, item: Item): boolean {
  const status = item.status as keyof typeof NEXT;
  const type = world.rng.weighted(NEXT[status]);
  const at = world.when(item.lastAt + 60_000)!;
  const key = { teamId: team.id, itemId: item.id };
  let data: object = key;
  let due = item.due;
  if (type === 'RoadmapItemCompleted') data = { ...key, evidence: world.rng.pick(EVIDENCE) };
  if (type === 'RoadmapItemBlocked') data = { ...key, reason: world.rng.pick(BLOCK_REASONS) };
  if (type === 'RoadmapItemCancelled') data = { ...key, reason: world.rng.chance(0.8) ? world.rng.pick(CANCEL_REASONS) : null };
  if (type === 'RoadmapItemRescheduled') {
    due = world.cal.dateOf(Math.max(Date.parse(`${item.due}T12:00:00Z`), at) + world.rng.between(14, 60) * DAY_MS);
    data = { ...key, dueDate: due, reason: world.rng.pick(RESCHEDULE_REASONS) };
  }
  const eventId = world.emit(team.streamId, type, data, at, world.actor());
  item.history.push({ eventId, before: { status: item.status, resume: item.resume, due: item.due, lastAt: item.lastAt } });
  const next = AFTER[type];
  if (type === 'RoadmapItemBlocked') item.resume = item.status;
  item.status = next === 'resume' ? item.resume : next === 'same' ? item.status : next;
  item.due = due;
  item.lastAt = at;
  if (item.status === 'done' || item.status === 'cancelled') team.open.splice(team.open.indexOf(item), 1);
  world.remember({ eventId, type, streamId: team.streamId, item });
  return true;
}

/** Undoes the item's latest fact (the only roadmap fact the generator retracts: what is left stays a valid sequence). */
export function undoLatest(world: World, item: Item): void {
  const { before } = item.history.pop()!;
  const team = world.teams[item.team]!;
  const wasOpen = team.open.includes(item);
  Object.assign(item, before);
  const isOpen = item.status === 'planned' || item.status === 'in-progress' || item.status === 'blocked';
  if (wasOpen && !isOpen) team.open.splice(team.open.indexOf(item), 1);
  if (!wasOpen && isOpen) team.open.push(item);
}
