import type { IsoDate } from '../maturity';

/**
 * The calendar date of an instant in the organisation's time zone (PRODUCT.md §4 "Days"). Pure:
 * Intl's time-zone data, no clock. Formatters are cached per zone; results per quarter-hour of UTC, since
 * every time-zone offset in use is a multiple of 15 minutes and dates only change on those edges.
 */
export class OrgCalendar {
  private readonly format: Intl.DateTimeFormat;
  private readonly byQuarterHour = new Map<number, IsoDate>();

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }

  dateOf(instant: string): IsoDate {
    const ms = Date.parse(instant);
    const slot = Math.floor(ms / 900_000);
    let date = this.byQuarterHour.get(slot);
    if (date === undefined) {
      date = this.format.format(ms);
      if (this.byQuarterHour.size > 100_000) this.byQuarterHour.clear();
      this.byQuarterHour.set(slot, date);
    }
    return date;
  }
}
