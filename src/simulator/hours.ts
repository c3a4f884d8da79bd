/**
 * Hours of operation at a given time, as Connect evaluates them: the weekly schedule in the
 * hours' time zone, unless a dated override covers the local date (an override of type `CLOSED`,
 * or with no open period, closes the whole day; otherwise only its periods are open).
 * Not part of the public API.
 */

/** One open period as CloudFormation writes it. */
interface Period {
  readonly Day?: string;
  readonly StartTime?: { readonly Hours?: number; readonly Minutes?: number };
  readonly EndTime?: { readonly Hours?: number; readonly Minutes?: number };
}

/** The `AWS::Connect::HoursOfOperation` properties the simulator reads. */
export interface HoursConfig {
  readonly timeZone: string;
  readonly config: readonly Period[];
  readonly overrides: ReadonlyArray<{
    readonly OverrideName?: string;
    readonly OverrideType?: string;
    readonly EffectiveFrom?: string;
    readonly EffectiveTill?: string;
    readonly OverrideConfig?: readonly Period[];
  }>;
}

const DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** The local date, weekday and minute of the day of an instant in a time zone. */
export function localTime(instant: Date, timeZone: string): { date: string; day: string; minute: number; text: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  const hour = Number(get('hour')) % 24;
  const minute = Number(get('minute'));
  const day = get('weekday').toUpperCase();
  return { date, day, minute: hour * 60 + minute, text: `${get('weekday')} ${date} ${get('hour')}:${get('minute')} ${timeZone}` };
}

function minutes(t: Period['StartTime']): number {
  return (Number(t?.Hours ?? 0) * 60) + Number(t?.Minutes ?? 0);
}

/** Whether the periods are open at `minute` of `day` (periods ending at or before their start run past midnight). */
function openIn(periods: readonly Period[], day: string, minute: number): boolean {
  const previous = DAYS[(DAYS.indexOf(day) + 6) % 7];
  for (const p of periods) {
    const start = minutes(p.StartTime);
    let end = minutes(p.EndTime);
    if (end === 0) end = 24 * 60;
    if (end > start) {
      if (p.Day === day && minute >= start && minute < end) return true;
    } else {
      // Across midnight: the evening of its day and the morning of the next.
      if (p.Day === day && minute >= start) return true;
      if (p.Day === previous && minute < end) return true;
    }
  }
  return false;
}

/** Whether hours are open at an instant, and why (for the transcript). */
export function hoursOpenAt(hours: HoursConfig, instant: Date): { open: boolean; why: string } {
  const local = localTime(instant, hours.timeZone);
  for (const o of hours.overrides) {
    if (typeof o.EffectiveFrom !== 'string' || typeof o.EffectiveTill !== 'string') continue;
    if (local.date < o.EffectiveFrom || local.date > o.EffectiveTill) continue;
    const name = o.OverrideName ?? 'override';
    const periods = o.OverrideConfig ?? [];
    if (String(o.OverrideType ?? '').toUpperCase() === 'CLOSED' || periods.length === 0) {
      return { open: false, why: `${local.text}, override "${name}" (closed)` };
    }
    return { open: openIn(periods, local.day, local.minute), why: `${local.text}, override "${name}"` };
  }
  return { open: openIn(hours.config, local.day, local.minute), why: local.text };
}
