import type { Channel, TeamRole } from '@norte/domain';

export interface ProgramOptions {
  readonly seed: number;
  readonly teams: number;
  /** Head count at the start (leavers are replaced, so more people are enrolled over the years). */
  readonly people: number;
  /** Exactly this many events are generated. */
  readonly events: number;
  /** First day (YYYY-MM-DD, in America/Bogota). */
  readonly start: string;
  readonly days: number;
}

/** One generated fact, in global recorded order, with what the API would stamp around it. */
export interface GeneratedEvent {
  readonly streamId: string;
  readonly type: string;
  readonly data: unknown;
  /** Business time (ISO instant). */
  readonly occurredAt: string;
  /** System time (ISO instant); never decreases from one event to the next. */
  readonly recordedAt: string;
  /** The API's id for the command's first event: eventIdFor(commandId, 0). */
  readonly eventId: string;
  readonly commandId: string;
  readonly actor: { readonly userId: string; readonly role: string };
  /** One import run per day and actor. */
  readonly correlationId: string;
}

/** A stretch on a team, half-open in business time: from ≤ t < until. */
export interface Stint {
  readonly team: number;
  readonly from: number;
  until: number;
}

export interface Person {
  readonly idx: number;
  readonly id: string;
  readonly streamId: string;
  name: string;
  email: string;
  team: number;
  role: TeamRole;
  profile: string | null;
  readonly stints: Stint[];
  active: boolean;
  /** Latest business time of any fact about or naming the person: nothing may end their stint before it. */
  lastAt: number;
  /** Bit v: policy version v acknowledged (and not retracted). */
  acked: number;
  /** Bit i: course i completed. */
  courses: number;
  /** Position in World.activePeople while active. */
  slot: number;
}

export interface Membership {
  readonly person: number;
  readonly from: number;
  until: number;
}

export type ItemStatus = 'planned' | 'in-progress' | 'blocked' | 'done' | 'cancelled' | 'gone';

interface ItemSnapshot {
  readonly status: ItemStatus;
  readonly resume: ItemStatus;
  readonly due: string;
  readonly lastAt: number;
}

export interface Item extends ItemSnapshot {
  readonly id: string;
  readonly team: number;
  status: ItemStatus;
  resume: ItemStatus;
  due: string;
  lastAt: number;
  /** Per recorded fact: its event id and the item as it was before it (to undo a retraction of the latest). */
  readonly history: { readonly eventId: string; readonly before: ItemSnapshot }[];
}

export interface Team {
  readonly idx: number;
  readonly id: string;
  readonly streamId: string;
  readonly name: string;
  readonly division: number;
  readonly channels: readonly Channel[];
  /** How well the team serves, −1 … 1: scores, KPIs and fits lean on it. */
  readonly quality: number;
  readonly members: number[];
  readonly memberships: Membership[];
  /** When its roster was imported (Infinity before). */
  readyAt: number;
  archivedAt: number;
  readonly open: Item[];
  /** Position in World.readyTeams while ready and not archived. */
  slot: number;
}

export const activeAt = (person: Person, at: number): boolean => person.stints.some((s) => s.from <= at && at < s.until);

export function membersAt(team: Team, at: number): number[] {
  const found: number[] = [];
  for (const m of team.memberships) if (m.from <= at && at < m.until) found.push(m.person);
  return found;
}
