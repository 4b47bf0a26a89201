import { PROCESS_IDS, type ProcessId, type WorkshopKind } from '@norte/domain';
import { COACHING_NOTES, MONTHS, WORKSHOP_NAMES } from './vocabulary';
import { membersAt, type Person, type Team } from './model';
import type { World } from './world';

/** Within the 40 %: workshops (attendance), training and coaching, in these shares. */
const SHARES = [['WorkshopHeld', 0.32], ['TrainingCompleted', 0.5], ['CoachingSessionHeld', 0.18]] as const;

/** Attendance, training and coaching: the kind furthest behind its share (a sitting on a team records workshops or coaching, on a person training). */
export function activityStep(world: World): boolean {
  const total = SHARES.reduce((n, [type]) => n + (world.typeCounts[type] ?? 0), 0) + 1;
  const behind = (type: string, share: number) => share * total - (world.typeCounts[type] ?? 0);
  const [workshops, trainings, sessions] = SHARES.map(([type, share]) => behind(type, share)) as [number, number, number];
  if (world.session?.person) return training(world);
  if (world.session?.team) return workshops >= sessions ? workshop(world) || coaching(world) : coaching(world) || workshop(world);
  if (trainings >= workshops && trainings >= sessions) return training(world) || workshop(world) || coaching(world);
  if (workshops >= sessions) return workshop(world) || training(world) || coaching(world);
  return coaching(world) || workshop(world) || training(world);
}

const named = (world: World, ids: readonly number[], at: number) => {
  for (const p of ids) {
    const person = world.people[p]!;
    if (person.lastAt < at) person.lastAt = at;
  }
};

function workshopKind(world: World, at: number): WorkshopKind {
  const early = 1 - world.progress(at);
  return world.rng.weighted<WorkshopKind>([
    ['true-north-cascade', 0.08 + 0.4 * early ** 2], ['purpose', 0.16], ['teaching-learning', 0.16],
    ['emotional-intelligence', 0.12], ['empathy', 0.12], ['reflection-space', 0.1],
  ]);
}

function teamAndMembers(world: World): { team: Team; at: number; members: number[] } | null {
  const team = world.subjectTeam();
  const at = team ? world.when(team.readyAt) : null;
  if (!team || at === null) return null;
  const members = membersAt(team, at);
  return members.length === 0 ? null : { team, at, members };
}

function workshop(world: World): boolean {
  const found = teamAndMembers(world);
  if (!found) return false;
  const { team, at, members } = found;
  const kind = workshopKind(world, at);
  const attendees = world.rng.sample(members, Math.max(1, Math.round(members.length * (0.55 + 0.45 * world.rng.next()))));
  const date = world.cal.dateOf(at);
  const name = `${WORKSHOP_NAMES[kind]} · ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  const attendeeIds = attendees.map((p) => world.people[p]!.id);
  const eventId = world.emit(team.streamId, 'WorkshopHeld', { teamId: team.id, workshopId: world.uuid(), kind, name, attendeeIds }, at, world.actor());
  named(world, attendees, at);
  world.remember({ eventId, type: 'WorkshopHeld', streamId: team.streamId });
  return true;
}

function coaching(world: World): boolean {
  const found = teamAndMembers(world);
  if (!found || found.members.length < 2) return false;
  const { team, at, members } = found;
  const lead = members.find((p) => world.people[p]!.role === 'lead') ?? world.rng.pick(members);
  const others = members.filter((p) => p !== lead);
  const coachees = world.rng.sample(others, world.rng.between(1, Math.min(4, others.length)));
  const focusProcessId = world.rng.weighted<ProcessId>(PROCESS_IDS.map((p) => [p, p === 'leadership' ? 0.4 : 0.1]));
  const data = {
    teamId: team.id, sessionId: world.uuid(), coachId: world.people[lead]!.id, coacheeIds: coachees.map((p) => world.people[p]!.id),
    durationMinutes: world.rng.pick([30, 45, 60, 60, 90, 120]), focusProcessId,
    privateNote: world.rng.chance(0.35) ? world.rng.pick(COACHING_NOTES) : null,
  };
  const eventId = world.emit(team.streamId, 'CoachingSessionHeld', data, at, world.actor());
  named(world, coachees, at);
  world.remember({ eventId, type: 'CoachingSessionHeld', streamId: team.streamId });
  return true;
}

/** Leads take management courses, front-line staff front-line ones; a quarter cross over. */
function courseFor(world: World, person: Person, at: number): number | null {
  const management = person.role === 'lead' ? !world.rng.chance(0.25) : world.rng.chance(0.25);
  const open = world.courses.filter((c) => c.management === management && c.definedAt <= at && (person.courses & (1 << c.bit)) === 0);
  return open.length === 0 ? null : world.rng.pick(open).bit;
}

function training(world: World): boolean {
  for (let attempt = 0; attempt < 4; attempt++) {
    const person = world.subjectPerson();
    const at = person ? world.when(person.stints[0]!.from) : null;
    if (!person || at === null) return false;
    const course = courseFor(world, person, at);
    if (course === null) continue;
    const score = world.rng.chance(0.3) ? null : Math.min(100, Math.round(72 + 12 * world.rng.normal() + 8 * world.progress(at)));
    const data = { personId: person.id, courseId: world.courses[course]!.id, score: score === null ? null : Math.max(0, score) };
    const eventId = world.emit(person.streamId, 'TrainingCompleted', data, at, world.actor());
    person.courses |= 1 << course;
    named(world, [person.idx], at);
    world.remember({ eventId, type: 'TrainingCompleted', streamId: person.streamId, person: person.idx, course });
    return true;
  }
  return false;
}
