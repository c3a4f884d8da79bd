import { hoursOpenAt, localTime } from '../../src/simulator/hours';

const NEW_YORK = {
  timeZone: 'America/New_York',
  config: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((Day) => ({ Day, StartTime: { Hours: 8, Minutes: 0 }, EndTime: { Hours: 18, Minutes: 0 } })),
  overrides: [
    { OverrideName: 'Christmas', EffectiveFrom: '2026-12-25', EffectiveTill: '2026-12-25', OverrideType: 'CLOSED', OverrideConfig: [] },
    { OverrideName: 'Short day', EffectiveFrom: '2026-12-24', EffectiveTill: '2026-12-24', OverrideType: 'OPEN', OverrideConfig: [{ Day: 'THURSDAY', StartTime: { Hours: 9, Minutes: 0 }, EndTime: { Hours: 12, Minutes: 0 } }] },
  ],
};
const at = (iso: string) => hoursOpenAt(NEW_YORK, new Date(iso));

describe('hours of operation at a time', () => {
  test('the weekly schedule is read in the hours time zone', () => {
    expect(at('2026-12-02T15:30:00Z').open).toBe(true); // 10:30 in New York
    expect(at('2026-12-02T12:30:00Z').open).toBe(false); // 07:30 in New York
    expect(at('2026-12-02T23:30:00Z').open).toBe(false); // 18:30 in New York
    expect(at('2026-12-02T17:59:00-05:00').open).toBe(true);
    expect(at('2026-12-02T18:00:00-05:00').open).toBe(false);
    expect(at('2026-12-05T10:00:00-05:00').open).toBe(false); // Saturday
    // Daylight saving time follows the zone: 12:30 UTC in July is 08:30 in New York.
    expect(at('2026-07-01T12:30:00Z').open).toBe(true);
  });

  test('dated overrides win over the weekly schedule', () => {
    expect(at('2026-12-25T10:00:00-05:00')).toEqual({ open: false, why: 'Friday 2026-12-25 10:00 America/New_York, override "Christmas" (closed)' });
    expect(at('2026-12-24T10:00:00-05:00').open).toBe(true);
    expect(at('2026-12-24T13:00:00-05:00').open).toBe(false); // the short day ends at noon
    // The date is the local one: 02:00 UTC on the 26th is still Christmas in New York.
    expect(at('2026-12-26T02:00:00Z').why).toContain('override "Christmas"');
  });

  test('periods that end at or before they start run past midnight; 00:00 to 00:00 is all day', () => {
    const night = { timeZone: 'UTC', config: [{ Day: 'MONDAY', StartTime: { Hours: 22, Minutes: 0 }, EndTime: { Hours: 2, Minutes: 0 } }], overrides: [] };
    expect(hoursOpenAt(night, new Date('2026-11-30T23:00:00Z')).open).toBe(true); // Monday 23:00
    expect(hoursOpenAt(night, new Date('2026-12-01T01:00:00Z')).open).toBe(true); // Tuesday 01:00
    expect(hoursOpenAt(night, new Date('2026-12-01T03:00:00Z')).open).toBe(false);
    const allDay = { timeZone: 'UTC', config: [{ Day: 'MONDAY', StartTime: { Hours: 0, Minutes: 0 }, EndTime: { Hours: 0, Minutes: 0 } }], overrides: [] };
    expect(hoursOpenAt(allDay, new Date('2026-11-30T23:59:00Z')).open).toBe(true);
    expect(localTime(new Date('2026-11-30T23:59:00Z'), 'Asia/Tokyo').day).toBe('TUESDAY');
  });
});
