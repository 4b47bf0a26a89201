import { eventIdFor } from '@norte/event-store';
import { BACKDATED_SHARE, bucketOf, emptyCounts, type MixCounts } from './mix';
import { calendar, DAY_MS, HOUR_MS, iso, type Calendar } from './calendar';
import type { GeneratedEvent, Item, Person, ProgramOptions, Team } from './model';
import { Rng } from './prng';

export interface Actor {
  readonly userId: string;
  readonly role: string;
}

export interface Course {
  readonly id: string;
  readonly bit: number;
  readonly management: boolean;
  readonly definedAt: number;
}

interface Due {
  readonly due: number;
}
/** Follow-ups decided earlier and done later: hires after leavings, promotions, exits after a misfit. */
export interface Pending {
  readonly hires: (Due & { team: number })[];
  readonly promotions: (Due & { readonly team: number })[];
  readonly exits: (Due & { readonly person: number })[];
  readonly profileChanges: (Due & { readonly person: number })[];
}

/** A recorded fact that a retraction may name later. */
export interface FactRef {
  readonly eventId: string;
  readonly type: string;
  readonly streamId: string;
  readonly person?: number;
  readonly item?: Item;
  readonly version?: number;
  readonly course?: number;
}

/** Everything the generator knows so far; helpers read it and `emit` facts into `out`. */
export class World {
  readonly rng: Rng;
  /** Ids come from their own stream, so a change in decisions does not reshuffle every id. */
  readonly ids: Rng;
  readonly cal: Calendar;
  readonly people: Person[] = [];
  readonly teams: Team[] = [];
  readonly activePeople: number[] = [];
  readonly readyTeams: number[] = [];
  readonly divisions: { readonly id: string; readonly parent: number | null; readonly teams: number[] }[] = [];
  readonly leadProfiles: string[] = [];
  readonly memberProfiles: string[] = [];
  readonly courses: Course[] = [];
  readonly coreValues: string[] = [];
  /** Published policy versions (index = version) and when they took effect. */
  readonly policies: number[] = [0];
  admin: Actor = { userId: 'local-admin', role: 'admin' };
  readonly hr: Actor[] = [];
  /** Target per channel and metric (`channel:metric`), as last set. */
  readonly standards = new Map<string, number>();
  readonly pending: Pending = { hires: [], promotions: [], exits: [], profileChanges: [] };
  /** Partial or misaligned assessments not resolved yet. */
  readonly misfits: { readonly eventId: string; readonly person: number; readonly at: number }[] = [];
  /** Assessments with a resolution: retracting them would leave the resolution without its misfit. */
  readonly resolved = new Set<string>();
  /** Event ids that currently do not count (retracted, or a retracted retraction). */
  readonly retracted = new Set<string>();
  /** Recent retractable facts (a ring): corrections come within days or weeks. */
  readonly recent: FactRef[] = [];
  recentNext = 0;
  /** Retractions that may themselves be retracted (restoring the fact). */
  readonly retractions: (FactRef & { readonly target: FactRef })[] = [];

  readonly out: GeneratedEvent[] = [];
  readonly counts: MixCounts = emptyCounts();
  /** Events per type so far. */
  readonly typeCounts: Record<string, number> = {};
  emitted = 0;
  backdated = 0;
  /** Next recording instant; `emit` never goes back in time. */
  now = 0;
  private lastRecorded = 0;
  private correlation = { key: '', id: '' };

  constructor(readonly options: ProgramOptions) {
    this.rng = new Rng(options.seed);
    this.ids = new Rng(options.seed ^ 0x5bd1e995);
    this.cal = calendar(options.start, options.days);
  }

  /** Keeps a retractable fact among the recent ones. */
  remember(ref: FactRef): void {
    const size = Math.max(256, Math.floor(this.options.events / 100));
    if (this.recent.length < size) this.recent.push(ref);
    else this.recent[this.recentNext] = ref;
    this.recentNext = (this.recentNext + 1) % size;
  }

  uuid(): string {
    return this.ids.uuid();
  }

  /** Records one fact at the current instant (or just after the previous one). Returns its event id. */
  emit(streamId: string, type: string, data: unknown, occurredAt: number, actor: Actor): string {
    const recordedAt = Math.max(this.now, this.lastRecorded + 1);
    if (occurredAt > recordedAt) throw new Error(`${type} would be recorded before it happened`);
    this.lastRecorded = recordedAt;
    const commandId = this.uuid();
    const eventId = eventIdFor(commandId, 0);
    this.out.push({
      streamId, type, data, occurredAt: iso(occurredAt), recordedAt: iso(recordedAt), eventId, commandId, actor,
      correlationId: this.correlationFor(recordedAt, actor),
    });
    this.counts[bucketOf(type, streamId)]++;
    this.typeCounts[type] = (this.typeCounts[type] ?? 0) + 1;
    this.emitted++;
    if (recordedAt - occurredAt >= DAY_MS) this.backdated++;
    return eventId;
  }

