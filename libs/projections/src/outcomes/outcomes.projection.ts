import {
  PROTOCOL_STEPS,
  SERVICE_BEHAVIOURS,
  type Channel,
  type KpiMetric,
  type OrganisationEvent,
  type ProtocolStep,
  type ServiceBehaviour,
  type SurveyKind,
  type TeamEvent,
} from '@norte/domain';
import { counts, emptyRetractions, isRetraction, recordRetraction, type Retractions } from '../audit-trail/retractions';
import { categoryOf, entityOf } from '../audit-trail/streams';
import type { DecodedEvent, Projection } from '../shared/projection';
import { addRow, ID_WIDTH, idTest, instant, intern, interned, lookup, readId, table, trimmed, writeId, type Interned, type Table } from '../roadmap/compact';
import { dateIn } from './zone-dates';

interface Stamp {
  readonly eventId: string;
  readonly position: string;
  readonly occurredAt: string;
  /** Calendar date of `occurredAt` in the organisation's time zone. */
  readonly date: string;
}

/**
 * A measurement as the queries compare and aggregate it, built from its stored row when read. Its
 * stamp (event id, instant, position) and a shop's single scores are read from the row only for
 * the points shown (`stampOf`, `shopOf`): a unit's aggregates read every measurement of its teams.
 */
export type Measurement = { readonly row: number; readonly teamId: string; readonly date: string } & (
    | { readonly kind: 'survey'; readonly surveyKind: SurveyKind; readonly score: number; readonly responseCount: number }
    | { readonly kind: 'csat'; readonly score: number; readonly responseCount: number }
    | { readonly kind: 'mystery-shop'; readonly channel: Channel; readonly meanScore: number; readonly protocolCompliance: number }
    | { readonly kind: 'kpi'; readonly channel: Channel; readonly metric: KpiMetric; readonly value: number }
  );

export type Standard = Stamp & { readonly channel: Channel; readonly metric: KpiMetric; readonly target: number };

/** Row kinds: 0 survey, 1 CSAT, 2 mystery shop, 3 KPI. */
const KIND_OF_TYPE: Readonly<Record<string, number>> = { SurveyResultRecorded: 0, CsatRecorded: 1, MysteryShopRecorded: 2, KpiMeasured: 3 };
const [SURVEY, CSAT, SHOP, KPI] = [0, 1, 2, 3];

/**
 * One row per measurement, in arrival (global) order. `label` is the survey kind or the channel,
 * `metric` the KPI metric (indexes in `labels`); `value` is the score or the KPI value.
 */
const rowColumns = (n: number) => ({
  team: new Int32Array(n),
  kind: new Uint8Array(n),
  label: new Int32Array(n),
  metric: new Int32Array(n),
  /** Index in `dates`. */
  date: new Int32Array(n),
  /** Business time, epoch ms. */
  at: new Float64Array(n),
  position: new BigInt64Array(n),
  eventId: new Uint32Array(n * ID_WIDTH),
  value: new Float64Array(n),
  responses: new Float64Array(n),
  /** Mystery shops: row in `shops`, else -1. */
  shop: new Int32Array(n),
  /** Next measurement of the same team; -1 ends the chain. */
  next: new Int32Array(n),
  /** 1 while an effective retraction targets it. */
  retracted: new Uint8Array(n),
});

/** A mystery shop's six behaviour scores (SERVICE_BEHAVIOURS order) and protocol steps followed (bit per PROTOCOL_STEPS). */
const shopColumns = (n: number) => ({
  scores: new Float64Array(n * SERVICE_BEHAVIOURS.length),
  protocol: new Uint8Array(n),
});

export interface OutcomesState {
  timeZone: string;
  /** Team ids, numbered in order of first use; each team's rows are a chain from teamFirst to teamLast. */
  teams: Interned;
  teamFirst: number[];
  teamLast: number[];
  /** Survey kinds, channels and metrics. */
  labels: Interned;
  /** Calendar dates (YYYY-MM-DD). */
  dates: Interned;
  rows: Table<ReturnType<typeof rowColumns>>;
  shops: Table<ReturnType<typeof shopColumns>>;
  /** Service standards in global order (a handful). */
  standards: Standard[];
  /** Event ids that are no UUID (see compact.ts). */
  otherIds: string[];
  /** Only retractions whose chain ends at a measurement or a standard. */
  retractions: Retractions;
  /**
   * Flips of a fact not held here when they happened (none in a consistent log: a fact precedes its
   * retractions in its stream). While there are none, arriving facts need no retraction lookup.
   */
  unmatchedFlips: number;
}

export type OutcomesSnapshot = Omit<OutcomesState, 'teams' | 'labels' | 'dates'> & { teams: string[]; labels: string[]; dates: string[] };

