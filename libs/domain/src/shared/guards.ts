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
