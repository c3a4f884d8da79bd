import { RemovalPolicy } from 'aws-cdk-lib';
import { IContactCenter } from '../core/contact-center';

/** A day of the week. */
export enum DayOfWeek {
  /** Monday. */
  MONDAY = 'MONDAY',
  /** Tuesday. */
  TUESDAY = 'TUESDAY',
  /** Wednesday. */
  WEDNESDAY = 'WEDNESDAY',
  /** Thursday. */
  THURSDAY = 'THURSDAY',
  /** Friday. */
  FRIDAY = 'FRIDAY',
  /** Saturday. */
  SATURDAY = 'SATURDAY',
  /** Sunday. */
  SUNDAY = 'SUNDAY',
}

/**
 * One open period on one day, in the hours' time zone.
 *
 * Times are `HH:MM` (24-hour clock). `00:00`–`00:00` means the whole day. An end before the start
 * runs past midnight into the next day (e.g. `22:00`–`02:00`).
 */
export interface OpenPeriod {
  /** The day the period starts on. */
  readonly day: DayOfWeek;
  /** Start time, `HH:MM`. */
  readonly start: string;
  /** End time, `HH:MM`. */
  readonly end: string;
}

/**
 * A dated exception to the weekly schedule, such as a public holiday.
 */
export interface HoursOverride {
  /** The override name (1–127 characters). */
  readonly name: string;
  /**
   * A description.
   * @default - no description
   */
  readonly description?: string;
  /** First day the override applies, `YYYY-MM-DD`. */
  readonly effectiveFrom: string;
  /** Last day the override applies, `YYYY-MM-DD`, on or after `effectiveFrom`. */
  readonly effectiveTill: string;
  /**
   * The open periods while the override applies; each must name a day that falls between
   * `effectiveFrom` and `effectiveTill`. Days not listed are closed. An empty list closes the
   * whole range and is sent to Connect as an override of type `CLOSED`.
   */
  readonly openPeriods: OpenPeriod[];
}

/** Options for hours of operation, used by the `ContactCenter.add…()` methods. */
export interface HoursOfOperationOptions {

  /** The name, 1–127 characters, unique in the instance. */
  readonly name: string;

  /**
   * An IANA time zone, e.g. `America/New_York`. Daylight saving time follows the zone.
   */
  readonly timeZone: string;

  /**
   * The weekly open periods; several per day are allowed, overlaps are not. Days with no period are closed.
   * See `Schedule` for presets.
   */
  readonly schedule: OpenPeriod[];

  /**
   * Dated overrides such as holidays.
   *
   * @default - no overrides
   */
  readonly overrides?: HoursOverride[];

  /**
   * A description, at most 250 characters.
   *
   * @default - no description
   */
  readonly description?: string;

  /**
   * What happens to the hours when removed from the stack.
   *
   * @default RemovalPolicy.RETAIN - queues that still reference the hours would otherwise break the delete
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags.
   *
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** Properties of hours of operation. */
export interface HoursOfOperationProps extends HoursOfOperationOptions {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}
