import type { Channel, KpiMetric, ProtocolStep, ServiceBehaviour, SurveyKind } from '@norte/domain';
import { visibleScore, type Reader } from '../audit-trail/access';
import { counts } from '../audit-trail/retractions';
import { DEFAULT_MODEL_V1 } from '../maturity/model';
import { countingRows, measurementAt, shopOf, stampOf, type Measurement, type OutcomesState, type Standard } from './outcomes.projection';

/** The default model's setting; the API may pass the minimum of the model version in force. */
export const DEFAULT_CONFIDENTIALITY_MINIMUM = DEFAULT_MODEL_V1.confidentialityMinimum;

type Of<K extends Measurement['kind']> = Extract<Measurement, { kind: K }>;

export interface ScorePoint {
  readonly eventId: string;
  readonly date: string;
  readonly occurredAt: string;
  readonly position: string;
  /** Null when withheld: fewer responses than the minimum and a reader other than HR or admin. */
  readonly score: number | null;
  readonly responseCount: number;
  readonly notEnoughResponses: boolean;
}
export interface ScoreSeries {
  readonly latest: ScorePoint | null;
  readonly history: readonly ScorePoint[];
}

export interface MysteryShopPoint {
  readonly eventId: string;
  readonly date: string;
  readonly occurredAt: string;
  readonly position: string;
  readonly channel: Channel;
  readonly scores: Readonly<Record<ServiceBehaviour, number>>;
  readonly protocol: Readonly<Record<ProtocolStep, boolean>>;
  /** Mean of the six behaviour scores. */
  readonly meanScore: number;
  /** Share (0–1) of the protocol's three steps followed. */
  readonly protocolCompliance: number;
}
/** The latest date's shops, averaged (the mean of their means). */
export interface MysteryShopSummary {
  readonly date: string;
  readonly meanScore: number;
  readonly protocolCompliance: number;
  readonly shops: number;
}

export interface KpiPoint {
  readonly eventId: string;
  readonly date: string;
  readonly occurredAt: string;
  readonly position: string;
  readonly channel: Channel;
  readonly metric: KpiMetric;
  readonly value: number;
  /** The organisation's standard in force at the measurement's date (lower is better), if any. */
  readonly target: number | null;
  readonly withinStandard: boolean | null;
}
/** The latest date's measurements, one per channel and metric, judged against their standards. */
export interface KpiSummary {
  readonly date: string;
  readonly measurements: readonly KpiPoint[];
  readonly judged: number;
  readonly withinStandard: number;
  /** withinStandard ÷ judged, null when nothing could be judged. */
  readonly withinStandardShare: number | null;
}

export interface TeamOutcomes {
  readonly teamId: string;
  readonly climate: ScoreSeries;
  readonly internalService: ScoreSeries;
  readonly csat: ScoreSeries;
  readonly mysteryShop: { readonly latest: MysteryShopSummary | null; readonly history: readonly MysteryShopPoint[] };
  readonly kpis: { readonly latest: KpiSummary | null; readonly history: readonly KpiPoint[] };
}

export interface OutcomesRequest {
  readonly reader: Reader;
  readonly confidentialityMinimum: number;
}

// Rows are stored in arrival order, which is global position order: ties on the date go by row.
const byDate = (a: Measurement, b: Measurement) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || a.row - b.row;

/** The team's measurements that count, by date (ties in recorded order), built from the stored rows. */
function countingOf(state: OutcomesState, teamId: string): Measurement[] {
  return countingRows(state, teamId).map((row) => measurementAt(state, row)).sort(byDate);
}

