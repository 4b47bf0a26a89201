import { activityStep } from './activities';
import { dayWeight, HOUR_MS } from './calendar';
import { membershipStep } from './membership';
import { DYNAMIC_BUCKETS, MIX, type DynamicBucket } from './mix';
import type { GeneratedEvent, ProgramOptions } from './model';
import { outcomeStep } from './outcomes';
import { personFactStep } from './person-facts';
import { retractionStep } from './retractions';
import { roadmapStep } from './roadmap';
import { organisationTasks } from './schedule';
import { rosterTasks, setupOrganisation, type Task } from './setup';
import { World } from './world';

const STEPS: Record<DynamicBucket, (world: World) => boolean> = {
  activity: activityStep,
  personFacts: personFactStep,
  roadmap: roadmapStep,
  outcomes: outcomeStep,
  membership: membershipStep,
  retraction: retractionStep,
};

/**
 * A deterministic program history: the same options give the same events, byte for byte. Day 0
 * sets the organisation up; its roster is imported over the first working days; then every day
 * records its share of the remaining events (weekdays busy, weekends and the year-end quiet, a
 * ramp over the first months), each event of the kind furthest below its target share.
 */
export function* generateProgram(options: ProgramOptions): Generator<GeneratedEvent> {
  validate(options);
  const world = new World(options);
  setupOrganisation(world);
  yield* drain(world);
  const tasks: Task[] = [...rosterTasks(world), ...organisationTasks(world)].sort((a, b) => a.day - b.day);
  const firstActive = tasks[0]!.day + 1;
  const weights = Array.from({ length: options.days }, (_, d) => (d < firstActive ? 0 : dayWeight(world.cal, d)));
  const after = new Float64Array(options.days + 1);
  for (let d = options.days - 1; d >= 0; d--) after[d] = after[d + 1]! + weights[d]!;
  let scheduled = tasks.reduce((n, t) => n + t.estimate, 0);
  let next = 0;
  for (let day = 0; day < options.days; day++) {
    for (; next < tasks.length && tasks[next]!.day === day; next++) {
      tasks[next]!.run(world);
      scheduled -= tasks[next]!.estimate;
      yield* drain(world);
    }
    const left = options.events - world.emitted - scheduled;
    const slots = after[day]! > 0 ? Math.round((left * weights[day]!) / after[day]!) : 0;
    if (slots < 0 || (day === options.days - 1 && left < 0)) {
      throw new Error(`${options.events} events are too few for ${options.teams} teams and ${options.people} people`);
    }
    const [open, close] = hours(world.cal.weekday(day));
    const start = Math.max(world.cal.dayStart(day) + open * HOUR_MS, world.lastRecordedAt + 1);
    const span = world.cal.dayStart(day) + close * HOUR_MS - start;
    for (let i = 0; i < slots; i++) {
      world.now = Math.max(start + Math.floor(((i + world.rng.next()) * span) / slots), world.lastRecordedAt + 1);
      step(world);
      yield* drain(world);
    }
  }
  if (world.emitted !== options.events) throw new Error(`Generated ${world.emitted} events instead of ${options.events}`);
}

const bit = (b: DynamicBucket) => 1 << DYNAMIC_BUCKETS.indexOf(b);
const ALL = (1 << DYNAMIC_BUCKETS.length) - 1;
/** Buckets that can continue a sitting on one team's or one person's stream. */
const TEAM_SITTING = bit('activity') | bit('roadmap') | bit('outcomes');
const PERSON_SITTING = bit('activity') | bit('personFacts');
const weights = new Float64Array(DYNAMIC_BUCKETS.length);

/** One event of a kind behind its share so far (chosen in proportion to how far behind). */
function step(world: World): void {
  let tried = 0;
  for (;;) {
    const session = world.session;
    const open = (session ? (session.team ? TEAM_SITTING : PERSON_SITTING) : ALL) & ~tried;
    const pace = world.emitted - world.counts.setup + 1;
    let total = 0;
    DYNAMIC_BUCKETS.forEach((b, i) => {
      weights[i] = open & (1 << i) ? Math.max(0, MIX[b] * pace - world.counts[b]) : 0;
      total += weights[i]!;
    });
    if (open === 0 || (total === 0 && session)) {
      if (!session) throw new Error(`No event can be generated at ${new Date(world.now).toISOString()}`);
      world.session = null;
      continue;
    }
    if (total === 0) DYNAMIC_BUCKETS.forEach((b, i) => (total += weights[i] = open & (1 << i) ? MIX[b] : 0));
    let x = world.rng.next() * total;
    let i = 0;
    while (i < DYNAMIC_BUCKETS.length - 1 && (x -= weights[i]!) >= 0) i++;
    while (!(open & (1 << i))) i--;
    if (STEPS[DYNAMIC_BUCKETS[i]!](world)) {
      world.sitting();
      return;
    }
    tried |= 1 << i;
  }
}

function* drain(world: World): Generator<GeneratedEvent> {
  for (const event of world.out) yield event;
  world.out.length = 0;
}

/** Local working hours by weekday (0 = Sunday). */
const hours = (weekday: number): readonly [number, number] => (weekday === 0 ? [9, 12] : weekday === 6 ? [8, 13] : [7.5, 18.5]);

function validate(options: ProgramOptions): void {
  const { teams, people, events, days, seed } = options;
  if (!Number.isInteger(seed)) throw new Error('seed must be an integer');
  if (!(teams >= 1 && people >= 2 * teams)) throw new Error('Every team needs at least two people (a lead and a member)');
  if (!(days >= 60)) throw new Error('A program history spans at least 60 days');
  if (!(events > people + teams)) throw new Error('events must exceed people + teams');
}