  /** Moves the clock on by a pause of min…max ms after the last record (paced imports, admin work). */
  tick(min: number, max: number): number {
    this.now = Math.max(this.now, this.lastRecorded) + this.rng.between(min, max);
    return this.now;
  }

  get lastRecordedAt(): number {
    return this.lastRecorded;
  }

  private correlationFor(at: number, actor: Actor): string {
    const key = `${this.cal.dayOf(at)}:${actor.userId}`;
    if (this.correlation.key !== key) this.correlation = { key, id: this.uuid() };
    return this.correlation.id;
  }

  actor(): Actor {
    return this.hr.length > 0 ? this.rng.pick(this.hr) : this.admin;
  }

  /** Whether the next fact should be back-dated: a controller that keeps the share on target. */
  wantBackdated(): boolean {
    const deficit = BACKDATED_SHARE * (this.emitted + 1) - this.backdated;
    return this.rng.chance(Math.min(0.5, Math.max(0, 0.06 + deficit / 40)));
  }

  /**
   * When a fact happened: usually now or earlier today; back-dated, 2–30 days ago (more often
   * recent), on a working day during business hours. Never before `floor`.
   */
  occurredAt(back: boolean, floor: number): number {
    const day = this.cal.dayOf(this.now);
    let at = this.now;
    if (back) {
      let d = day - 2 - Math.floor(28 * this.rng.next() ** 2);
      const weekday = this.cal.weekday(d);
      if (weekday === 0) d -= 2;
      if (weekday === 6) d -= 1;
      at = this.cal.dayStart(d) + 8 * HOUR_MS + this.rng.int(9 * HOUR_MS);
    } else if (this.rng.chance(0.45)) {
      const open = this.cal.dayStart(day) + 7 * HOUR_MS;
      if (this.now > open) at = this.now - this.rng.int(Math.min(5 * HOUR_MS, this.now - open));
    }
    return Math.min(this.now, Math.max(at, floor));
  }

  /** A business time for the next fact, not before `floor` (null when `floor` is still ahead). */
  when(floor: number): number | null {
    if (floor > this.now) return null;
    return this.occurredAt(this.wantBackdated(), floor);
  }

  // Membership lists with O(1) removal (swap with the last).
  addActive(person: Person): void {
    person.slot = this.activePeople.length;
    this.activePeople.push(person.idx);
  }

  removeActive(person: Person): void {
    const last = this.activePeople.pop()!;
    if (last !== person.idx) {
      this.activePeople[person.slot] = last;
      this.people[last]!.slot = person.slot;
    }
    person.slot = -1;
  }

  addReady(team: Team): void {
    team.slot = this.readyTeams.length;
    this.readyTeams.push(team.idx);
  }

  removeReady(team: Team): void {
    const last = this.readyTeams.pop()!;
    if (last !== team.idx) {
      this.readyTeams[team.slot] = last;
      this.teams[last]!.slot = team.slot;
    }
    team.slot = -1;
  }

  /**
   * The team or person whose facts are being entered in one sitting: consecutive facts of one
   * stream (a lead reporting a month's KPIs, HR catching up on a person's file).
   */
  session: { readonly team?: Team; readonly person?: Person; left: number } | null = null;
  private subject: Team | Person | null = null;

  /** The session's team if there is one and it still takes facts, else a random ready team. */
  subjectTeam(): Team | undefined {
    const team = this.session?.team && this.session.team.slot >= 0 ? this.session.team : this.randomReadyTeam();
    this.subject = team ?? null;
    return team;
  }

  subjectPerson(): Person | undefined {
    const person = this.session?.person?.active ? this.session.person : this.randomActivePerson();
    this.subject = person ?? null;
    return person;
  }

  /** After each fact: continue the sitting, or perhaps start one on the fact's stream. */
  sitting(): void {
    const last = this.out[this.out.length - 1];
    const subject = this.subject;
    this.subject = null;
    const session = this.session;
    if (session && last && last.streamId === (session.team ?? session.person)!.streamId) {
      if (--session.left <= 0) this.session = null;
      return;
    }
    this.session = null;
    if (!last || !subject || subject.streamId !== last.streamId) return;
    const isTeam = 'members' in subject;
    if (!this.rng.chance(isTeam ? 0.7 : 0.45)) return;
    const left = 1 + Math.floor(-Math.log(1 - this.rng.next()) * (isTeam ? 3 : 1.4));
    this.session = isTeam ? { team: subject, left } : { person: subject, left };
  }

  randomActivePerson(): Person | undefined {
    return this.activePeople.length === 0 ? undefined : this.people[this.rng.pick(this.activePeople)];
  }

  randomReadyTeam(): Team | undefined {
    return this.readyTeams.length === 0 ? undefined : this.teams[this.rng.pick(this.readyTeams)];
  }

  /** Program progress 0 … 1 at an instant: outcomes improve as the culture changes. */
  progress(at: number): number {
    return Math.min(1, Math.max(0, this.cal.dayOf(at) / this.options.days));
  }

  /** The team's current lead, if any. */
  leadOf(team: Team): Person | undefined {
    for (const p of team.members) if (this.people[p]!.role === 'lead') return this.people[p];
    return undefined;
  }
}
