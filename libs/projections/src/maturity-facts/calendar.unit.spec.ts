import { OrgCalendar } from './calendar';

describe('the organisation calendar', () => {
  it('dates an instant in the organisation time zone', () => {
    expect(new OrgCalendar('America/Bogota').dateOf('2026-03-02T04:59:59.999Z')).toBe('2026-03-01');
    expect(new OrgCalendar('America/Bogota').dateOf('2026-03-02T05:00:00.000Z')).toBe('2026-03-02');
    expect(new OrgCalendar('Asia/Kathmandu').dateOf('2026-01-01T18:15:00.000Z')).toBe('2026-01-02');
  });

  it.each([
    ['UTC', '2026-01-01', '2026-01-01T23:59:59.999Z'],
    ['America/Bogota', '2026-03-01', '2026-03-02T04:59:59.999Z'],
    ['Asia/Kathmandu', '2026-01-01', '2026-01-01T18:14:59.999Z'],
    // Spring forward at 02:00: the day has 23 hours.
    ['Europe/Madrid', '2026-03-29', '2026-03-29T21:59:59.999Z'],
    // Chile springs forward at midnight: 2026-09-06 00:00 does not exist, the day starts at 01:00.
    ['America/Santiago', '2026-09-05', '2026-09-06T03:59:59.999Z'],
    ['America/Santiago', '2026-09-06', '2026-09-07T02:59:59.999Z'],
  ])('in %s the end of %s (a known-at given as a date) is %s', (zone, date, end) => {
    const calendar = new OrgCalendar(zone);
    expect(calendar.endOfDay(date)).toBe(end);
    expect(calendar.dateOf(end)).toBe(date);
    expect(calendar.dateOf(new Date(Date.parse(end) + 1).toISOString())).not.toBe(date);
  });
});
