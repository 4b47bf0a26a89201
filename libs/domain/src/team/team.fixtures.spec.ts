// Fixtures shared by the team specs (not a test file: no `.unit.`).
import { stamp } from '@norte/testing';
import type { Envelope } from '../shared/decider';
import type { TeamContext } from './team.commands';
import type { TeamEvent } from './team.events';

export const on = (monthDay: string): string => `2026-${monthDay}T09:00:00.000Z`;

/** p1 throughout; p2 until 03-01; p3 from 02-01. */
export const context: TeamContext = {
  team: { status: 'active' },
  memberships: [
    { personId: 'p1', from: on('01-01'), until: null },
    { personId: 'p2', from: on('01-01'), until: on('03-01') },
    { personId: 'p3', from: on('02-01'), until: null },
  ],
};
export const options = (day = '05-01', ctx: TeamContext = context) => ({ occurredAt: on(day), context: ctx });

const t = { teamId: 't1' };
type E = TeamEvent;
const at = (id: string, day: string, event: E): Envelope<E> => stamp(event, on(day), id);
const item = (itemId: string) => ({ ...t, itemId });

export const planned = (itemId = 'i1', day = '01-10'): Envelope<E> =>
  at(`${itemId}-planned`, day, {
    type: 'RoadmapItemPlanned',
    data: { ...item(itemId), processId: 'leadership', practiceId: 'managerial-coaching', title: 'Coach every member monthly', ownerId: 'p1', dueDate: '2026-06-30' },
  });
export const started = (itemId = 'i1', day = '02-01') => at(`${itemId}-started`, day, { type: 'RoadmapItemStarted', data: item(itemId) });
export const completed = (itemId = 'i1', day = '03-01') => at(`${itemId}-completed`, day, { type: 'RoadmapItemCompleted', data: { ...item(itemId), evidence: 'Sessions logged' } });
export const blocked = (itemId = 'i1', day = '02-10') => at(`${itemId}-blocked`, day, { type: 'RoadmapItemBlocked', data: { ...item(itemId), reason: 'No budget' } });
export const unblocked = (itemId = 'i1', day = '02-20') => at(`${itemId}-unblocked`, day, { type: 'RoadmapItemUnblocked', data: item(itemId) });
export const cancelled = (itemId = 'i1', day = '02-15') => at(`${itemId}-cancelled`, day, { type: 'RoadmapItemCancelled', data: { ...item(itemId), reason: null } });
export const workshop = (id = 'wk', day = '02-15', attendeeIds: readonly string[] = ['p1', 'p2']) =>
  at(id, day, { type: 'WorkshopHeld', data: { ...t, workshopId: id, kind: 'true-north-cascade', name: 'Cascade', attendeeIds } });
export const survey = (id = 'survey', day = '02-15') => at(id, day, { type: 'SurveyResultRecorded', data: { ...t, kind: 'climate', score: 4.2, responseCount: 7 } });
export const retracted = (day: string, factId: string, id: string, factType: string) =>
  at(id, day, { type: 'FactRetracted', data: { factId, factType, reason: 'entered by mistake' } });
