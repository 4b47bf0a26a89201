import { badInput, notFound } from '@norte/domain';
import { toDay, type IsoDate, type MaturityModel } from '../maturity';
import { latestModelVersion, type MaturityReadModel } from './state';

/** How a query chooses its dates and model: what every maturity query takes besides its subject. */
export interface ViewInput {
  /** A date 'YYYY-MM-DD'; default today in the organisation's time zone. */
  readonly asOf?: string | null;
  /** An ISO instant, or a date meaning the end of that day in the organisation's time zone. */
  readonly knownAt?: string | null;
  /** Default: the latest published version. */
  readonly modelVersion?: number | null;
}

export interface View {
  readonly asOf: IsoDate;
  /** The known-at instant (normalised ISO), or undefined for "everything known". */
  readonly knownAt: string | undefined;
  readonly model: MaturityModel;
  readonly today: IsoDate;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Today in the organisation's time zone, from an instant the caller read off its clock. */
export function todayIn(state: MaturityReadModel, now: string): IsoDate {
  return state.calendar.dateOf(now);
}

export function requireDate(field: string, value: string): IsoDate {
  if (!DATE.test(value)) throw badInput(field, `${field} must be a date (YYYY-MM-DD)`);
  try {
    toDay(value);
  } catch {
    throw badInput(field, `${field} is not a calendar date`);
  }
  return value;
}

/** A known-at: an instant as given (normalised), or a date's last millisecond in the organisation's zone. */
export function knownAtInstant(state: MaturityReadModel, value: string): string {
  if (DATE.test(value)) return state.calendar.endOfDay(requireDate('knownAt', value));
  const ms = Date.parse(value);
  if (!INSTANT.test(value) || Number.isNaN(ms)) throw badInput('knownAt', 'knownAt must be an ISO-8601 instant or a date (YYYY-MM-DD)');
  return new Date(ms).toISOString();
}

export function modelOf(state: MaturityReadModel, version: number | null | undefined): MaturityModel {
  const chosen = version ?? latestModelVersion(state);
  const model = state.models.get(chosen)?.model;
  if (model === undefined) throw notFound('modelVersion', `No maturity model version ${chosen} (published: ${[...state.models.keys()].join(', ')})`);
  return model;
}

export function viewOf(state: MaturityReadModel, input: ViewInput, now: string): View {
  const today = todayIn(state, now);
  return {
    asOf: input.asOf ? requireDate('asOf', input.asOf) : today,
    knownAt: input.knownAt ? knownAtInstant(state, input.knownAt) : undefined,
    model: modelOf(state, input.modelVersion),
    today,
  };
}
