import { personStreamId, type TeamRole } from '@norte/domain';
import { FIRST_NAMES, SURNAMES } from './vocabulary';
import type { Person, Team } from './model';
import type { Actor, World } from './world';

const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** A new person, enrolled on a team at `at` (never back-dated: membership facts come in business-time order). */
export function enrol(world: World, team: Team, role: TeamRole, at: number, actor: Actor): Person {
  const { rng } = world;
  const idx = world.people.length;
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(SURNAMES);
  const name = `${first} ${last} ${rng.pick(SURNAMES)}`;
  const id = world.uuid();
  const profiles = role === 'lead' ? world.leadProfiles : world.memberProfiles;
  const person: Person = {
    idx, id, streamId: personStreamId(id), name, email: `${plain(first)}.${plain(last)}${idx + 1}@sincro.example`,
    team: team.idx, role, profile: rng.chance(0.06) ? null : rng.pick(profiles),
    stints: [{ team: team.idx, from: at, until: Infinity }], active: true, lastAt: at, acked: 0, courses: 0, slot: -1,
  };
  world.people.push(person);
  const externalId = `EMP-${String(100000 + idx)}`;
  world.emit(person.streamId, 'PersonEnrolled', {
    personId: id, externalId, name: person.name, email: person.email, teamId: team.id, role, jobProfileId: person.profile,
  }, at, actor);
  team.members.push(idx);
  team.memberships.push({ person: idx, from: at, until: Infinity });
  world.addActive(person);
  return person;
}

function closeStint(world: World, person: Person, at: number): Team {
  const team = world.teams[person.team]!;
  person.stints[person.stints.length - 1]!.until = at;
  for (let i = team.memberships.length - 1; i >= 0; i--) {
    const m = team.memberships[i]!;
    if (m.person === person.idx && m.until === Infinity) {
      m.until = at;
      break;
    }
  }
  team.members.splice(team.members.indexOf(person.idx), 1);
  return team;
}

const hasOtherLead = (world: World, team: Team, except: number) =>
  team.members.some((p) => p !== except && world.people[p]!.role === 'lead');

/** Leaves at `at`, which must come after every fact about or naming the person. */
export function leave(world: World, person: Person, at: number): Team {
  if (at <= person.lastAt) throw new Error('A leaving would strand later facts');
  const team = world.teams[person.team]!;
  world.emit(person.streamId, 'PersonLeft', { personId: person.id, teamId: team.id }, at, world.actor());
  const wasOnlyLead = person.role === 'lead' && !hasOtherLead(world, team, person.idx);
  closeStint(world, person, at);
  person.active = false;
  person.lastAt = at;
  world.removeActive(person);
  if (wasOnlyLead) world.pending.promotions.push({ team: team.idx, due: world.now + world.rng.between(1, 10) * 86_400_000 });
  return team;
}

export function move(world: World, person: Person, to: Team, role: TeamRole, at: number, actor: Actor): void {
  const from = world.teams[person.team]!;
  world.emit(person.streamId, 'PersonMovedTeam', { personId: person.id, fromTeamId: from.id, toTeamId: to.id, role }, at, actor);
  const wasOnlyLead = person.role === 'lead' && !hasOtherLead(world, from, person.idx);
  closeStint(world, person, at);
  person.stints.push({ team: to.idx, from: at, until: Infinity });
  person.team = to.idx;
  person.role = role;
  person.lastAt = at;
  to.members.push(person.idx);
  to.memberships.push({ person: person.idx, from: at, until: Infinity });
  if (wasOnlyLead && from.archivedAt === Infinity) {
    world.pending.promotions.push({ team: from.idx, due: world.now + world.rng.between(1, 10) * 86_400_000 });
  }
}

export function changeRole(world: World, person: Person, role: TeamRole, at: number): void {
  const team = world.teams[person.team]!;
  world.emit(person.streamId, 'TeamRoleChanged', { personId: person.id, teamId: team.id, role }, at, world.actor());
  person.role = role;
  person.lastAt = at;
}
