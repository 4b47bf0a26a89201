import { visibleScore, type Reader } from '../audit-trail/access';
import { get } from '../shared/columns';
import { indexOf, nameOf, positionOf, refAt, type LogRef } from '../audit-trail/log-refs';
import type { DecodedEvent } from '../shared/projection';
import { activityDetails, type ActivityDetails, type ActivityEntry, type ActivityKind } from './activity-feed.details';
import { entryCounts, kindOf, type ActivityFeedState } from './activity-feed.projection';

/** Survey and CSAT entries as a reader may see them: below the minimum, the score is withheld. */
export type ActivityReadingDetails =
  | Exclude<ActivityDetails, { kind: 'survey' | 'csat' }>
  | (Omit<Extract<ActivityDetails, { kind: 'survey' }>, 'score'> & { readonly score: number | null; readonly notEnoughResponses: boolean })
  | (Omit<Extract<ActivityDetails, { kind: 'csat' }>, 'score'> & { readonly score: number | null; readonly notEnoughResponses: boolean });

export interface ActivityReading extends Omit<ActivityEntry, 'details'> {
  readonly details: ActivityReadingDetails;
}

export interface FeedPage {
  /** Newest first. */
  readonly entries: readonly ActivityReading[];
  /** More entries lie before the last one: pass its position as `before`. */
  readonly hasMore: boolean;
}

export interface FeedRequest {
  readonly first: number;
  /** Only entries recorded before this global position (the previous page's last entry). */
  readonly before?: string | null;
  readonly reader: Reader;
  readonly confidentialityMinimum: number;
}

/** An entry of a page, before its events are read from the log. */
export interface PlannedEntry {
  readonly event: LogRef;
  readonly teamId: string;
  readonly kind: ActivityKind;
  /** Training: its course's title when it was recorded. */
  readonly courseTitle: string | null;
  /** Retraction: the kind of the entry it retracts. */
  readonly retractedKind: ActivityKind | null;
  /** Roadmap change: where its item's planning lies in the log. */
  readonly planned: LogRef | null;
}

/** Which events a page shows, newest first: all the read model knows, taken at once (no await in between). */
export interface FeedPlan {
  readonly entries: readonly PlannedEntry[];
  readonly hasMore: boolean;
}

/** A team's entries from newest to oldest, starting below a position. */
interface Cursor {
  readonly entries: Int32Array;
  /** Index of the next entry to take; -1 when done. */
  next: number;
}

/** Number of entries of a team (in global order) before `before`. */
function entriesBefore(state: ActivityFeedState, entries: Int32Array, length: number, before: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (positionOf(state.refs, entries[mid]) < before) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A max-heap of team cursors by the position of their next entry: merges the teams' entries newest first. */
class NewestFirst {
  private readonly heap: Cursor[] = [];
  constructor(private readonly state: ActivityFeedState) {}

  private position(i: number): number {
    const cursor = this.heap[i];
    return positionOf(this.state.refs, cursor.entries[cursor.next]);
  }

  private swap(i: number, j: number): void {
    [this.heap[i], this.heap[j]] = [this.heap[j], this.heap[i]];
  }

  add(cursor: Cursor): void {
    if (cursor.next < 0) return;
    this.heap.push(cursor);
    for (let i = this.heap.length - 1; i > 0 && this.position((i - 1) >> 1) < this.position(i); i = (i - 1) >> 1) this.swap(i, (i - 1) >> 1);
  }

  /** The newest entry left, or -1. */
  take(): number {
    const top = this.heap[0];
    if (!top) return -1;
    const entry = top.entries[top.next--];
    if (top.next < 0) {
      const last = this.heap.pop() as Cursor;
      if (this.heap.length === 0) return entry;
      this.heap[0] = last;
    }
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < this.heap.length && this.position(left) > this.position(largest)) largest = left;
      if (right < this.heap.length && this.position(right) > this.position(largest)) largest = right;
      if (largest === i) break;
      this.swap(i, largest);
      i = largest;
    }
    return entry;
  }
}

function planned(state: ActivityFeedState, entry: number): PlannedEntry {
  const kind = kindOf(state, entry);
  const link = get(state.link, entry);
  return {
    event: refAt(state.refs, entry),
    teamId: nameOf(state.teams, get(state.team, entry)),
    kind,
    courseTitle: kind === 'training' && link >= 0 ? state.courseTitles[link] : null,
    retractedKind: kind === 'retraction' ? kindOf(state, link) : null,
    planned: kind === 'roadmap' && link >= 0 ? refAt(state.refs, link) : null,
  };
}

/** The entries of a page of the feed of the given teams (those below a unit), newest first, that count now. */
export function planFeed(state: ActivityFeedState, teamIds: readonly string[], { first, before }: Pick<FeedRequest, 'first' | 'before'>): FeedPlan {
  const bound = before ? Number(before) : Infinity;
  const merge = new NewestFirst(state);
  for (const teamId of new Set(teamIds)) {
    const team = indexOf(state.teams, teamId);
    if (team === undefined) continue;
    const { items, length } = state.teamEntries[team];
    merge.add({ entries: items, next: entriesBefore(state, items, length, bound) - 1 });
  }
  const taken: number[] = [];
  for (let entry = merge.take(); entry >= 0 && taken.length <= first; entry = merge.take()) {
    if (entryCounts(state, entry)) taken.push(entry);
  }
  return { entries: taken.slice(0, first).map((entry) => planned(state, entry)), hasMore: taken.length > first };
}

/** Every event a page's details are built from: its entries' and their roadmap items' planning. */
export function refsToRead(plan: FeedPlan): LogRef[] {
  const refs = new Map<string, LogRef>();
  for (const entry of plan.entries) {
    for (const ref of [entry.event, entry.planned]) if (ref) refs.set(refKey(ref), ref);
  }
  return [...refs.values()];
}

export const refKey = (ref: { readonly streamId: string; readonly revision: bigint }): string => `${ref.streamId}@${ref.revision}`;

/** Events read from the log, by where they lie. */
export type EventLookup = (ref: LogRef) => DecodedEvent | undefined;

function readingOf(entry: PlannedEntry, lookup: EventLookup, { reader, confidentialityMinimum }: FeedRequest): ActivityReading | null {
  const event = lookup(entry.event);
  if (!event) return null;
  const planning = entry.planned ? (lookup(entry.planned) ?? null) : null;
  const details = activityDetails(entry.kind, event, { courseTitle: entry.courseTitle, retractedKind: entry.retractedKind, planned: planning });
  if (!details) return null;
  const reading = { eventId: event.eventId, position: event.position.toString(), teamId: entry.teamId, occurredAt: event.occurredAt, recordedAt: event.recordedAt };
  if (details.kind !== 'survey' && details.kind !== 'csat') return { ...reading, details };
  return { ...reading, details: { ...details, ...visibleScore(details.score, details.responseCount, confidentialityMinimum, reader) } };
}

/** A page from its plan and the events read from the log. */
export function feedPage(plan: FeedPlan, lookup: EventLookup, request: FeedRequest): FeedPage {
  const entries = plan.entries.map((entry) => readingOf(entry, lookup, request)).filter((r): r is ActivityReading => r !== null);
  return { entries, hasMore: plan.hasMore };
}

/** A page of the feed of the given teams, newest first, its events looked up synchronously (an in-memory log). */
export function readFeed(state: ActivityFeedState, teamIds: readonly string[], request: FeedRequest, lookup: EventLookup): FeedPage {
  return feedPage(planFeed(state, teamIds, request), lookup, request);
}
