import { addDays, type IsoDate } from '../maturity';

const SLOT_MS = 900_000;

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
    return this.dateOfSlot(Math.floor(Date.parse(instant) / SLOT_MS));
  }

  /**
   * The last millisecond of `date` in the organisation's zone, as an ISO instant: what a known-at
   * given as a date means. Found by bisecting quarter-hours around UTC midnight (offsets are within
   * ±15 h), so DST days and zones whose midnight does not exist are handled alike.
   */
  endOfDay(date: IsoDate): string {
    const next = addDays(date, 1);
    const midnight = Date.parse(`${next}T00:00:00Z`) / SLOT_MS;
    let lo = midnight - 15 * 4;
    let hi = midnight + 15 * 4;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.dateOfSlot(mid) >= next) hi = mid;
      else lo = mid + 1;
    }
    return new Date(lo * SLOT_MS - 1).toISOString();
  }

  private dateOfSlot(slot: number): IsoDate {
    let date = this.byQuarterHour.get(slot);
    if (date === undefined) {
      date = this.format.format(slot * SLOT_MS);
      if (this.byQuarterHour.size > 100_000) this.byQuarterHour.clear();
      this.byQuarterHour.set(slot, date);
    }
    return date;
  }
}
