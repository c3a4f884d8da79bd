import { Annotations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { HoursOfOperationProps, HoursOverride } from './hours-of-operation-props';
import { Rule, checkRules, uniqueName } from './private/rules';
import { fail, isToken, validateConnectResourceTags, validatePattern, validateStringLength } from '../core/private/validate';

const DAY_NAMES = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** CloudFormation's name and description pattern `^[\P{C}\r\n\t]*$`. */
const NO_CONTROL_CHARACTERS = /^[\P{C}\r\n\t]*$/u;
const NO_CONTROL_CHARACTERS_ALLOWED = 'must not contain control characters other than tab and newline';
/** Connect's limit of overrides per hours of operation. */
const MAX_OVERRIDES = 50;

/** Checks an IANA zone name with the runtime's time-zone database. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone || !/^[A-Za-z_+\-0-9/]+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The rules of HoursOfOperation's props, checked in order after the length and pattern checks. */
const RULES: Array<Rule<HoursOfOperationProps>> = [
  {
    prop: 'timeZone',
    value: (p) => p.timeZone,
    check: (p) => !isToken(p.timeZone) && !isValidTimeZone(p.timeZone)
      ? 'must be an IANA time zone such as "America/New_York" or "Europe/London"' : undefined,
  },
  {
    prop: 'schedule',
    value: (p) => p.schedule,
    check: (p) => !p.schedule || p.schedule.length === 0
      ? 'give at least one open period (see Schedule.alwaysOpen(), Schedule.weekdaysNineToFive())' : undefined,
  },
  {
    prop: 'overrides',
    value: (p) => `${p.overrides?.length} overrides`,
    check: (p) => (p.overrides ?? []).length > MAX_OVERRIDES ? `at most ${MAX_OVERRIDES} overrides per hours of operation` : undefined,
  },
];

/** The rules that involve other resources of the contact center. */
const NAME_RULES: Array<Rule<HoursOfOperationProps>> = [
  uniqueName('hours of operation names', (p) => p.name),
];

/** Checks the props of hours of operation (open periods are checked as they are rendered). */
export function validateHoursOfOperationProps(scope: IConstruct, props: HoursOfOperationProps): void {
  validateStringLength(scope, 'name', props.name, 1, 127);
  validatePattern(scope, 'name', props.name, NO_CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_ALLOWED);
  validateStringLength(scope, 'description', props.description, 1, 250);
  validatePattern(scope, 'description', props.description, NO_CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_ALLOWED);
  validateConnectResourceTags(scope, 'tags', props.tags);
  checkRules(scope, RULES, props);
  warnLongOvernightPeriods(scope, props.schedule ?? []);
}

/** Minutes after midnight of an `HH:MM` time, or undefined when it is not one (checked elsewhere). */
function minutesOf(time: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/**
 * An open period whose end comes before its start runs past midnight, as documented; when it is
 * open longer overnight than it would be closed (`weekdays('17:00', '09:00')`: 16 hours open,
 * 09:00–17:00 closed), start and end were likely swapped: warn once per such start and end
 * (`cdk-contact-center:hoursOvernight`, to acknowledge when the night hours are meant).
 */
function warnLongOvernightPeriods(scope: IConstruct, schedule: ReadonlyArray<{ day: string; start: string; end: string }>): void {
  const byTimes = new Map<string, string[]>();
  for (const p of schedule) {
    if (isToken(p.start) || isToken(p.end)) continue;
    const start = minutesOf(p.start);
    const end = minutesOf(p.end);
    if (start === undefined || end === undefined || end === 0 || end >= start) continue;
    const open = 24 * 60 - start + end;
    if (open <= 12 * 60) continue;
    const key = `${p.start}–${p.end}`;
    byTimes.set(key, [...(byTimes.get(key) ?? []), p.day]);
  }
  for (const [times, days] of byTimes) {
    const [start, end] = times.split('–');
    const open = 24 * 60 - minutesOf(start)! + minutesOf(end)!;
    Annotations.of(scope).addWarningV2('cdk-contact-center:hoursOvernight',
      `schedule: ${times} on ${days.join(', ')} runs past midnight: open ${Math.floor(open / 60)} h ${open % 60 ? `${open % 60} min ` : ''}overnight and closed ${end}–${start}. `
      + `If you meant ${end}–${start}, swap start and end (Schedule.weekdays('${end}', '${start}')); acknowledge this warning if the night hours are intended`);
  }
}

/** Checks the name of hours of operation against its contact center. */
export function validateHoursOfOperationNames(scope: IConstruct, props: HoursOfOperationProps): void {
  checkRules(scope, NAME_RULES, props);
}

/** Checks one override: name, description and dates. */
export function validateOverride(scope: IConstruct, where: string, o: HoursOverride): void {
  validateStringLength(scope, `${where}.name`, o.name, 1, 127);
  validatePattern(scope, `${where}.name`, o.name, NO_CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_ALLOWED);
  validateStringLength(scope, `${where}.description`, o.description, 1, 250);
  validateOverrideDates(scope, where, o);
}

/** A calendar date `YYYY-MM-DD` as a UTC time, or undefined when it is not a real date (e.g. 2027-02-30). */
export function parseDate(value: string | undefined): Date | undefined {
  const m = DATE.exec(value ?? '');
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}

/**
 * Checks an override's dates (real calendar dates, in order) and that every day its open periods
 * name falls in its date range (otherwise the period never applies).
 */
export function validateOverrideDates(scope: IConstruct, where: string, o: HoursOverride): void {
  for (const key of ['effectiveFrom', 'effectiveTill'] as const) {
    if (!DATE.test(o[key] ?? '')) fail(scope, `${where}.${key}`, o[key], 'must be a date YYYY-MM-DD');
  }
  const from = parseDate(o.effectiveFrom);
  if (!from) fail(scope, `${where}.effectiveFrom`, o.effectiveFrom, 'must be a calendar date YYYY-MM-DD that exists');
  const till = parseDate(o.effectiveTill);
  if (!till) fail(scope, `${where}.effectiveTill`, o.effectiveTill, 'must be a calendar date YYYY-MM-DD that exists');
  if (till < from) fail(scope, `${where}.effectiveTill`, o.effectiveTill, `must be on or after effectiveFrom (${o.effectiveFrom})`);
  const days = new Set<string>();
  for (let t = from.getTime(); t <= till.getTime() && days.size < 7; t += 86_400_000) days.add(DAY_NAMES[new Date(t).getUTCDay()]);
  (o.openPeriods ?? []).forEach((p, i) => {
    if (!days.has(p.day)) {
      fail(scope, `${where}.openPeriods[${i}].day`, p.day,
        `${o.effectiveFrom} to ${o.effectiveTill} has no ${p.day} (only ${[...DAY_NAMES.slice(1), DAY_NAMES[0]].filter((d) => days.has(d)).join(', ')}), so this period would never apply`);
    }
  });
}
