import { Match, Template } from 'aws-cdk-lib/assertions';
import { BadInput, baseStack, expectBadInputs } from './helpers';
import { DayOfWeek, HoursOfOperation, Schedule } from '../../src';

describe('hours of operation', () => {
  test('renders several ranges per day, a valid zone and holiday overrides', () => {
    const { stack, cc } = baseStack();
    new HoursOfOperation(stack, 'Split', {
      contactCenter: cc,
      name: 'Split',
      timeZone: 'America/New_York',
      schedule: [...Schedule.weekdays('08:00', '12:00'), ...Schedule.weekdays('13:00', '17:30'), { day: DayOfWeek.SATURDAY, start: '22:00', end: '02:00' }],
      overrides: [{ name: 'Christmas', effectiveFrom: '2026-12-25', effectiveTill: '2026-12-26', openPeriods: [] }],
    });
    const t = Template.fromStack(stack);
    t.hasResource('AWS::Connect::HoursOfOperation', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        Name: 'Split',
        TimeZone: 'America/New_York',
        Config: Match.arrayWith([
          { Day: 'MONDAY', StartTime: { Hours: 8, Minutes: 0 }, EndTime: { Hours: 12, Minutes: 0 } },
          { Day: 'MONDAY', StartTime: { Hours: 13, Minutes: 0 }, EndTime: { Hours: 17, Minutes: 30 } },
          { Day: 'SATURDAY', StartTime: { Hours: 22, Minutes: 0 }, EndTime: { Hours: 2, Minutes: 0 } },
        ]),
        HoursOfOperationOverrides: [{ OverrideName: 'Christmas', EffectiveFrom: '2026-12-25', EffectiveTill: '2026-12-26', OverrideConfig: [] }],
      }),
    });
  });

  test('presets', () => {
    expect(Schedule.alwaysOpen()).toHaveLength(7);
    expect(Schedule.alwaysOpen()[0]).toEqual({ day: DayOfWeek.MONDAY, start: '00:00', end: '00:00' });
    expect(Schedule.weekdaysNineToFive().map((p) => p.day)).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']);
    expect(Schedule.weekdaysNineToFive()[4]).toEqual({ day: DayOfWeek.FRIDAY, start: '09:00', end: '17:00' });
  });
  test('a closed override is sent as OverrideType CLOSED; one with open periods keeps the standard type', () => {
    const { stack, cc } = baseStack();
    new HoursOfOperation(stack, 'Holidays', {
      contactCenter: cc,
      name: 'Holidays',
      timeZone: 'Europe/London',
      schedule: Schedule.weekdaysNineToFive(),
      overrides: [
        { name: 'Christmas', effectiveFrom: '2027-12-25', effectiveTill: '2027-12-26', openPeriods: [] },
        { name: 'Sale', effectiveFrom: '2027-11-26', effectiveTill: '2027-11-26', openPeriods: [{ day: DayOfWeek.FRIDAY, start: '08:00', end: '20:00' }] },
      ],
    });
    const [hours] = Object.values(Template.fromStack(stack).findResources('AWS::Connect::HoursOfOperation', { Properties: { Name: 'Holidays' } }));
    const [closed, open] = hours.Properties.HoursOfOperationOverrides;
    expect(closed).toEqual({ OverrideName: 'Christmas', EffectiveFrom: '2027-12-25', EffectiveTill: '2027-12-26', OverrideConfig: [], OverrideType: 'CLOSED' });
    expect(open.OverrideType).toBeUndefined();
    expect(open.OverrideConfig).toEqual([{ Day: 'FRIDAY', StartTime: { Hours: 8, Minutes: 0 }, EndTime: { Hours: 20, Minutes: 0 } }]);
  });

  test('real dates pass, including 29 February of a leap year', () => {
    const { stack, cc } = baseStack();
    expect(() => new HoursOfOperation(stack, 'Leap', {
      contactCenter: cc,
      name: 'Leap',
      timeZone: 'UTC',
      schedule: Schedule.alwaysOpen(),
      overrides: [{ name: 'Leap day', effectiveFrom: '2028-02-29', effectiveTill: '2028-02-29', openPeriods: [{ day: DayOfWeek.TUESDAY, start: '10:00', end: '12:00' }] }],
    })).not.toThrow();
  });

});

