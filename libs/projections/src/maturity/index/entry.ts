import type {
  AssessmentResult,
  CourseAudience,
  FactKind,
  ServiceBehaviour,
  SurveyKind,
  TeamRole,
  WorkshopKind,
} from '../facts';
import { SERVICE_BEHAVIOURS } from '../facts';
import type { ProcessId } from '../processes';
import { idAt, KIND_MASK, RETRACTED } from './columns';
import type { MaturityIndex } from './maturity-index';

/**
 * A fact as the index stores it: its row in the columns (columns.ts). Lists are arrays of rows
 * sorted by (day, position): the business-time order, with the one recorded last winning a tie.
 * Criteria read a row's fields through the accessors below.
 */
export type Row = number;
/** Kept for readers of the engine's API: an entry is a row. */
export type Entry = Row;

export const KINDS: readonly FactKind[] = [
  'mission-set', 'vision-set', 'guiding-principle-defined', 'core-value-defined', 'core-value-retired',
  'service-policy-published', 'service-standard-set', 'course-defined', 'person-enrolled', 'person-moved-team',
  'team-role-changed', 'job-profile-changed', 'person-left', 'workshop-held', 'coaching-session-held',
  'life-plan-conversation-held', 'alignment-assessed', 'training-completed', 'policy-acknowledged',
  'roadmap-item-planned', 'roadmap-item-cancelled', 'survey-result-recorded', 'mystery-shop-recorded', 'kpi-measured',
  'csat-recorded', 'fact-retracted',
];
export const KIND_CODE: ReadonlyMap<FactKind, number> = new Map(KINDS.map((kind, i) => [kind, i]));

/*
 * Slot layout (see add-fact.ts, which writes it): a = personId | principleId | valueId | channel |
 * itemId | retractedFactId; b = teamId | courseId | result; c = role | process | workshopKind |
 * survey | metric; d = profileId | audience, or the offset of the fact's numbers (nums) or symbol
 * list (ints). A slot without a value holds -1.
 */

export function kindOf(ix: MaturityIndex, row: Row): FactKind {
  return KINDS[ix.facts.kind[row] & KIND_MASK];
}
export function dayOf(ix: MaturityIndex, row: Row): number {
  return ix.facts.day[row];
}
export function positionOf(ix: MaturityIndex, row: Row): number {
  return ix.facts.position[row];
}
export function recordedMsOf(ix: MaturityIndex, row: Row): number {
  return ix.facts.recordedMs[row];
}
/** The id of the event the fact comes from: what explanations name. */
export function idOf(ix: MaturityIndex, row: Row): string {
  return idAt(ix.facts, row);
}

function symbol(ix: MaturityIndex, code: number): string {
  return ix.symbols[code];
}
function symbolOrNull(ix: MaturityIndex, code: number): string | null {
  return code < 0 ? null : ix.symbols[code];
}

export const personIdOf = (ix: MaturityIndex, row: Row): string => symbol(ix, ix.facts.a[row]);
export const principleIdOf = personIdOf;
export const valueIdOf = personIdOf;
export const channelOf = personIdOf;
export const itemIdOf = personIdOf;
export const retractedIdOf = personIdOf;
export const teamIdOf = (ix: MaturityIndex, row: Row): string => symbol(ix, ix.facts.b[row]);
export const courseIdOf = teamIdOf;
export const resultOf = teamIdOf as (ix: MaturityIndex, row: Row) => AssessmentResult;
/** A membership fact's role; null on a move that keeps the current one. */
export const roleOf = (ix: MaturityIndex, row: Row): TeamRole | null => symbolOrNull(ix, ix.facts.c[row]) as TeamRole | null;
export const processOf = (ix: MaturityIndex, row: Row): ProcessId => symbol(ix, ix.facts.c[row]) as ProcessId;
export const workshopKindOf = processOf as unknown as (ix: MaturityIndex, row: Row) => WorkshopKind;
export const surveyOf = processOf as unknown as (ix: MaturityIndex, row: Row) => SurveyKind;
export const metricOf = processOf as unknown as (ix: MaturityIndex, row: Row) => string;
export const profileIdOf = (ix: MaturityIndex, row: Row): string | null => symbolOrNull(ix, ix.facts.d[row]);
export const audienceOf = profileIdOf as (ix: MaturityIndex, row: Row) => CourseAudience;