/** Measurements on the latest date among those given (sorted by date, then position). */
function onLatestDate<M extends Measurement>(sorted: readonly M[]): readonly M[] {
  const last = sorted[sorted.length - 1];
  return last ? sorted.filter((m) => m.date === last.date) : [];
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

// ---- team level ----

function scorePoint(state: OutcomesState, m: Of<'survey'> | Of<'csat'>, request: OutcomesRequest): ScorePoint {
  const { eventId, date, occurredAt, position } = stampOf(state, m.row);
  const { responseCount } = m;
  return { eventId, date, occurredAt, position, responseCount, ...visibleScore(m.score, responseCount, request.confidentialityMinimum, request.reader) };
}

/** The latest survey or CSAT result: a result with no response is no measurement; ties on the date go to the last recorded. */
function latestScore<M extends Of<'survey'> | Of<'csat'>>(sorted: readonly M[]): M | null {
  const measured = sorted.filter((m) => m.responseCount > 0);
  return measured[measured.length - 1] ?? null;
}

function scoreSeries(state: OutcomesState, sorted: readonly (Of<'survey'> | Of<'csat'>)[], request: OutcomesRequest): ScoreSeries {
  const latest = latestScore(sorted);
  return { latest: latest && scorePoint(state, latest, request), history: sorted.map((m) => scorePoint(state, m, request)) };
}

function mysteryPoint(state: OutcomesState, m: Of<'mystery-shop'>): MysteryShopPoint {
  const { eventId, date, occurredAt, position } = stampOf(state, m.row);
  const { scores, protocol } = shopOf(state, m.row);
  const { channel, meanScore, protocolCompliance } = m;
  return { eventId, date, occurredAt, position, channel, scores, protocol, meanScore, protocolCompliance };
}

function mysterySummary(sorted: readonly Of<'mystery-shop'>[]): MysteryShopSummary | null {
  const latest = onLatestDate(sorted);
  if (latest.length === 0) return null;
  return { date: latest[0].date, meanScore: mean(latest.map((m) => m.meanScore)), protocolCompliance: mean(latest.map((m) => m.protocolCompliance)), shops: latest.length };
}

/** The standard in force on a date: the latest one set by then for the channel and metric (ties: last recorded). */
function standardOn(state: OutcomesState, channel: Channel, metric: KpiMetric, date: string): Standard | null {
  let found: Standard | null = null;
  for (const s of state.standards) {
    if (s.channel !== channel || s.metric !== metric || s.date > date || !counts(state.retractions, s.eventId)) continue;
    if (!found || s.date >= found.date) found = s;
  }
  return found;
}

/** The target in force for a KPI measurement, and whether it met it (null: no standard). */
function judge(state: OutcomesState, m: Of<'kpi'>): { target: number | null; withinStandard: boolean | null } {
  const standard = standardOn(state, m.channel, m.metric, m.date);
  return { target: standard?.target ?? null, withinStandard: standard ? m.value <= standard.target : null };
}

function kpiPoint(state: OutcomesState, m: Of<'kpi'>): KpiPoint {
  const { eventId, date, occurredAt, position } = stampOf(state, m.row);
  const { channel, metric, value } = m;
  return { eventId, date, occurredAt, position, channel, metric, value, ...judge(state, m) };
}

/** The latest date's measurements, the last one per channel and metric. */
function latestKpis(sorted: readonly Of<'kpi'>[]): readonly Of<'kpi'>[] {
  const perPair = new Map<string, Of<'kpi'>>();
  for (const m of onLatestDate(sorted)) perPair.set(`${m.channel}/${m.metric}`, m);
  return [...perPair.values()];
}

type KpiCount = Pick<KpiSummary, 'judged' | 'withinStandard' | 'withinStandardShare'>;

function kpiCount(judgements: readonly { withinStandard: boolean | null }[]): KpiCount {
  const judged = judgements.filter((m) => m.withinStandard !== null);
  const within = judged.filter((m) => m.withinStandard).length;
  return { judged: judged.length, withinStandard: within, withinStandardShare: judged.length === 0 ? null : within / judged.length };
}

function kpiSummary(state: OutcomesState, sorted: readonly Of<'kpi'>[]): KpiSummary | null {
  const latest = latestKpis(sorted);
  if (latest.length === 0) return null;
  const measurements = latest.map((m) => kpiPoint(state, m));
  return { date: latest[0].date, measurements, ...kpiCount(measurements) };
}

/** A unit's aggregates only count the judgements: no points (ids, instants) are built for them. */
function kpiJudgements(state: OutcomesState, sorted: readonly Of<'kpi'>[]): KpiCount | null {
  const latest = latestKpis(sorted);
  return latest.length === 0 ? null : kpiCount(latest.map((m) => judge(state, m)));
}

const ofKind = <K extends Measurement['kind']>(sorted: readonly Measurement[], kind: K): Of<K>[] => sorted.filter((m): m is Of<K> => m.kind === kind);
const surveys = (sorted: readonly Measurement[], kind: SurveyKind) => ofKind(sorted, 'survey').filter((m) => m.surveyKind === kind);

/** Latest and history of every instrument for one team, as the reader may see them. */
export function teamOutcomes(state: OutcomesState, teamId: string, request: OutcomesRequest): TeamOutcomes {
  const sorted = countingOf(state, teamId);
  const shops = ofKind(sorted, 'mystery-shop');
  const kpis = ofKind(sorted, 'kpi');
  return {
    teamId,
    climate: scoreSeries(state, surveys(sorted, 'climate'), request),
    internalService: scoreSeries(state, surveys(sorted, 'internal-service'), request),
    csat: scoreSeries(state, ofKind(sorted, 'csat'), request),
    mysteryShop: { latest: mysterySummary(shops), history: shops.map((m) => mysteryPoint(state, m)) },
    kpis: { latest: kpiSummary(state, kpis), history: kpis.map((m) => kpiPoint(state, m)) },
  };
}

// ---- unit level ----

/**
 * A unit's survey-type aggregate: the response-weighted mean over the teams whose result meets the
 * confidentiality minimum — only those, so no withheld team score can be derived by subtraction
 * (PRODUCT.md §4). With none, "not enough responses" and no score, for every reader.
 */
export interface ScoreAggregate {
  readonly score: number | null;
  readonly responseCount: number;
  readonly teamsIncluded: number;
  readonly teamsBelowMinimum: number;
  readonly notEnoughResponses: boolean;
}
export interface MysteryShopAggregate {
  /** Mean of the teams' latest means. */
  readonly meanScore: number | null;
  readonly protocolCompliance: number | null;
  readonly teams: number;
}
export interface KpiAggregate {
  readonly judged: number;
  readonly withinStandard: number;
  readonly withinStandardShare: number | null;
  readonly teams: number;
}
export interface UnitInstruments {
  readonly climate: ScoreAggregate;
  readonly internalService: ScoreAggregate;
  readonly csat: ScoreAggregate;
  readonly mysteryShop: MysteryShopAggregate;
  readonly kpis: KpiAggregate;
}
/** The unit's aggregates over each team's latest measurement within a calendar month. */
export interface UnitOutcomesPoint extends UnitInstruments {
  /** YYYY-MM */
  readonly month: string;
}
export interface TeamOutcomesRow {
  readonly teamId: string;
  readonly climate: ScorePoint | null;
  readonly internalService: ScorePoint | null;
  readonly csat: ScorePoint | null;
  readonly mysteryShop: MysteryShopSummary | null;
  readonly kpis: KpiSummary | null;
}
export interface UnitOutcomes extends UnitInstruments {
  readonly history: readonly UnitOutcomesPoint[];
  readonly teams: readonly TeamOutcomesRow[];
}

function scoreAggregate(latest: readonly (Of<'survey'> | Of<'csat'> | null)[], minimum: number): ScoreAggregate {
  const measured = latest.filter((m): m is Of<'survey'> | Of<'csat'> => m !== null);
  const included = measured.filter((m) => m.responseCount >= minimum);
  const responses = included.reduce((sum, m) => sum + m.responseCount, 0);
  return {
    score: included.length === 0 ? null : included.reduce((sum, m) => sum + m.score * m.responseCount, 0) / responses,
    responseCount: responses,
    teamsIncluded: included.length,
    teamsBelowMinimum: measured.length - included.length,
    notEnoughResponses: included.length === 0 && measured.length > 0,
  };
}

function instruments(state: OutcomesState, perTeam: readonly Measurement[][], minimum: number): UnitInstruments {
  const shops = perTeam.map((sorted) => mysterySummary(ofKind(sorted, 'mystery-shop'))).filter((s): s is MysteryShopSummary => s !== null);
  const kpis = perTeam.map((sorted) => kpiJudgements(state, ofKind(sorted, 'kpi'))).filter((s): s is KpiCount => s !== null);
  const judged = kpis.reduce((sum, k) => sum + k.judged, 0);
  const within = kpis.reduce((sum, k) => sum + k.withinStandard, 0);
  return {
    climate: scoreAggregate(perTeam.map((sorted) => latestScore(surveys(sorted, 'climate'))), minimum),
    internalService: scoreAggregate(perTeam.map((sorted) => latestScore(surveys(sorted, 'internal-service'))), minimum),
    csat: scoreAggregate(perTeam.map((sorted) => latestScore(ofKind(sorted, 'csat'))), minimum),
    mysteryShop: {
      meanScore: shops.length === 0 ? null : mean(shops.map((s) => s.meanScore)),
      protocolCompliance: shops.length === 0 ? null : mean(shops.map((s) => s.protocolCompliance)),
      teams: shops.length,
    },
    kpis: { judged, withinStandard: within, withinStandardShare: judged === 0 ? null : within / judged, teams: kpis.length },
  };
}

/** Aggregates of the given teams (those below a unit): now, per month, and each team's latest values. */
export function unitOutcomes(state: OutcomesState, teamIds: readonly string[], request: OutcomesRequest): UnitOutcomes {
  const minimum = request.confidentialityMinimum;
  const perTeam = teamIds.map((teamId) => countingOf(state, teamId));
  const months = [...new Set(perTeam.flatMap((sorted) => sorted.map((m) => m.date.slice(0, 7))))].sort();
  const history = months.map((month) => ({
    month,
    ...instruments(state, perTeam.map((sorted) => sorted.filter((m) => m.date.startsWith(month))), minimum),
  }));
  const teams = teamIds.map((teamId, i): TeamOutcomesRow => {
    const sorted = perTeam[i];
    const point = (m: Of<'survey'> | Of<'csat'> | null) => m && scorePoint(state, m, request);
    return {
      teamId,
      climate: point(latestScore(surveys(sorted, 'climate'))),
      internalService: point(latestScore(surveys(sorted, 'internal-service'))),
      csat: point(latestScore(ofKind(sorted, 'csat'))),
      mysteryShop: mysterySummary(ofKind(sorted, 'mystery-shop')),
      kpis: kpiSummary(state, ofKind(sorted, 'kpi')),
    };
  });
  return { ...instruments(state, perTeam, minimum), history, teams };
}