describe('bad input fails at synth with the construct path, prop, value and what is allowed', () => {
  const cases: BadInput[] = [
    ['hours tag key with a space', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen(), tags: { 'Cost Center': '42' } }), /Test\/Bad: invalid tags key "Cost Center"/],
    ['unknown time zone', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'Mars/Olympus', schedule: Schedule.alwaysOpen() }), /Test\/Bad: invalid timeZone "Mars\/Olympus": must be an IANA time zone/],
    ['malformed time', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: [{ day: DayOfWeek.MONDAY, start: '9:00', end: '17:00' }] }), /invalid schedule\[0\]\.start "9:00": must be a 24-hour time HH:MM/],
    ['hour 24', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: [{ day: DayOfWeek.MONDAY, start: '09:00', end: '24:00' }] }), /invalid schedule\[0\]\.end "24:00"/],
    ['overlapping ranges', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: [{ day: DayOfWeek.MONDAY, start: '09:00', end: '13:00' }, { day: DayOfWeek.MONDAY, start: '12:00', end: '17:00' }] }), /invalid schedule "MONDAY 09:00-13:00 and MONDAY 12:00-17:00": open periods must not overlap/],
    ['overnight range overlapping the next morning', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: [{ day: DayOfWeek.SUNDAY, start: '22:00', end: '03:00' }, { day: DayOfWeek.MONDAY, start: '02:00', end: '05:00' }] }), /SUNDAY 22:00-03:00 and MONDAY 02:00-05:00": open periods must not overlap/],
    ['empty schedule', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: [] }), /invalid schedule \[\]: give at least one open period/],
    ['override ending before it starts', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen(), overrides: [{ name: 'X', effectiveFrom: '2027-01-02', effectiveTill: '2027-01-01', openPeriods: [] }] }), /invalid overrides\[0\]\.effectiveTill "2027-01-01": must be on or after effectiveFrom/],
    ['override description over 250 characters', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen(), overrides: [{ name: 'X', description: 'd'.repeat(251), effectiveFrom: '2027-01-01', effectiveTill: '2027-01-01', openPeriods: [] }] }), /Test\/Bad: invalid overrides\[0\]\.description "d{251}": must be between 1 and 250 characters long/],
    ['more than 50 overrides', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen(), overrides: Array.from({ length: 51 }, (_, i) => ({ name: `O${i}`, effectiveFrom: '2027-01-01', effectiveTill: '2027-01-01', openPeriods: [] })) }), /Test\/Bad: invalid overrides "51 overrides": at most 50 overrides/],
    ['hours name with a control character', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'Office\u0007', timeZone: 'UTC', schedule: Schedule.alwaysOpen() }), /Test\/Bad: invalid name "Office\\u0007": must not contain control characters/],
    ['a date that does not exist (30 February)', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen(), overrides: [{ name: 'X', effectiveFrom: '2027-02-30', effectiveTill: '2027-03-01', openPeriods: [] }] }), /Test\/Bad: invalid overrides\[0\]\.effectiveFrom "2027-02-30": must be a calendar date YYYY-MM-DD that exists/],
    ['an open period on a weekday outside the override', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen(), overrides: [{ name: 'Xmas', effectiveFrom: '2027-12-25', effectiveTill: '2027-12-26', openPeriods: [{ day: DayOfWeek.MONDAY, start: '10:00', end: '14:00' }] }] }), /Test\/Bad: invalid overrides\[0\]\.openPeriods\[0\]\.day "MONDAY": 2027-12-25 to 2027-12-26 has no MONDAY \(only SATURDAY, SUNDAY\)/],
    ['two hours of operation with one name', ({ stack, cc }) => new HoursOfOperation(stack, 'Bad', { contactCenter: cc, name: 'Hours', timeZone: 'UTC', schedule: Schedule.alwaysOpen() }), /Test\/Bad: invalid name "Hours": already used by Test\/Hours; hours of operation names must be unique within a contact center/],
  ];
  expectBadInputs(cases);
});
