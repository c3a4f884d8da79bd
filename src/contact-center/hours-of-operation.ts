import { RemovalPolicy, Resource, aws_connect as connect } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { DayOfWeek, HoursOfOperationProps, OpenPeriod } from './hours-of-operation-props';
import { validateHoursOfOperationNames, validateHoursOfOperationProps, validateOverride } from './validate-hours-of-operation';
import { IContactCenter } from '../core/contact-center';
import { IHoursOfOperation } from '../core/hours-of-operation';
import { parseInstanceChildArn } from '../core/private/arn';
import { fail, renderTags } from '../core/private/validate';

const DAYS = [DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY];

/** Ready-made weekly schedules. */
export class Schedule {
  /** Open around the clock, every day. */
  public static alwaysOpen(): OpenPeriod[] {
    return DAYS.map((day) => ({ day, start: '00:00', end: '00:00' }));
  }

  /**
   * Open on weekdays (Monday to Friday) between two times. An end before the start runs past
   * midnight; open more than 12 hours overnight (`weekdays('17:00', '09:00')`) is likely a swap
   * and gets a warning at synth (`cdk-contact-center:hoursOvernight`).
   *
   * @param start opening time, `HH:MM`
   * @param end closing time, `HH:MM`
   */
  public static weekdays(start: string, end: string): OpenPeriod[] {
    return DAYS.slice(0, 5).map((day) => ({ day, start, end }));
  }

  /** Open on weekdays from 09:00 to 17:00. */
  public static weekdaysNineToFive(): OpenPeriod[] {
    return Schedule.weekdays('09:00', '17:00');
  }

  /**
   * The same hours on every listed day.
   */
  public static on(days: DayOfWeek[], start: string, end: string): OpenPeriod[] {
    return days.map((day) => ({ day, start, end }));
  }

  private constructor() {}
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
export { isValidTimeZone } from './validate-hours-of-operation';

interface Minutes { readonly day: number; readonly from: number; readonly to: number; readonly label: string }

/**
 * Validates open periods: times, days, and no overlap (periods past midnight spill into the next day).
 * Returns the CloudFormation config entries.
 */
function renderPeriods(scope: Construct, prop: string, periods: OpenPeriod[]): connect.CfnHoursOfOperation.HoursOfOperationConfigProperty[] {
  const spans: Minutes[] = [];
  periods.forEach((p, i) => {
    const where = `${prop}[${i}]`;
    if (!DAYS.includes(p.day)) fail(scope, `${where}.day`, p.day, `must be one of ${DAYS.join(', ')}`);
    const start = parseTime(scope, `${where}.start`, p.start);
    const end = parseTime(scope, `${where}.end`, p.end);
    const day = DAYS.indexOf(p.day);
    const label = `${p.day} ${p.start}-${p.end}`;
    if (start === end) {
      if (start !== 0) fail(scope, `${where}`, label, 'start and end are equal; use 00:00-00:00 for a whole day');
      spans.push({ day, from: 0, to: 1440, label });
    } else if (end > start) {
      spans.push({ day, from: start, to: end, label });
    } else {
      spans.push({ day, from: start, to: 1440, label });
      if (end > 0) spans.push({ day: (day + 1) % 7, from: 0, to: end, label });
    }
  });
  for (let a = 0; a < spans.length; a++) {
    for (let b = a + 1; b < spans.length; b++) {
      const x = spans[a];
      const y = spans[b];
      if (x.day === y.day && x.from < y.to && y.from < x.to) {
        fail(scope, prop, `${x.label} and ${y.label}`, 'open periods must not overlap');
      }
    }
  }
  return periods.map((p) => ({
    day: p.day,
    startTime: toHoursMinutes(p.start),
    endTime: toHoursMinutes(p.end),
  }));
}

function parseTime(scope: Construct, prop: string, value: string): number {
  const m = TIME.exec(value ?? '');
  if (!m) fail(scope, prop, value, 'must be a 24-hour time HH:MM between 00:00 and 23:59');
  return Number(m[1]) * 60 + Number(m[2]);
}

function toHoursMinutes(value: string): connect.CfnHoursOfOperation.HoursOfOperationTimeSliceProperty {
  const [h, m] = value.split(':').map(Number);
  return { hours: h, minutes: m };
}

/**
 * Hours of operation: when queues are open, checked by "Check hours of operation" blocks.
 */
export class HoursOfOperation extends Resource implements IHoursOfOperation {
  /**
   * Import hours of operation by ARN.
   */
  public static fromHoursOfOperationArn(scope: Construct, id: string, hoursOfOperationArn: string): IHoursOfOperation {
    parseInstanceChildArn(`${scope.node.path}/${id}`, 'hoursOfOperationArn', hoursOfOperationArn, 'operating-hours');
    class Import extends Resource implements IHoursOfOperation {
      public readonly hoursOfOperationArn = hoursOfOperationArn;
    }
    return new Import(scope, id);
  }

  public readonly hoursOfOperationArn: string;
  /** The name. */
  public readonly hoursOfOperationName: string;
  /** The IANA time zone. */
  public readonly timeZone: string;
  /** The contact center the hours belong to. */
  public readonly contactCenter: IContactCenter;
  /** The underlying CloudFormation resource. */
  public readonly cfnHoursOfOperation: connect.CfnHoursOfOperation;

  constructor(scope: Construct, id: string, props: HoursOfOperationProps) {
    super(scope, id);
    validateHoursOfOperationProps(this, props);
    const config = renderPeriods(this, 'schedule', props.schedule);
    validateHoursOfOperationNames(this, props);

    const overrides = (props.overrides ?? []).map((o, i) => {
      const where = `overrides[${i}]`;
      validateOverride(this, where, o);
      return {
        overrideName: o.name,
        overrideDescription: o.description,
        effectiveFrom: o.effectiveFrom,
        effectiveTill: o.effectiveTill,
        overrideConfig: renderPeriods(this, `${where}.openPeriods`, o.openPeriods ?? []).map((c) => ({
          day: c.day, startTime: c.startTime, endTime: c.endTime,
        })),
      };
    });

    this.cfnHoursOfOperation = new connect.CfnHoursOfOperation(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      name: props.name,
      description: props.description,
      timeZone: props.timeZone,
      config,
      hoursOfOperationOverrides: overrides.length > 0 ? overrides : undefined,
      tags: renderTags(props.tags),
    });
    this.cfnHoursOfOperation.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);
    // An override with no open period is a closed day: say so with the override type of the
    // current CloudFormation schema (STANDARD, OPEN or CLOSED). aws-cdk-lib 2.220 (the oldest
    // version this library supports) has no property for it, hence a property override.
    overrides.forEach((o, i) => {
      if (o.overrideConfig.length === 0) this.cfnHoursOfOperation.addPropertyOverride(`HoursOfOperationOverrides.${i}.OverrideType`, 'CLOSED');
    });
    this.hoursOfOperationArn = this.cfnHoursOfOperation.attrHoursOfOperationArn;
    this.hoursOfOperationName = props.name;
    this.timeZone = props.timeZone;
    this.contactCenter = props.contactCenter;
  }
}