function addShop(state: OutcomesState, data: { scores: Record<string, number>; protocol: Record<string, boolean> }): number {
  const row = addRow(state.shops);
  const { scores, protocol } = state.shops.columns;
  SERVICE_BEHAVIOURS.forEach((behaviour, i) => (scores[row * SERVICE_BEHAVIOURS.length + i] = data.scores[behaviour]));
  protocol[row] = PROTOCOL_STEPS.reduce((bits, step, i) => (data.protocol[step] ? bits | (1 << i) : bits), 0);
  return row;
}

function addMeasurement(state: OutcomesState, event: DecodedEvent, kind: number): void {
  const data = event.data as Record<string, unknown> & { teamId: string };
  const row = addRow(state.rows);
  const { columns } = state.rows;
  const team = intern(state.teams, data.teamId);
  const at = Date.parse(event.occurredAt);
  columns.team[row] = team;
  columns.kind[row] = kind;
  columns.label[row] = kind === SURVEY ? intern(state.labels, data['kind'] as string) : kind === CSAT ? -1 : intern(state.labels, data['channel'] as string);
  columns.metric[row] = kind === KPI ? intern(state.labels, data['metric'] as string) : -1;
  columns.date[row] = intern(state.dates, dateIn(state.timeZone, at));
  columns.at[row] = at;
  columns.position[row] = event.position;
  writeId(columns.eventId, row, event.eventId, state.otherIds);
  columns.value[row] = kind === KPI ? (data['value'] as number) : kind === SHOP ? 0 : (data['score'] as number);
  columns.responses[row] = kind === SURVEY || kind === CSAT ? (data['responseCount'] as number) : 0;
  columns.shop[row] = kind === SHOP ? addShop(state, data as never) : -1;
  columns.next[row] = -1;
  // A fact recorded after its own retraction (never in a consistent log) must not count either.
  columns.retracted[row] = state.unmatchedFlips > 0 && !counts(state.retractions, event.eventId) ? 1 : 0;
  if (team === state.teamFirst.length) {
    state.teamFirst.push(row);
    state.teamLast.push(row);
  } else {
    columns.next[state.teamLast[team]] = row;
    state.teamLast[team] = row;
  }
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** The measurement stored at `row`, without its stamp. Literal objects, one shape per kind: unit queries build one per measurement. */
export function measurementAt(state: OutcomesState, row: number): Measurement {
  const { columns } = state.rows;
  const teamId = state.teams.values[columns.team[row]];
  const date = state.dates.values[columns.date[row]];
  switch (columns.kind[row]) {
    case SURVEY:
      return { row, teamId, date, kind: 'survey', surveyKind: state.labels.values[columns.label[row]] as SurveyKind, score: columns.value[row], responseCount: columns.responses[row] };
    case CSAT:
      return { row, teamId, date, kind: 'csat', score: columns.value[row], responseCount: columns.responses[row] };
    case SHOP: {
      const shop = columns.shop[row];
      const { scores, protocol } = state.shops.columns;
      return {
        row,
        teamId,
        date,
        kind: 'mystery-shop',
        channel: state.labels.values[columns.label[row]] as Channel,
        meanScore: mean(SERVICE_BEHAVIOURS.map((_, i) => scores[shop * SERVICE_BEHAVIOURS.length + i])),
        protocolCompliance: PROTOCOL_STEPS.filter((_, i) => (protocol[shop] & (1 << i)) !== 0).length / PROTOCOL_STEPS.length,
      };
    }
    default:
      return {
        row,
        teamId,
        date,
        kind: 'kpi',
        channel: state.labels.values[columns.label[row]] as Channel,
        metric: state.labels.values[columns.metric[row]] as KpiMetric,
        value: columns.value[row],
      };
  }
}

/** Event id, position and instant of the measurement at `row`, with its date. */
export function stampOf(state: OutcomesState, row: number): Stamp {
  const { columns } = state.rows;
  return {
    eventId: readId(columns.eventId, row, state.otherIds),
    date: state.dates.values[columns.date[row]],
    occurredAt: instant(columns.at[row]),
    position: columns.position[row].toString(),
  };
}

/** A mystery shop's scores per behaviour and protocol steps followed. */
export function shopOf(state: OutcomesState, row: number): { scores: Record<ServiceBehaviour, number>; protocol: Record<ProtocolStep, boolean> } {
  const shop = state.rows.columns.shop[row];
  const stored = state.shops.columns;
  const width = SERVICE_BEHAVIOURS.length;
  return {
    scores: Object.fromEntries(SERVICE_BEHAVIOURS.map((b, i) => [b, stored.scores[shop * width + i]])) as Record<ServiceBehaviour, number>,
    protocol: Object.fromEntries(PROTOCOL_STEPS.map((s, i) => [s, (stored.protocol[shop] & (1 << i)) !== 0])) as Record<ProtocolStep, boolean>,
  };
}

/** Rows of a team's measurements that count, in arrival order. */
export function countingRows(state: OutcomesState, teamId: string): number[] {
  const team = lookup(state.teams, teamId);
  const rows: number[] = [];
  if (team < 0) return rows;
  const { next, retracted } = state.rows.columns;
  for (let row = state.teamFirst[team]; row >= 0; row = next[row]) if (!retracted[row]) rows.push(row);
  return rows;
}

/** The measurement of the team stream with this id, or -1: a retraction lives in the stream of its fact. */
function rowOfTeam(state: OutcomesState, teamId: string, eventId: string): number {
  const team = lookup(state.teams, teamId);
  if (team < 0) return -1;
  const { next } = state.rows.columns;
  const isIt = idTest(state.rows.columns.eventId, eventId, state.otherIds);
  for (let row = state.teamFirst[team]; row >= 0; row = next[row]) if (isIt(row)) return row;
  return -1;
}

/** Whether a retraction can end at a measurement or a standard: its target is one, or is a retraction that does. */
function concernsOutcomes(retractions: Retractions, data: { factId: string; factType?: string }): boolean {
  if (data.factType === undefined) return true;
  if (data.factType === 'FactRetracted') return isRetraction(retractions, data.factId);
  return data.factType === 'ServiceStandardSet' || KIND_OF_TYPE[data.factType] !== undefined;
}

function applyRetraction(state: OutcomesState, event: DecodedEvent, category: string): void {
  const data = event.data as { factId: string; factType?: string };
  if (!concernsOutcomes(state.retractions, data)) return;
  for (const flip of recordRetraction(state.retractions, event.eventId, data.factId)) {
    // Standards are few: the queries look their retractions up.
    if (category !== 'team') continue;
    const row = rowOfTeam(state, entityOf(event.streamId), flip.factId);
    if (row >= 0) state.rows.columns.retracted[row] = flip.counts ? 0 : 1;
    else state.unmatchedFlips++;
  }
}

function applyOrganisationFact(state: OutcomesState, event: DecodedEvent): void {
  const domain = { type: event.type, data: event.data } as OrganisationEvent;
  if (domain.type === 'OrganisationRegistered') state.timeZone = domain.data.timeZone;
  if (domain.type === 'ServiceStandardSet') {
    const { channel, metric, target } = domain.data;
    const date = dateIn(state.timeZone, Date.parse(event.occurredAt));
    state.standards.push({ eventId: event.eventId, position: event.position.toString(), occurredAt: event.occurredAt, date, channel, metric, target });
  }
}

const init = (): OutcomesState => ({
  timeZone: 'UTC',
  teams: interned(),
  teamFirst: [],
  teamLast: [],
  labels: interned(),
  dates: interned(),
  rows: table(rowColumns),
  shops: table(shopColumns),
  standards: [],
  otherIds: [],
  retractions: emptyRetractions(),
  unmatchedFlips: 0,
});

/**
 * Every measurement of the outcome instruments per team (surveys, CSAT, mystery shops, KPIs) and
 * the organisation's service standards, dated in the organisation's time zone. Retracted ones are
 * skipped when read (retractions are tracked, so a retracted retraction restores them); latest
 * values, history and unit aggregates are computed by the queries, with confidentiality applied there.
 * Measurements are kept as compact rows (ids packed, times in ms, labels and dates interned).
 */
export const outcomesProjection: Projection<OutcomesState, OutcomesSnapshot> = {
  name: 'outcomes',
  version: 3,
  canHandle: ['OrganisationRegistered', 'ServiceStandardSet', 'SurveyResultRecorded', 'CsatRecorded', 'MysteryShopRecorded', 'KpiMeasured', 'FactRetracted'],
  init,
  evolve(state, event: DecodedEvent) {
    const category = categoryOf(event.streamId);
    if (event.type === 'FactRetracted') {
      if (category === 'team' || category === 'organisation') applyRetraction(state, event, category);
      return state;
    }
    if (category === 'organisation') applyOrganisationFact(state, event);
    if (category !== 'team') return state;
    const kind = KIND_OF_TYPE[(event as { type: TeamEvent['type'] }).type];
    if (kind !== undefined) addMeasurement(state, event, kind);
    return state;
  },
  toSnapshot: (state) => ({
    ...state,
    teams: state.teams.values,
    labels: state.labels.values,
    dates: state.dates.values,
    rows: trimmed(state.rows),
    shops: trimmed(state.shops),
  }),
  fromSnapshot: (snapshot) => ({ ...snapshot, teams: interned(snapshot.teams), labels: interned(snapshot.labels), dates: interned(snapshot.dates) }),
};
