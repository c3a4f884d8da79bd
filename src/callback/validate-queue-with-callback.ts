import { Duration, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { ClosedBehavior, QueueFullBehavior } from './behaviors';
import type { QueueWithCallbackProps } from './queue-with-callback-props';
import { ContactCenter } from '../contact-center/contact-center';
import { isCountryCode } from '../core/private/country-codes';
import { fail, isToken } from '../core/private/validate';

/** Connect's ranges (CreateCallbackContact; "Loop prompts" before a callback offer). */
export const CALLBACK_LIMITS = {
  /** The loop of prompts must be interrupted less often than every 20 s before a callback offer. */
  minHoldInterruptSecondsExclusive: 20,
  maxHoldInterruptSeconds: 3600,
  /** InitialCallDelaySeconds and RetryDelaySeconds: 1 to 259,200 (3 days). */
  minDelaySeconds: 1,
  maxDelaySeconds: 259_200,
  /** MaximumConnectionAttempts: an integer above 0 (the flow language takes up to 100). */
  minAttempts: 1,
  maxAttempts: 100,
  /** A Loop block counts to 100: the offer comes at most 101 interrupts in. */
  maxInterruptsBeforeOffer: 101,
} as const;

/** Defaults of the durations, shared with the construct. */
export const DEFAULT_HOLD_INTERRUPT = Duration.seconds(30);
export const DEFAULT_OFFER_CALLBACK_AFTER = Duration.minutes(2);
export const DEFAULT_INITIAL_CALL_DELAY = Duration.seconds(30);
export const DEFAULT_RETRY_DELAY = Duration.minutes(10);
export const DEFAULT_MAX_CALLBACK_ATTEMPTS = 3;

interface Rule {
  /** The prop the rule is about (named in the error). */
  readonly prop: keyof QueueWithCallbackProps;
  /** The value shown in the error. */
  readonly value: (p: QueueWithCallbackProps) => unknown;
  /** What is wrong, or undefined when the props are fine. */
  readonly check: (p: QueueWithCallbackProps) => string | undefined;
}

function seconds(d: Duration | undefined, fallback: Duration): number | undefined {
  const value = d ?? fallback;
  if (isToken(value.toString())) return undefined;
  return value.toSeconds({ integral: false });
}

function wholeSecondsIn(d: Duration | undefined, fallback: Duration, min: number, max: number): string | undefined {
  const s = seconds(d, fallback);
  if (s === undefined) return undefined;
  if (!Number.isInteger(s) || s < min || s > max) return `must be a whole number of seconds between ${min} and ${max} (${max / 86400} days), Connect's range`;
  return undefined;
}

/** What is wrong with the text of a message prop, if anything (a prompt is 1 to 6,000 characters, not blank). */
function textOfMessage(text: string | undefined): string | undefined {
  if (text === undefined || isToken(text)) return undefined;
  return text.trim().length === 0 || text.length > 6000 ? 'must be 1 to 6000 characters, not blank (it is played to the caller)' : undefined;
}

/** Whether outbound calling is known to be off (a contact center created here with `outboundCalls: false`). */
function outboundCallsOff(p: QueueWithCallbackProps): boolean {
  if (!(p.contactCenter instanceof ContactCenter)) return false;
  const attributes = p.contactCenter.cfnInstance.attributes as { outboundCalls?: unknown };
  return !Token.isUnresolved(attributes) && attributes?.outboundCalls === false;
}

/** The rules of QueueWithCallback's props, checked in order; the first broken one fails synth. */
const RULES: Rule[] = [
  {
    prop: 'contactCenter',
    value: (p) => p.contactCenter?.node.path,
    check: (p) => (outboundCallsOff(p)
      ? 'the contact center has outboundCalls: false; Connect places callbacks as outbound calls, so enable outbound calling'
      : undefined),
  },
  {
    prop: 'outboundCallerIdNumber',
    value: (p) => p.outboundCallerIdNumber,
    check: (p) => (p.outboundCallerIdNumber
      ? undefined
      : 'Connect needs an outbound caller ID number (a number claimed in the contact center) on a queue that places callbacks'),
  },
  {
    prop: 'outboundCallerIdNumber',
    value: (p) => p.outboundCallerIdNumber?.node.path,
    check: (p) => (p.outboundCallerIdNumber?.contactCenter && p.outboundCallerIdNumber.contactCenter !== p.contactCenter
      ? 'must be a phone number claimed in the same contact center as the queue'
      : undefined),
  },
  {
    prop: 'outboundCallerIdName',
    value: (p) => p.outboundCallerIdName,
    check: (p) => (typeof p.outboundCallerIdName !== 'string' || (!isToken(p.outboundCallerIdName) && (p.outboundCallerIdName.trim().length === 0 || p.outboundCallerIdName.length > 255))
      ? 'Connect needs an outbound caller ID name of 1 to 255 characters on a queue that places callbacks'
      : undefined),
  },
  {
    prop: 'holdInterrupt',
    value: (p) => p.holdInterrupt,
    check: (p) => {
      const s = seconds(p.holdInterrupt, DEFAULT_HOLD_INTERRUPT);
      if (s === undefined) return undefined;
      if (!Number.isInteger(s) || s <= CALLBACK_LIMITS.minHoldInterruptSecondsExclusive || s > CALLBACK_LIMITS.maxHoldInterruptSeconds) {
        return `must be a whole number of seconds above ${CALLBACK_LIMITS.minHoldInterruptSecondsExclusive} and at most ${CALLBACK_LIMITS.maxHoldInterruptSeconds}: Connect needs the loop of prompts before a callback offer to be interrupted less often than every 20 seconds`;
      }
      return undefined;
    },
  },
  {
    prop: 'offerCallbackAfter',
    value: (p) => p.offerCallbackAfter,
    check: (p) => {
      const offer = seconds(p.offerCallbackAfter, DEFAULT_OFFER_CALLBACK_AFTER);
      const interrupt = seconds(p.holdInterrupt, DEFAULT_HOLD_INTERRUPT);
      if (offer === undefined || interrupt === undefined) return undefined;
      if (offer < interrupt) return `must be at least holdInterrupt (${interrupt} seconds): the first offer comes at the first interruption of the hold loop`;
      if (Math.ceil(offer / interrupt) > CALLBACK_LIMITS.maxInterruptsBeforeOffer) {
        return `must be at most ${CALLBACK_LIMITS.maxInterruptsBeforeOffer} × holdInterrupt (${CALLBACK_LIMITS.maxInterruptsBeforeOffer * interrupt} seconds): the flow counts interruptions with a Loop block, which counts to 100`;
      }
      return undefined;
    },
  },
  {
    prop: 'initialCallDelay',
    value: (p) => p.initialCallDelay,
    check: (p) => wholeSecondsIn(p.initialCallDelay, DEFAULT_INITIAL_CALL_DELAY, CALLBACK_LIMITS.minDelaySeconds, CALLBACK_LIMITS.maxDelaySeconds),
  },
  {
    prop: 'retryDelay',
    value: (p) => p.retryDelay,
    check: (p) => wholeSecondsIn(p.retryDelay, DEFAULT_RETRY_DELAY, CALLBACK_LIMITS.minDelaySeconds, CALLBACK_LIMITS.maxDelaySeconds),
  },
  {
    prop: 'maxCallbackAttempts',
    value: (p) => p.maxCallbackAttempts,
    check: (p) => {
      const n = p.maxCallbackAttempts;
      if (n === undefined || isToken(n)) return undefined;
      return Number.isInteger(n) && n >= CALLBACK_LIMITS.minAttempts && n <= CALLBACK_LIMITS.maxAttempts
        ? undefined
        : `must be an integer between ${CALLBACK_LIMITS.minAttempts} and ${CALLBACK_LIMITS.maxAttempts} (Connect dials at least once)`;
    },
  },
  {
    prop: 'countryCode',
    value: (p) => p.countryCode,
    check: (p) => (p.countryCode === undefined || isToken(p.countryCode) || isCountryCode(p.countryCode)
      ? undefined
      : 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. "US" or "GB" (callers then enter numbers in that country\'s local format)'),
  },
  {
    prop: 'maxContacts',
    value: (p) => p.maxContacts,
    check: (p) => {
      const n = p.maxContacts;
      if (n === undefined || isToken(n) || (Number.isInteger(n) && n >= 1 && n <= 100_000)) return undefined;
      return 'must be an integer between 1 and 100000 (0 makes the queue unusable)';
    },
  },
  {
    prop: 'whenFull',
    value: (p) => p.whenFull,
    check: (p) => (p.whenFull === QueueFullBehavior.OFFER_CALLBACK && !p.separateCallbackQueue
      ? 'offering a callback when the queue is full needs separateCallbackQueue: true; waiting callbacks count toward the full queue\'s max contacts, so Connect would refuse the callback'
      : undefined),
  },
  {
    prop: 'whenClosed',
    value: (p) => p.whenClosed,
    check: (p) => (p.whenClosed === undefined || (Object.values(ClosedBehavior) as unknown[]).includes(p.whenClosed)
      ? undefined
      : `must be one of ${Object.values(ClosedBehavior).join(', ')}`),
  },
  {
    prop: 'whenFull',
    value: (p) => p.whenFull,
    check: (p) => (p.whenFull === undefined || (Object.values(QueueFullBehavior) as unknown[]).includes(p.whenFull)
      ? undefined
      : `must be one of ${Object.values(QueueFullBehavior).join(', ')}`),
  },
  {
    prop: 'encryptionKey',
    value: (p) => p.encryptionKey?.node.path,
    check: (p) => (p.encryptionKey !== undefined && p.preventDuplicateCallbacks === false
      ? 'encrypts the table of the duplicate-callback check, which preventDuplicateCallbacks: false leaves out: drop the key or turn the check on'
      : undefined),
  },
  {
    prop: 'closedMessage',
    value: (p) => p.closedMessage,
    check: (p) => textOfMessage(p.closedMessage),
  },
  {
    prop: 'whisperMessage',
    value: (p) => p.whisperMessage,
    check: (p) => textOfMessage(p.whisperMessage),
  },
  {
    prop: 'holdMessages',
    value: (p) => p.holdMessages,
    check: (p) => (p.holdMessages !== undefined && p.holdMessages.length === 0
      ? 'give at least one Message to play while callers wait (or leave holdMessages out for the default)'
      : undefined),
  },
  {
    prop: 'hours',
    value: (p) => p.hours?.name,
    check: (p) => (p.hours && p.hoursOfOperation ? 'give either hoursOfOperation (existing hours) or hours (hours to create), not both' : undefined),
  },
];

/** Checks QueueWithCallback's props; throws naming the construct path, the prop, the value and what is allowed. */
export function validateQueueWithCallbackProps(scope: IConstruct, props: QueueWithCallbackProps): void {
  for (const rule of RULES) {
    const problem = rule.check(props);
    if (problem !== undefined) fail(scope, rule.prop, rule.value(props), problem);
  }
}
