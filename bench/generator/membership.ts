import { DAY_MS } from './calendar';
import type { Person, Team } from './model';
import { changeRole, enrol, leave, move } from './people';
import type { World } from './world';

/**
 * Hires, leavings, moves and role changes. Recorded as they happen, in business-time order (the
 * person decider refuses a back-dated membership fact with later ones), except leavings, which HR
 * often learns late: back-dated when no later fact names the person.
 */
export function membershipStep(world: World): boolean {
  if (dueFollowUp(world)) return true;
  return world.rng.weighted(KINDS)(world) || leaveAny(world) || correctDetails(world);
}

const KINDS: readonly (readonly [(world: World) => boolean, number])[] = [
  [leaveAny, 0.34], [moveAny, 0.28], [roleChange, 0.14], [correctDetails, 0.12], [growthHire, 0.12],
];

function takeDue<T extends { readonly due: number }>(world: World, list: T[]): T | undefined {
  const index = list.findIndex((x) => x.due <= world.now);
  return index < 0 ? undefined : list.splice(index, 1)[0];
}

function dueFollowUp(world: World): boolean {
  const exit = takeDue(world, world.pending.exits);
  if (exit && world.people[exit.person]!.active) return leaveNow(world, world.people[exit.person]!);
  const promotion = takeDue(world, world.pending.promotions);
  if (promotion) {
    const team = world.teams[promotion.team]!;
    const members = team.members.filter((p) => world.people[p]!.role === 'member');
    if (team.slot >= 0 && !world.leadOf(team) && members.length > 0) {
      changeRole(world, world.people[world.rng.pick(members)]!, 'lead', world.now);
      return true;
    }
  }
  const hire = takeDue(world, world.pending.hires);
  if (hire) {
    const team = world.teams[hire.team]!;
    if (team.slot >= 0) {
      enrol(world, team, world.leadOf(team) ? 'member' : 'lead', world.now, world.actor());
      return true;
    }
  }
  return false;
}

/** Leaves, back-dated when possible; most leavers are replaced within two months. */
function leaveNow(world: World, person: Person): boolean {
  const floor = person.lastAt + 60_000;
  const back = floor < world.now - 2 * DAY_MS && world.wantBackdated();
  const team = leave(world, person, world.occurredAt(back, floor));
  if (world.rng.chance(0.9)) world.pending.hires.push({ team: team.idx, due: world.now + world.rng.between(10, 60) * DAY_MS });
  return true;
}

function leaveAny(world: World): boolean {
  const person = world.randomActivePerson();
  const team = person && world.teams[person.team]!;
  if (!person || !team || team.members.length <= 2) return false;
  return leaveNow(world, person);
}

function moveAny(world: World): boolean {
  const person = world.randomActivePerson();
  if (!person || person.stints[person.stints.length - 1]!.from > world.now - 60 * DAY_MS) return false;
  const from = world.teams[person.team]!;
  if (from.members.length <= 2) return false;
  const siblings = world.divisions[from.division]!.teams.filter((t) => t !== from.idx && world.teams[t]!.slot >= 0);
  const to: Team | undefined = siblings.length > 0 ? world.teams[world.rng.pick(siblings)] : world.randomReadyTeam();
  if (!to || to === from) return false;
  move(world, person, to, world.leadOf(to) ? 'member' : 'lead', world.now, world.actor());
  return true;
}

/** A member steps up to co-lead a large team, or a lead steps down (another is promoted later). */
function roleChange(world: World): boolean {
  const team = world.randomReadyTeam();
  if (!team || team.members.length < 3) return false;
  const leads = team.members.filter((p) => world.people[p]!.role === 'lead');
  const members = team.members.filter((p) => world.people[p]!.role === 'member');
  if (leads.length === 0 || (leads.length === 1 && team.members.length >= 8 && world.rng.chance(0.5))) {
    changeRole(world, world.people[world.rng.pick(members)]!, 'lead', world.now);
    return true;
  }
  changeRole(world, world.people[world.rng.pick(leads)]!, 'member', world.now);
  if (leads.length === 1) world.pending.promotions.push({ team: team.idx, due: world.now + world.rng.between(1, 5) * DAY_MS });
  return true;
}

function correctDetails(world: World): boolean {
  const person = world.randomActivePerson();
  if (!person) return false;
  const [first, ...rest] = person.name.split(' ');
  const name = world.rng.chance(0.5) ? `${first} ${rest[0]}` : `${first} ${world.rng.pick(['Andrea', 'Alberto', 'Lucía', 'Esteban'])} ${rest.join(' ')}`;
  const email = world.rng.chance(0.3) ? person.email.replace('@', '.co@') : person.email;
  world.emit(person.streamId, 'PersonDetailsCorrected', { personId: person.id, name, email }, world.now, world.actor());
  person.name = name;
  person.email = email;
  return true;
}

function growthHire(world: World): boolean {
  const team = world.randomReadyTeam();
  if (!team) return false;
  enrol(world, team, world.leadOf(team) ? 'member' : 'lead', world.now, world.actor());
  return true;
}
