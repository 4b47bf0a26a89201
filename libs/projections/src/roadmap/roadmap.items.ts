import { roadmap, type Fact, type ItemStatus, type TeamEvent } from '@norte/domain';
import { instant, intern, ledgerFact, lookup, readId, valueOrNull } from './compact';
import { itemIdOf, ROADMAP_TYPES, type RoadmapChange, type RoadmapChangeKind, type RoadmapItemView, type RoadmapState } from './roadmap.projection';

const CHANGES: readonly RoadmapChangeKind[] = ['planned', 'started', 'completed', 'rescheduled', 'blocked', 'unblocked', 'cancelled'];

/** Status after a change; rescheduling keeps it, unblocking resumes the one before blocking. */
const STATUS_AFTER: Partial<Record<RoadmapChangeKind, ItemStatus>> = {
  planned: 'planned',
  started: 'in-progress',
  completed: 'done',
  blocked: 'blocked',
  cancelled: 'cancelled',
};

/** An item as the domain's state machine sees it over its facts that count. */
export interface ItemStanding {
  readonly item: number;
  readonly status: ItemStatus;
  readonly dueDate: string;
  /** Rows of the facts it accepted, in business-time order; the first is the planning. */
  readonly accepted: readonly number[];
}

/** Item rows of a team, in arrival order. */
export function itemsOfTeam(state: RoadmapState, teamId: string): number[] {
  const team = lookup(state.teams, teamId);
  const rows: number[] = [];
  if (team < 0) return rows;
  for (let item = state.teamFirst[team]; item >= 0; item = state.items.columns.nextInTeam[item]) rows.push(item);
  return rows;
}

/**
 * Replays an item's counting facts with the domain's own state machine (team.roadmap.ts), which
 * decides the status and which facts are accepted. Null when no planning counts.
 */
export function standing(state: RoadmapState, item: number): ItemStanding | null {
  const { columns } = state.facts;
  const itemId = itemIdOf(state, item);
  const facts = new Map<string, Fact<TeamEvent>>();
  const order: string[] = [];
  // The ledger only needs ids unique within the item: '0', '1', … name rows[0], rows[1], …
  const rows: number[] = [];
  for (let row = state.items.columns.firstFact[item]; row >= 0; row = columns.next[row]) {
    if (columns.retracted[row]) continue;
    const eventId = String(rows.length);
    const event = { type: ROADMAP_TYPES[columns.kind[row]], data: { itemId, dueDate: valueOrNull(state.strings, columns.dueDate[row]) } } as unknown as TeamEvent;
    facts.set(eventId, ledgerFact(eventId, event, columns.at[row], rows.length));
    order.push(eventId);
    rows.push(row);
  }
  if (rows.length === 0) return null;
  const replayed = roadmap({ ledger: { facts, order } }).items.get(itemId);
  if (!replayed) return null;
  return { item, status: replayed.status, dueDate: replayed.dueDate, accepted: replayed.facts.map((f) => rows[Number(f.eventId)]) };
}

const ITEM_STATUSES: readonly ItemStatus[] = ['planned', 'in-progress', 'blocked', 'done', 'cancelled'];
const [UNKNOWN, UNPLANNED] = [0, 1];

/**
 * The item's status and due date, replayed once and remembered in the state until its facts
 * change (evolve clears it). The only write a query makes: a cache holding exactly what a replay
 * gives, so a unit's attention list replays only the items it shows.
 */
export function statusOf(state: RoadmapState, item: number): Pick<ItemStanding, 'status' | 'dueDate'> | null {
  const { knownStatus, knownDueDate } = state.items.columns;
  if (knownStatus[item] === UNKNOWN) {
    const replayed = standing(state, item);
    knownStatus[item] = replayed ? 2 + ITEM_STATUSES.indexOf(replayed.status) : UNPLANNED;
    knownDueDate[item] = replayed ? intern(state.strings, replayed.dueDate) : -1;
  }
  const known = knownStatus[item];
  return known === UNPLANNED ? null : { status: ITEM_STATUSES[known - 2], dueDate: state.strings.values[knownDueDate[item]] };
}

function change(state: RoadmapState, row: number, status: ItemStatus): RoadmapChange {
  const { columns } = state.facts;
  const kind = CHANGES[columns.kind[row]];
  const text = valueOrNull(state.strings, columns.text[row]);
  return {
    eventId: readId(columns.eventId, row, state.otherIds),
    change: kind,
    occurredAt: instant(columns.at[row]),
    recordedAt: instant(columns.recordedAt[row]),
    position: columns.position[row].toString(),
    status,
    dueDate: valueOrNull(state.strings, columns.dueDate[row]),
    reason: kind === 'completed' ? null : text,
    evidence: kind === 'completed' ? text : null,
  };
}

/** The item as the board shows it, with the history of its accepted changes. */
export function itemView(state: RoadmapState, { item, status, dueDate, accepted }: ItemStanding): RoadmapItemView {
  const history: RoadmapChange[] = [];
  let current: ItemStatus = 'planned';
  let resume: ItemStatus = 'planned';
  for (const row of accepted) {
    const kind = CHANGES[state.facts.columns.kind[row]];
    if (kind === 'blocked') resume = current;
    current = kind === 'unblocked' ? resume : (STATUS_AFTER[kind] ?? current);
    history.push(change(state, row, current));
  }
  const planned = accepted[0];
  const plan = state.facts.columns.plan[planned];
  const plans = state.plans.columns;
  const string = (index: number) => state.strings.values[index];
  return {
    teamId: state.teams.values[state.items.columns.team[item]],
    itemId: itemIdOf(state, item),
    processId: string(plans.process[plan]),
    practiceId: string(plans.practice[plan]),
    title: string(plans.title[plan]),
    ownerId: string(plans.owner[plan]),
    dueDate,
    status,
    blockedReason: status === 'blocked' ? ([...history].reverse().find((h) => h.change === 'blocked')?.reason ?? null) : null,
    plannedAt: history[0].occurredAt,
    updatedAt: history[history.length - 1].occurredAt,
    position: history[0].position,
    history,
  };
}
