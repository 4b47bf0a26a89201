import { visibleScore, type Reader } from '../audit-trail/access';
import { counts } from '../audit-trail/retractions';
import { comparePositions } from '../audit-trail/streams';
import type { ActivityDetails, ActivityEntry, ActivityFeedState } from './activity-feed.projection';

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

function readingOf(entry: ActivityEntry, { reader, confidentialityMinimum }: FeedRequest): ActivityReading {
  const { details } = entry;
  if (details.kind !== 'survey' && details.kind !== 'csat') return { ...entry, details };
  return { ...entry, details: { ...details, ...visibleScore(details.score, details.responseCount, confidentialityMinimum, reader) } };
}

/** Index of the first id whose entry is at or after `before` (ids are in global order). */
function cut(state: ActivityFeedState, ids: readonly string[], before: string | null | undefined): number {
  if (!before) return ids.length;
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (comparePositions(state.entries[ids[mid]].position, before) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A page of the feed of the given teams (those below a unit), newest first. */
export function readFeed(state: ActivityFeedState, teamIds: readonly string[], request: FeedRequest): FeedPage {
  const wanted = request.first + 1;
  const candidates: ActivityEntry[] = [];
  for (const teamId of teamIds) {
    const ids = state.teams[teamId] ?? [];
    let taken = 0;
    for (let i = cut(state, ids, request.before) - 1; i >= 0 && taken < wanted; i--) {
      if (!counts(state.retractions, ids[i])) continue;
      candidates.push(state.entries[ids[i]]);
      taken++;
    }
  }
  candidates.sort((a, b) => comparePositions(b.position, a.position));
  return { entries: candidates.slice(0, request.first).map((e) => readingOf(e, request)), hasMore: candidates.length > request.first };
}
