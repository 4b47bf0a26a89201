import { assertNever } from '../shared/decider';
import { conflict, notFound } from '../shared/errors';
import { requireDate, requireId, optionalText, requireText } from '../shared/guards';
import { effectiveFacts, firstFact, isFactOf, type Fact } from '../shared/ledger';
import type { Violation } from '../shared/retraction';
import { requirePractice, requireProcess } from '../program/program.catalogue';
import type { RoadmapCommand } from './team.commands';
import type { RoadmapEvent, TeamEvent } from './team.events';
import type { TeamState } from './team.state';

const TITLE_MAX = 200;
const TEXT_MAX = 2000;

export type ItemStatus = 'planned' | 'in-progress' | 'blocked' | 'done' | 'cancelled';
type Transition = Exclude<RoadmapEvent['type'], 'RoadmapItemPlanned'>;

/**
 * The roadmap item state machine ('resume' = back to the status before blocking):
 *
 *   from \ event  Started      Completed  Rescheduled  Blocked  Unblocked  Cancelled
 *   planned       in-progress  done       planned      blocked  –          cancelled
 *   in-progress   –            done       in-progress  blocked  –          cancelled
 *   blocked       –            –          blocked      –        resume     cancelled
 *   done          –            –          –            –        –          –
 *   cancelled     –            –          –            –        –          –
 *
 * Done and cancelled are final. Completing straight from planned is allowed (a start not recorded).
 */
const TRANSITIONS: Readonly<Record<ItemStatus, Partial<Record<Transition, ItemStatus | 'resume'>>>> = {
  planned: {
    RoadmapItemStarted: 'in-progress',
    RoadmapItemCompleted: 'done',
    RoadmapItemRescheduled: 'planned',
    RoadmapItemBlocked: 'blocked',
    RoadmapItemCancelled: 'cancelled',
  },
  'in-progress': {
    RoadmapItemCompleted: 'done',
    RoadmapItemRescheduled: 'in-progress',
    RoadmapItemBlocked: 'blocked',
    RoadmapItemCancelled: 'cancelled',
  },
  blocked: { RoadmapItemRescheduled: 'blocked', RoadmapItemUnblocked: 'resume', RoadmapItemCancelled: 'cancelled' },
  done: {},
  cancelled: {},
};

export interface RoadmapItem {
  readonly status: ItemStatus;
  /** Status to return to on unblocking. */
  readonly resume: ItemStatus;
  readonly dueDate: string;
  /** The item's effective facts in business-time order. */
  readonly facts: readonly Fact<RoadmapEvent>[];
}

const isRoadmap = isFactOf<TeamEvent, RoadmapEvent['type']>(
  'RoadmapItemPlanned',
  'RoadmapItemStarted',
  'RoadmapItemCompleted',
  'RoadmapItemRescheduled',
  'RoadmapItemBlocked',
  'RoadmapItemUnblocked',
  'RoadmapItemCancelled',
);

function step(item: RoadmapItem | undefined, fact: Fact<RoadmapEvent>): RoadmapItem | string {
  const { event } = fact;
  if (event.type === 'RoadmapItemPlanned') {
    return item ? 'The item would be planned twice' : { status: 'planned', resume: 'planned', dueDate: event.data.dueDate, facts: [fact] };
  }
  if (!item) return `A ${event.type} would have no planned item`;
  const next = TRANSITIONS[item.status][event.type];
  if (!next) return `A ${item.status} item cannot take a ${event.type}`;
  return {
    status: next === 'resume' ? item.resume : next,
    resume: event.type === 'RoadmapItemBlocked' ? item.status : item.resume,
    dueDate: event.type === 'RoadmapItemRescheduled' ? event.data.dueDate : item.dueDate,
    facts: [...item.facts, fact],
  };
}

export interface Roadmap {
  readonly items: ReadonlyMap<string, RoadmapItem>;
  readonly violations: readonly Violation[];
}

