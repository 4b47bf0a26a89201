import { addDays, endOfIsoWeek, endOfMonth, endOfQuarter, fromDay, isoWeekday, toDay, toInstantMs } from './dates';

describe('calendar dates', () => {
  it('round-trips dates through day numbers', () => {
    expect(toDay('1970-01-01')).toBe(0);
    for (const date of ['2026-01-01', '2026-02-28', '2028-02-29', '2026-12-31', '1999-03-07']) {
      expect(fromDay(toDay(date))).toBe(date);
    }
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-1', '2026-01-01T00:00:00Z', ''])('rejects %j', (date) => {
    expect(() => toDay(date)).toThrow(TypeError);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-01-20', 180)).toBe('2026-07-19');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('numbers ISO weekdays from Monday', () => {
    expect(isoWeekday(toDay('2026-01-01'))).toBe(3); // Thursday
    expect(isoWeekday(toDay('2026-01-05'))).toBe(0); // Monday
    expect(isoWeekday(toDay('2026-01-04'))).toBe(6); // Sunday
    expect(isoWeekday(toDay('1969-12-29'))).toBe(0); // before the epoch
  });

  it.each([
    ['2026-01-01', '2026-01-04', '2026-01-31', '2026-03-31'],
    ['2026-01-04', '2026-01-04', '2026-01-31', '2026-03-31'],
    ['2026-01-05', '2026-01-11', '2026-01-31', '2026-03-31'],
    ['2028-02-10', '2028-02-13', '2028-02-29', '2028-03-31'],
    ['2026-12-30', '2027-01-03', '2026-12-31', '2026-12-31'],
    ['2026-05-15', '2026-05-17', '2026-05-31', '2026-06-30'],
  ])('%s ends its week on %s, its month on %s, its quarter on %s', (date, week, month, quarter) => {
    const day = toDay(date);
    expect([fromDay(endOfIsoWeek(day)), fromDay(endOfMonth(day)), fromDay(endOfQuarter(day))]).toEqual([
      week,
      month,
      quarter,
    ]);
  });

  it('reads instants with offsets', () => {
    expect(toInstantMs('2026-03-01T23:59:59.999Z')).toBe(toInstantMs('2026-03-01T20:59:59.999-03:00'));
    expect(() => toInstantMs('yesterday')).toThrow(TypeError);
  });
});
