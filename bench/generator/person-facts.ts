import type { Fit, MisfitResolution } from '@norte/domain';
import { DAY_MS } from './calendar';
import { ASSESSMENT_NOTES, MISFIT_NOTES } from './vocabulary';
import type { Person } from './model';
import type { World } from './world';

/** Acknowledgements, assessments and life plans: 25 % of the program's facts. */
export function personFactStep(world: World): boolean {
  if (profileChange(world, true)) return true;
  return world.rng.weighted(KINDS)(world) || acknowledge(world) || assess(world) || lifePlan(world);
}

const KINDS: readonly (readonly [(world: World) => boolean, number])[] = [
  [acknowledge, 0.3], [assess, 0.3], [lifePlan, 0.3], [resolveMisfit, 0.07], [(world) => profileChange(world, false), 0.03],
];

const touch = (person: Person, at: number) => {
  if (person.lastAt < at) person.lastAt = at;
};

/** Someone else who leads: the person's team lead, else the lead of another team. */
function leaderFor(world: World, person: Person): Person | undefined {
  const own = world.leadOf(world.teams[person.team]!);
  if (own && own !== person) return own;
  for (let attempt = 0; attempt < 5; attempt++) {
    const team = world.randomReadyTeam();
    const lead = team && world.leadOf(team);
    if (lead && lead !== person) return lead;
  }
  return undefined;
}

function acknowledge(world: World): boolean {
  const version = world.policies.length - 1;
  if (version < 1) return false;
  for (let attempt = 0; attempt < 4; attempt++) {
    const person = world.subjectPerson();
    if (!person) return false;
    if (person.acked & (1 << version)) continue;
    const at = world.when(Math.max(person.stints[0]!.from, world.policies[version]!));
    if (at === null) return false;
    const eventId = world.emit(person.streamId, 'PolicyAcknowledged', { personId: person.id, policyVersion: version }, at, world.actor());
    person.acked |= 1 << version;
    touch(person, at);
    world.remember({ eventId, type: 'PolicyAcknowledged', streamId: person.streamId, person: person.idx, version });
    return true;
  }
  return false;
}

function assess(world: World): boolean {
  const person = world.subjectPerson();
  const at = person ? world.when(person.stints[0]!.from) : null;
  const assessor = person && leaderFor(world, person);
  if (!person || at === null || !assessor) return false;
  const team = world.teams[person.team]!;
  const aligned = Math.min(0.95, 0.62 + 0.2 * world.progress(at) + 0.12 * team.quality);
  const fit: Fit = world.rng.chance(aligned) ? 'aligned' : world.rng.chance(0.7) ? 'partial' : 'misaligned';
  const jobProfileId = person.profile ?? world.rng.pick(person.role === 'lead' ? world.leadProfiles : world.memberProfiles);
  const note = world.rng.chance(0.4) ? world.rng.pick(ASSESSMENT_NOTES) : null;
  const data = { personId: person.id, jobProfileId, fit, assessorId: assessor.id, note };
  const eventId = world.emit(person.streamId, 'AlignmentAssessed', data, at, world.actor());
  touch(person, at);
  if (fit !== 'aligned') world.misfits.push({ eventId, person: person.idx, at });
  world.remember({ eventId, type: 'AlignmentAssessed', streamId: person.streamId, person: person.idx });
  return true;
}

function lifePlan(world: World): boolean {
  const person = world.subjectPerson();
  const at = person ? world.when(person.stints[0]!.from) : null;
  const leader = person && leaderFor(world, person);
  if (!person || at === null || !leader) return false;
  const eventId = world.emit(person.streamId, 'LifePlanConversationHeld', { personId: person.id, leaderId: leader.id }, at, world.actor());
  touch(person, at);
  world.remember({ eventId, type: 'LifePlanConversationHeld', streamId: person.streamId, person: person.idx });
  return true;
}

/** Resolves an open misfit; an exit or a reassignment follows some days later. */
function resolveMisfit(world: World): boolean {
  for (let attempt = 0; attempt < 4 && world.misfits.length > 0; attempt++) {
    const index = world.rng.int(Math.min(world.misfits.length, 50));
    const misfit = world.misfits[index]!;
    const person = world.people[misfit.person]!;
    if (!person.active || world.retracted.has(misfit.eventId)) {
      world.misfits.splice(index, 1);
      continue;
    }
    if (misfit.at > world.now - 7 * DAY_MS) return false;
    const at = world.when(misfit.at)!;
    const resolution = world.rng.weighted<MisfitResolution>([['development-plan', 0.6], ['reassigned', 0.25], ['exit', 0.15]]);
    const note = world.rng.chance(0.5) ? world.rng.pick(MISFIT_NOTES) : null;
    world.emit(person.streamId, 'MisfitResolved', { personId: person.id, assessmentId: misfit.eventId, resolution, note }, at, world.actor());
    touch(person, at);
    world.misfits.splice(index, 1);
    world.resolved.add(misfit.eventId);
    const due = world.now + world.rng.between(1, 30) * DAY_MS;
    if (resolution === 'exit') world.pending.exits.push({ person: person.idx, due });
    if (resolution === 'reassigned') world.pending.profileChanges.push({ person: person.idx, due });
    return true;
  }
  return false;
}

/** A reassignment that is due, else (when `dueOnly` is false) someone without a profile or a promotion. */
function profileChange(world: World, dueOnly: boolean): boolean {
  const pending = world.pending.profileChanges;
  const index = pending.findIndex((p) => p.due <= world.now);
  let person: Person | undefined;
  if (index >= 0) {
    person = world.people[pending[index]!.person];
    pending.splice(index, 1);
    if (!person?.active) return false;
  } else if (dueOnly) return false;
  else person = world.randomActivePerson();
  if (!person) return false;
  const options = (person.role === 'lead' ? world.leadProfiles : world.memberProfiles).filter((p) => p !== person.profile);
  const jobProfileId = world.rng.pick(options);
  world.emit(person.streamId, 'JobProfileChanged', { personId: person.id, jobProfileId }, world.now, world.actor());
  person.profile = jobProfileId;
  touch(person, world.now);
  return true;
}
