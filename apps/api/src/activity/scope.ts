import { GraphQLError } from 'graphql';
import type { OrganisationView, Reader } from '@norte/projections';
import type { Clock } from '../platform/clock';

export const notFound = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'NOT_FOUND', field } });
export const badInput = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

/** The team a team-level query names: it must exist and be a team (archived teams keep their history). */
export function requireTeam(organisation: OrganisationView, teamId: string, field = 'teamId'): string {
  const unit = organisation.units[teamId];
  if (!unit || unit.kind !== 'team') throw notFound(field, `Team '${teamId}' does not exist`);
  return unit.name;
}

/** The open teams at or below a unit in today's tree (a team stands for itself). */
export function teamsBelow(organisation: OrganisationView, unitId: string, field = 'unitId'): readonly string[] {
  if (!organisation.units[unitId]) throw notFound(field, `Unit '${unitId}' does not exist`);
  const children = new Map<string, string[]>();
  for (const unit of Object.values(organisation.units)) {
    if (unit.parentId !== null) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  }
  const teams: string[] = [];
  const visit = (id: string) => {
    const unit = organisation.units[id];
    if (!unit || unit.archived) return;
    if (unit.kind === 'team') teams.push(id);
    for (const child of children.get(id) ?? []) visit(child);
  };
  visit(unitId);
  return teams;
}

export const teamName = (organisation: OrganisationView, teamId: string): string | null => organisation.units[teamId]?.name ?? null;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "Today" as a calendar date in the organisation's time zone: the argument if given (validated),
 * else the injected clock's date there. Projections never read the clock; it enters here.
 */
export function todayFor(organisation: OrganisationView, clock: Clock, today: string | undefined | null): string {
  if (today !== undefined && today !== null) {
    const ms = Date.parse(`${today}T00:00:00Z`);
    const valid = DATE.test(today) && !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(today);
    if (!valid) throw badInput('today', `today must be a calendar date YYYY-MM-DD, got '${today}'`);
    return today;
  }
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: organisation.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return format.format(clock.now());
}

/** Until sign-in exists the reader is given as arguments; executive (the most restricted) by default. */
export const readerOf = (role: Reader['role'] | undefined | null, teamId?: string | null): Reader => ({ role: role ?? 'executive', teamId: teamId ?? null });

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 500;

export function pageSize(first: number | undefined | null, field = 'first'): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) throw badInput(field, `${field} must be between 1 and ${MAX_PAGE}`);
  return size;
}