/** Replays every item from the effective facts; a fact the state machine refuses is a violation. */
export function roadmap(state: TeamState): Roadmap {
  const items = new Map<string, RoadmapItem>();
  const violations: Violation[] = [];
  for (const fact of effectiveFacts(state.ledger).filter(isRoadmap)) {
    const item = items.get(fact.event.data.itemId);
    const next = step(item, fact);
    if (typeof next === 'string') {
      violations.push({ factId: fact.eventId, because: (item?.facts ?? []).slice(-1).map((f) => f.eventId), reason: next });
    } else items.set(fact.event.data.itemId, next);
  }
  return { items, violations };
}

function requireItem(state: TeamState, itemId: string, occurredAt: string): RoadmapItem {
  requireId('itemId', itemId);
  const item = roadmap(state).items.get(itemId);
  if (!item) throw notFound('itemId', `Roadmap item '${itemId}' does not exist`);
  const later = item.facts.filter((f) => f.at > Date.parse(occurredAt)).map((f) => f.eventId);
  if (later.length > 0) throw conflict(`The item has facts dated after ${occurredAt}; retract ${later.join(', ')} first`, 'occurredAt', later);
  return item;
}

type TransitionCommand = Exclude<RoadmapCommand, { type: 'PlanRoadmapItem' }>;

function transition(command: TransitionCommand, state: TeamState, event: RoadmapEvent): readonly RoadmapEvent[] {
  const item = requireItem(state, command.data.itemId, command.occurredAt);
  if (!TRANSITIONS[item.status][event.type as Transition]) {
    throw conflict(`A ${item.status} item cannot take a ${event.type}`, 'itemId', item.facts.slice(-1).map((f) => f.eventId));
  }
  if (event.type === 'RoadmapItemRescheduled' && event.data.dueDate === item.dueDate) {
    throw conflict(`The item is already due on ${item.dueDate}`, 'dueDate');
  }
  return [event];
}

export function decideRoadmap(command: RoadmapCommand, state: TeamState): readonly RoadmapEvent[] {
  const { teamId, itemId } = command.data;
  const item = { teamId, itemId };
  const text = (field: 'evidence' | 'reason', value: string) => requireText(field, value, TEXT_MAX);
  switch (command.type) {
    case 'PlanRoadmapItem': {
      const { data } = command;
      requireId('itemId', itemId);
      const used = firstFact(state.ledger, (e) => e.type === 'RoadmapItemPlanned' && e.data.itemId === itemId);
      if (used) throw conflict(`Roadmap item '${itemId}' already exists (ids are never reused)`, 'itemId', [used.eventId]);
      const processId = requireProcess('processId', data.processId);
      const practiceId = requirePractice('practiceId', processId, data.practiceId);
      const title = requireText('title', data.title, TITLE_MAX);
      const ownerId = requireId('ownerId', data.ownerId);
      const dueDate = requireDate('dueDate', data.dueDate);
      return [{ type: 'RoadmapItemPlanned', data: { ...item, processId, practiceId, title, ownerId, dueDate } }];
    }
    case 'StartRoadmapItem':
      return transition(command, state, { type: 'RoadmapItemStarted', data: item });
    case 'CompleteRoadmapItem':
      return transition(command, state, { type: 'RoadmapItemCompleted', data: { ...item, evidence: text('evidence', command.data.evidence) } });
    case 'RescheduleRoadmapItem': {
      const dueDate = requireDate('dueDate', command.data.dueDate);
      return transition(command, state, { type: 'RoadmapItemRescheduled', data: { ...item, dueDate, reason: text('reason', command.data.reason) } });
    }
    case 'BlockRoadmapItem':
      return transition(command, state, { type: 'RoadmapItemBlocked', data: { ...item, reason: text('reason', command.data.reason) } });
    case 'UnblockRoadmapItem':
      return transition(command, state, { type: 'RoadmapItemUnblocked', data: item });
    case 'CancelRoadmapItem': {
      const reason = optionalText('reason', command.data.reason, TEXT_MAX);
      return transition(command, state, { type: 'RoadmapItemCancelled', data: { ...item, reason } });
    }
    default:
      return assertNever(command);
  }
}
