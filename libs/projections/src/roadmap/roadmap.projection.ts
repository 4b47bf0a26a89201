import { roadmap, type Fact, type ItemStatus, type RoadmapEvent, type TeamEvent } from '@norte/domain';
import { counts, emptyRetractions, recordRetraction, type Retractions } from '../audit-trail/retractions';
import { categoryOf } from '../audit-trail/streams';
import type { DecodedEvent, Projection } from '../shared/projection';

export type RoadmapChangeKind = 'planned' | 'started' | 'completed' | 'rescheduled' | 'blocked' | 'unblocked' | 'cancelled';

/** One accepted step of an item's history. */
export interface RoadmapChange {
  readonly eventId: string;
  readonly change: RoadmapChangeKind;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly position: string;
  /** The item's status after this change. */
  readonly status: ItemStatus;
  /** Planned and rescheduled: the due date set. */
  readonly dueDate: string | null;
  /** Rescheduled, blocked, cancelled. */
  readonly reason: string | null;
  /** Completed. */
  readonly evidence: string | null;
}

export interface RoadmapItemView {
  readonly teamId: string;
  readonly itemId: string;
  readonly processId: string;
  readonly practiceId: string;
  readonly title: string;
  /** Person id; names are read through the people directory by those allowed. */
  readonly ownerId: string;
  readonly dueDate: string;
  readonly status: ItemStatus;
  readonly blockedReason: string | null;
  readonly plannedAt: string;
  readonly updatedAt: string;
  /** Position of the planning fact: the order items were created in. */
  readonly position: string;
  readonly history: readonly RoadmapChange[];
}

interface StoredFact {
  readonly eventId: string;
  readonly type: RoadmapEvent['type'];
  readonly data: RoadmapEvent['data'];
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly position: string;
}

interface ItemRecord {
  /** Every fact of the item in arrival order, retracted or not: a retracted retraction brings one back. */
  readonly facts: StoredFact[];
  view: RoadmapItemView | null;
}

export interface RoadmapState {
  /** teamId → itemId → item. */
  teams: Record<string, Record<string, ItemRecord>>;
  /** Roadmap fact id → [teamId, itemId]. */
  factItems: Record<string, readonly [string, string]>;
  retractions: Retractions;
}

const ROADMAP_TYPES: readonly RoadmapEvent['type'][] = [
  'RoadmapItemPlanned', 'RoadmapItemStarted', 'RoadmapItemCompleted', 'RoadmapItemRescheduled',
  'RoadmapItemBlocked', 'RoadmapItemUnblocked', 'RoadmapItemCancelled',
];

const CHANGE: Readonly<Record<RoadmapEvent['type'], RoadmapChangeKind>> = {
  RoadmapItemPlanned: 'planned',
  RoadmapItemStarted: 'started',
  RoadmapItemCompleted: 'completed',
  RoadmapItemRescheduled: 'rescheduled',
  RoadmapItemBlocked: 'blocked',
  RoadmapItemUnblocked: 'unblocked',
  RoadmapItemCancelled: 'cancelled',
};

/** Status after a change; rescheduling keeps it, unblocking resumes the one before blocking. */
const STATUS_AFTER: Partial<Record<RoadmapChangeKind, ItemStatus>> = {
  planned: 'planned',
  started: 'in-progress',
  completed: 'done',
  blocked: 'blocked',
  cancelled: 'cancelled',
};

const text = (data: object, field: string): string | null => {
  const value = (data as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
};

/** The domain's own state machine decides which facts count and the item's status (team.roadmap.ts). */
function replay(record: ItemRecord, retractions: Retractions): RoadmapItemView | null {
  const counting = record.facts.filter((f) => counts(retractions, f.eventId));
  const ledgerFacts: Record<string, Fact<TeamEvent>> = {};
  counting.forEach((f, seq) => {
    const event = { type: f.type, data: f.data } as TeamEvent;
    ledgerFacts[f.eventId] = { eventId: f.eventId, event, occurredAt: f.occurredAt, at: Date.parse(f.occurredAt), seq, retractedBy: [] };
  });
  const items = roadmap({ ledger: { facts: ledgerFacts, order: counting.map((f) => f.eventId) } }).items;
  const [item] = [...items.values()];
  if (!item) return null;
  const byId = new Map(counting.map((f) => [f.eventId, f]));
  const history: RoadmapChange[] = [];
  let status: ItemStatus = 'planned';
  let resume: ItemStatus = 'planned';
  for (const fact of item.facts) {
    const stored = byId.get(fact.eventId) as StoredFact;
    const change = CHANGE[stored.type];
    if (change === 'blocked') resume = status;
    status = change === 'unblocked' ? resume : (STATUS_AFTER[change] ?? status);
    history.push({
      eventId: stored.eventId,
      change,
      occurredAt: stored.occurredAt,
      recordedAt: stored.recordedAt,
      position: stored.position,
      status,
      dueDate: text(stored.data, 'dueDate'),
      reason: text(stored.data, 'reason'),
      evidence: text(stored.data, 'evidence'),
    });
  }
  const planned = byId.get(item.facts[0].eventId) as StoredFact & { data: Extract<RoadmapEvent, { type: 'RoadmapItemPlanned' }>['data'] };
  const last = history[history.length - 1];
  return {
    teamId: planned.data.teamId,
    itemId: planned.data.itemId,
    processId: planned.data.processId,
    practiceId: planned.data.practiceId,
    title: planned.data.title,
    ownerId: planned.data.ownerId,
    dueDate: item.dueDate,
    status: item.status,
    blockedReason: item.status === 'blocked' ? [...history].reverse().find((h) => h.change === 'blocked')?.reason ?? null : null,
    plannedAt: planned.occurredAt,
    updatedAt: last.occurredAt,
    position: planned.position,
    history,
  };
}

function refresh(state: RoadmapState, teamId: string, itemId: string): void {
  const record = state.teams[teamId]?.[itemId];
  if (record) record.view = replay(record, state.retractions);
}

/**
 * Each team's roadmap: items with their current status and the history of accepted changes.
 * Retracted facts leave it (an item whose planning is retracted disappears); a retracted retraction
 * brings them back. Items are replayed with the domain's state machine, so the board shows exactly
 * what the deciders accept.
 */
export const roadmapProjection: Projection<RoadmapState> = {
  name: 'roadmap',
  version: 1,
  canHandle: [...ROADMAP_TYPES, 'FactRetracted'],
  init: () => ({ teams: {}, factItems: {}, retractions: emptyRetractions() }),
  evolve(state, event: DecodedEvent) {
    if (categoryOf(event.streamId) !== 'team') return state;
    if (event.type === 'FactRetracted') {
      const { factId } = event.data as { factId: string };
      for (const flip of recordRetraction(state.retractions, event.eventId, factId)) {
        const item = state.factItems[flip.factId];
        if (item) refresh(state, item[0], item[1]);
      }
      return state;
    }
    const data = event.data as RoadmapEvent['data'];
    const items = (state.teams[data.teamId] ??= {});
    const record = (items[data.itemId] ??= { facts: [], view: null });
    record.facts.push({
      eventId: event.eventId,
      type: event.type as RoadmapEvent['type'],
      data,
      occurredAt: event.occurredAt,
      recordedAt: event.recordedAt,
      position: event.position.toString(),
    });
    state.factItems[event.eventId] = [data.teamId, data.itemId];
    refresh(state, data.teamId, data.itemId);
    return state;
  },
};