/** The fact's first number: a policy version, a standard's target, a score, a KPI's value. */
export function numberOf(ix: MaturityIndex, row: Row): number {
  return ix.facts.nums[ix.facts.d[row]];
}
export const versionOf = numberOf;
export const targetOf = numberOf;
export const scoreOf = numberOf;
export const valueOf = numberOf;
/** A survey's or CSAT's number of responses. */
export function responsesOf(ix: MaturityIndex, row: Row): number {
  return ix.facts.nums[ix.facts.d[row] + 1];
}
/** A mystery shop's score for a behaviour. */
export function behaviourScoreOf(ix: MaturityIndex, row: Row, behaviour: ServiceBehaviour): number {
  return ix.facts.nums[ix.facts.d[row] + SERVICE_BEHAVIOURS.indexOf(behaviour)];
}
/** A workshop's attendees or a coaching session's coachees, as given. */
export function peopleOf(ix: MaturityIndex, row: Row): string[] {
  const { ints } = ix.facts;
  const start = ix.facts.d[row];
  const out: string[] = new Array(ints[start]);
  for (let i = 0; i < out.length; i++) out[i] = ix.symbols[ints[start + 1 + i]];
  return out;
}

/** Known at `knownMs` (Infinity: now) and not retracted by a retraction known then. */
export function isVisible(ix: MaturityIndex, row: Row, knownMs: number): boolean {
  const f = ix.facts;
  if (f.recordedMs[row] > knownMs) return false;
  if ((f.kind[row] & RETRACTED) === 0) return true;
  for (const retraction of ix.retractedBy.get(row) ?? []) {
    // A retraction can only name an earlier fact; this also rules out cycles in bad input.
    if (f.position[retraction] > f.position[row] && isVisible(ix, retraction, knownMs)) return false;
  }
  return true;
}

export function compareRows(ix: MaturityIndex, a: Row, b: Row): number {
  const { day, position } = ix.facts;
  return day[a] !== day[b] ? day[a] - day[b] : position[a] - position[b];
}

export function insertSorted(ix: MaturityIndex, list: Row[], row: Row): void {
  const last = list.length - 1;
  if (last < 0 || compareRows(ix, list[last], row) <= 0) {
    list.push(row);
    return;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareRows(ix, list[mid], row) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, row);
}

/** Index of the first row dated after `day` (rows before it are dated ≤ day). */
export function upperBound(ix: MaturityIndex, list: readonly Row[], day: number): number {
  const days = ix.facts.day;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[list[mid]] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first row dated on or after `day`. */
export function lowerBound(ix: MaturityIndex, list: readonly Row[], day: number): number {
  const days = ix.facts.day;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[list[mid]] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The latest visible row dated in [from, to] that passes `accept`, scanning back from `to`. */
export function latestVisible(
  ix: MaturityIndex,
  list: readonly Row[],
  from: number,
  to: number,
  knownMs: number,
  accept?: (row: Row) => boolean,
): Row | undefined {
  const days = ix.facts.day;
  for (let i = upperBound(ix, list, to) - 1; i >= 0; i--) {
    const row = list[i];
    if (days[row] < from) return undefined;
    if (isVisible(ix, row, knownMs) && (accept === undefined || accept(row))) return row;
  }
  return undefined;
}

/** Every visible row dated in [from, to] that passes `accept`, oldest first. */
export function visibleBetween(
  ix: MaturityIndex,
  list: readonly Row[],
  from: number,
  to: number,
  knownMs: number,
  accept?: (row: Row) => boolean,
): Row[] {
  const out: Row[] = [];
  const end = upperBound(ix, list, to);
  for (let i = from === Number.NEGATIVE_INFINITY ? 0 : lowerBound(ix, list, from); i < end; i++) {
    const row = list[i];
    if (isVisible(ix, row, knownMs) && (accept === undefined || accept(row))) out.push(row);
  }
  return out;
}
