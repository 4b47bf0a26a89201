const SLOT_MS = 900_000;
const SLOTS_PER_DAY = 96;

interface Zone {
  readonly format: Intl.DateTimeFormat;
  /** UTC day number → the zone's calendar date at each of its quarter-hours, filled as met. */
  readonly days: Map<number, (string | undefined)[]>;
}

const zones = new Map<string, Zone>();

/**
 * The calendar date (YYYY-MM-DD) of an instant (epoch ms) in a time zone: the same answer as
 * OrgCalendar.dateOf (Intl's zone data, one format per quarter-hour of UTC, as every offset in use
 * is a multiple of 15 minutes), cached per UTC day in small arrays instead of one Map entry per
 * quarter-hour, so years of measurements cost a few hundred kilobytes.
 */
export function dateIn(timeZone: string, ms: number): string {
  let zone = zones.get(timeZone);
  if (!zone) zones.set(timeZone, (zone = { format: new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }), days: new Map() }));
  const slot = Math.floor(ms / SLOT_MS);
  const day = Math.floor(slot / SLOTS_PER_DAY);
  let slots = zone.days.get(day);
  if (!slots) zone.days.set(day, (slots = new Array<string | undefined>(SLOTS_PER_DAY)));
  return (slots[slot - day * SLOTS_PER_DAY] ??= zone.format.format(slot * SLOT_MS));
}
