import type { ItemStatus } from '@norte/domain';
import type { RoadmapItemView, RoadmapState } from './roadmap.projection';
import { comparePositions } from '../audit-trail/streams';
import { itemView, itemsOfTeam, standing, statusOf, type ItemStanding } from './roadmap.items';

export interface RoadmapItemReading extends RoadmapItemView {
  /** Due before `today` and neither done nor cancelled. */
  readonly overdue: boolean;
}

/** `today` is a calendar date (YYYY-MM-DD) in the organisation's time zone, given by the caller. */
export const isOverdue = (item: { readonly dueDate: string; readonly status: ItemStatus }, today: string): boolean =>
  item.dueDate < today && item.status !== 'done' && item.status !== 'cancelled';

const reading = (item: RoadmapItemView, today: string): RoadmapItemReading => ({ ...item, overdue: isOverdue(item, today) });

const byDueDate = (a: RoadmapItemView, b: RoadmapItemView) =>
  (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) || comparePositions(a.position, b.position);

/** The team's items whose planning counts, replayed. */
function standings(state: RoadmapState, teamId: string): ItemStanding[] {
  return itemsOfTeam(state, teamId).flatMap((item) => standing(state, item) ?? []);
}

/** Every item of a team, soonest due first, overdue flagged. */
export function teamRoadmap(state: RoadmapState, teamId: string, today: string): readonly RoadmapItemReading[] {
  return standings(state, teamId).map((s) => itemView(state, s)).sort(byDueDate).map((item) => reading(item, today));
}

/** Overdue and blocked items of the given teams (those below a unit), soonest due first. */
export function roadmapAttention(state: RoadmapState, teamIds: readonly string[], today: string): readonly RoadmapItemReading[] {
  const needsAttention = (item: number) => {
    const known = statusOf(state, item);
    return known !== null && (known.status === 'blocked' || isOverdue(known, today));
  };
  return teamIds
    .flatMap((teamId) => itemsOfTeam(state, teamId).filter(needsAttention))
    .map((item) => itemView(state, standing(state, item) as ItemStanding))
    .sort(byDueDate)
    .map((item) => reading(item, today));
}
