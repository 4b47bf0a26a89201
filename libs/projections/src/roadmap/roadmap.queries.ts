import type { RoadmapItemView, RoadmapState } from './roadmap.projection';
import { comparePositions } from '../audit-trail/streams';

export interface RoadmapItemReading extends RoadmapItemView {
  /** Due before `today` and neither done nor cancelled. */
  readonly overdue: boolean;
}

/** `today` is a calendar date (YYYY-MM-DD) in the organisation's time zone, given by the caller. */
export const isOverdue = (item: RoadmapItemView, today: string): boolean =>
  item.dueDate < today && item.status !== 'done' && item.status !== 'cancelled';

const reading = (item: RoadmapItemView, today: string): RoadmapItemReading => ({ ...item, overdue: isOverdue(item, today) });

const byDueDate = (a: RoadmapItemView, b: RoadmapItemView) =>
  (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) || comparePositions(a.position, b.position);

function itemsOf(state: RoadmapState, teamId: string): RoadmapItemView[] {
  return Object.values(state.teams[teamId] ?? {}).flatMap((record) => (record.view ? [record.view] : []));
}

/** Every item of a team, soonest due first, overdue flagged. */
export function teamRoadmap(state: RoadmapState, teamId: string, today: string): readonly RoadmapItemReading[] {
  return itemsOf(state, teamId).sort(byDueDate).map((item) => reading(item, today));
}

/** Overdue and blocked items of the given teams (those below a unit), soonest due first. */
export function roadmapAttention(state: RoadmapState, teamIds: readonly string[], today: string): readonly RoadmapItemReading[] {
  return teamIds
    .flatMap((teamId) => itemsOf(state, teamId))
    .filter((item) => item.status === 'blocked' || isOverdue(item, today))
    .sort(byDueDate)
    .map((item) => reading(item, today));
}
