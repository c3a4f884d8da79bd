import { IConstruct } from 'constructs';
import type { HoursOfOperationProps, HoursOverride } from './hours-of-operation';
import { Rule, checkRules, uniqueName } from './private/rules';
import { fail } from '../private/validate';

const DAY_NAMES = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The rules of HoursOfOperation's props that involve other resources of the contact center. */
const RULES: Array<Rule<HoursOfOperationProps>> = [
  uniqueName('hours of operation names', (p) => p.name),
];

/** Checks the name of hours of operation against its contact center. */
export function validateHoursOfOperationProps(scope: IConstruct, props: HoursOfOperationProps): void {
  checkRules(scope, RULES, props);
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
