import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { ContactCenter, DayOfWeek, OpenPeriod, Schedule } from '../../src';

function warnings(schedule: OpenPeriod[]) {
  const stack = new Stack(new App(), 'Test');
  const cc = new ContactCenter(stack, 'CC', { instanceAlias: 'acme-hours' });
  cc.addHoursOfOperation('Hours', { name: 'Hours', timeZone: 'UTC', schedule });
  return Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('hoursOvernight')).map((w) => w.entry.data as string);
}

describe('open periods that run past midnight', () => {
  test('weekdays(\'17:00\', \'09:00\'): one warning for the likely swap, naming the days', () => {
    expect(warnings(Schedule.weekdays('17:00', '09:00'))).toEqual([
      expect.stringContaining('schedule: 17:00–09:00 on MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY runs past midnight: open 16 h overnight and closed 09:00–17:00. '
        + 'If you meant 09:00–17:00, swap start and end (Schedule.weekdays(\'09:00\', \'17:00\')); acknowledge this warning if the night hours are intended'),
    ]);
  });

  test('minutes are shown', () => {
    expect(warnings([{ day: DayOfWeek.MONDAY, start: '17:30', end: '09:00' }])[0]).toContain('open 15 h 30 min overnight');
  });

  test.each([
    ['a short night (22:00–02:00)', Schedule.weekdays('22:00', '02:00')],
    ['a 12-hour night shift (18:00–06:00)', Schedule.weekdays('18:00', '06:00')],
    ['until midnight (17:00–00:00)', Schedule.weekdays('17:00', '00:00')],
    ['a day (09:00–17:00)', Schedule.weekdaysNineToFive()],
    ['all day', Schedule.alwaysOpen()],
  ])('%s: no warning', (_name, schedule) => {
    expect(warnings(schedule)).toEqual([]);
  });
});
