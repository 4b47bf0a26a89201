import { badInput } from './errors';

/** Clock skew tolerated between a client's "now" and ours for `occurredAt`. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export function requireText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) throw badInput(field, `${field} must not be empty`);
  if (text.length > max) throw badInput(field, `${field} must be at most ${max} characters`);
  return text;
}

export function requireInstant(field: string, value: string): number {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(ms)) {
    throw badInput(field, `${field} must be an ISO-8601 instant`);
  }
  return ms;
}

/** Business time may be back-dated but not in the future (beyond clock skew). */
export function requireNotFuture(occurredAt: string, now: string): void {
  const at = requireInstant('occurredAt', occurredAt);
  if (at > requireInstant('now', now) + CLOCK_SKEW_MS) {
    throw badInput('occurredAt', 'occurredAt cannot be in the future');
  }
}

export function requireId(field: string, value: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
    throw badInput(field, `${field} must be 1–64 letters, digits, '-' or '_'`);
  }
  return value;
}

/** Optional free text: null stays null, blank becomes null, otherwise bounded like requireText. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined || value.trim().length === 0) return null;
  return requireText(field, value, max);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date (YYYY-MM-DD), e.g. a roadmap due date: no time, no zone. */
export function requireDate(field: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (!match || days === undefined || day < 1 || day > days) throw badInput(field, `${field} must be a date (YYYY-MM-DD)`);
  return value;
}

export function requireEmail(field: string, value: string): string {
  const email = requireText(field, value, 254);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw badInput(field, `${field} must be an e-mail address`);
  return email;
}

/** An aggregate or per-item score on the program's 1–5 scale (decimals allowed for aggregates). */
export function requireScore(field: string, value: number): number {
  if (!Number.isFinite(value) || value < 1 || value > 5) throw badInput(field, `${field} must be between 1 and 5`);
  return value;
}

/** A whole number in [min, max], e.g. a response count (≥ 0) or a duration in minutes. */
export function requireInteger(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `${field} must be a whole number between ${min} and ${max}`);
  }
  return value;
}

export function requireNumber(field: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) throw badInput(field, `${field} must be between ${min} and ${max}`);
  return value;
}

export function requireOneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw badInput(field, `${field} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** A list of distinct ids, e.g. workshop attendees; the faulty element is named `field.index`. */
export function requireIdList(field: string, values: readonly string[], min: number, max: number): readonly string[] {
  if (values.length < min || values.length > max) throw badInput(field, `${field} must list ${min} to ${max} ids`);
  values.forEach((value, index) => {
    requireId(`${field}.${index}`, value);
    if (values.indexOf(value) !== index) throw badInput(`${field}.${index}`, `${field} lists '${value}' twice`);
  });
  return values;
}

/** A list of bounded texts, e.g. a policy's norms. */
export function requireTextList(field: string, values: readonly string[], max: number, maxLength: number): readonly string[] {
  if (values.length > max) throw badInput(field, `${field} must list at most ${max} entries`);
  return values.map((value, index) => requireText(`${field}.${index}`, value, maxLength));
}
