import { Duration } from 'aws-cdk-lib';
import { InProcessDedupe } from './dedupe-stub';
import { synthQueue } from './helpers';
import { ClosedBehavior, FlowSimulator, QueueFullBehavior, QueueWithCallbackProps, HoursState, Schedule, SimulationOutcome, SimulationResult, SimulationScenario } from '../../src';

const CALLER = '+14155550123';

function simulator(overrides: Partial<QueueWithCallbackProps> = {}) {
  const { template, stack, qwc } = synthQueue(overrides);
  const sim = FlowSimulator.fromTemplate(template.toJSON());
  const dedupe = new InProcessDedupe();
  if (qwc.dedupeFunction) sim.addLambdaStub(stack.getLogicalId(qwc.dedupeFunction.node.defaultChild as any), dedupe);
  const id = (c: any) => stack.getLogicalId(c.node.defaultChild);
  return {
    sim,
    dedupe,
    qwc,
    queueId: id(qwc.queue),
    callbackQueueId: id(qwc.callbackQueue),
    queueFlowId: id(qwc.queueFlow),
  };
}

/** The index of the first prompt that offers a callback, and how many hold messages came before it. */
function firstOffer(result: SimulationResult): { holdsBefore: number; offered: boolean } {
  const offerAt = result.path.indexOf('OfferCallback');
  const before = offerAt < 0 ? result.path : result.path.slice(0, offerAt);
  return { holdsBefore: before.filter((id) => id === 'Hold').length, offered: offerAt >= 0 };
}

const queueCall = (keys: string[], extra: SimulationScenario = {}): SimulationScenario => ({
  flow: 'Support queue', contact: { customerNumber: CALLER }, inputs: keys.map((digits) => ({ digits })), maxSteps: 80, ...extra,
});

describe('customer-queue flow', () => {
  test('GIVEN a caller waiting WHEN fewer than offerCallbackAfter seconds of hold messages have played THEN no callback is offered', () => {
    // GIVEN: interrupt every 30 s, offer after 2 minutes
    const { sim } = simulator({ holdInterrupt: Duration.seconds(30), offerCallbackAfter: Duration.minutes(2) });
    // WHEN: the caller has heard three interruptions (90 s)
    const early = sim.simulate(queueCall([], { maxSteps: 6 }));
    // THEN
    expect(early.path.filter((id) => id === 'Hold')).toHaveLength(3);
    expect(early.path).not.toContain('OfferCallback');
    expect(early.prompts.some((p) => p.includes('press 1'))).toBe(false);
    // …and the first offer comes at the fourth interruption, 4 × 30 s = offerCallbackAfter.
    const later = sim.simulate(queueCall([]));
    expect(firstOffer(later)).toEqual({ holdsBefore: 4, offered: true });
  });

  test('GIVEN offerCallbackAfter is not a multiple of the interrupt THEN the offer comes at the next interruption after it', () => {
    const { sim } = simulator({ holdInterrupt: Duration.seconds(45), offerCallbackAfter: Duration.seconds(100) });
    expect(firstOffer(sim.simulate(queueCall([])))).toEqual({ holdsBefore: 3, offered: true });
  });

  test('GIVEN the caller declines WHEN later interruptions come THEN each offers the callback again', () => {
    const { sim } = simulator();
    const result = sim.simulate(queueCall([], { maxSteps: 40 }));
    const offers = result.path.filter((id) => id === 'OfferCallback').length;
    expect(offers).toBeGreaterThan(3);
    // Between two offers there is exactly one hold loop.
    const afterFirst = result.path.slice(result.path.indexOf('OfferCallback'));
    expect(afterFirst.slice(0, 3)).toEqual(['OfferCallback', 'HoldAfterOffer', 'OfferCallback']);
  });

  test('GIVEN the offer WHEN the caller presses 1 and keeps their own number THEN CALLBACK_CREATED to that number with the configured delays and attempts', () => {
    // GIVEN
    const { sim, callbackQueueId } = simulator({
      initialCallDelay: Duration.seconds(45), retryDelay: Duration.minutes(15), maxCallbackAttempts: 4,
    });
    // WHEN
    const result = sim.simulate(queueCall(['1', '1']));
    // THEN
    expect(result.outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
    expect(result.callback).toEqual(expect.objectContaining({
      number: CALLER, queue: callbackQueueId, initialCallDelaySeconds: 45, maximumConnectionAttempts: 4, retryDelaySeconds: 900,
    }));
    expect(result.attributes.callbackNumber).toBe(CALLER);
    expect(result.lambdaCalls.map((c) => c.parameters)).toEqual([{ operation: 'reserve', queue: 'Support', number: CALLER }]);
    expect(result.prompts.at(-1)).toContain(`We will call you back at <say-as interpret-as="telephone">${CALLER}</say-as>`);
    expect(result.path.at(-1)).toBe('HangUp');
  });

  test('GIVEN the offer WHEN the caller enters another valid number THEN the callback goes to that number', () => {
    const { sim } = simulator();
    const result = sim.simulate(queueCall(['1', '2', '442071838750#']));
    expect(result.outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
    expect(result.callback?.number).toBe('+442071838750');
  });

  test('GIVEN a country code WHEN the caller enters a local number THEN it is converted to E.164', () => {
    const { sim, qwc } = simulator({ countryCode: 'US' });
    expect(qwc.queueFlow.document.Actions.find((a: any) => a.Identifier === 'EnterNumber').Parameters.InputValidation)
      .toEqual({ PhoneNumberValidation: { NumberFormat: 'Local', CountryCode: 'US' } });
    const result = sim.simulate(queueCall(['1', '2', '4155550199#']));
    expect(result.callback?.number).toBe('+14155550199');
  });

  test('GIVEN the offer WHEN the caller enters an invalid number twice THEN they are re-prompted once, then go back to waiting without a callback', () => {
    const { sim } = simulator({ countryCode: 'US' });
    const result = sim.simulate(queueCall(['1', '2', '12#', '0345#']));
    expect(result.callback).toBeUndefined();
    expect(result.lambdaCalls).toHaveLength(0);
    const i = result.path.indexOf('EnterNumber');
    expect(result.path.slice(i, i + 5)).toEqual(['EnterNumber', 'InvalidNumber', 'EnterNumberAgain', 'InvalidNumberAgain', 'HoldAfterOffer']);
    expect(result.prompts).toContain('That is not a valid phone number either. You keep your place in line.');
  });

  test('GIVEN a number Connect cannot dial WHEN the caller enters it THEN they hear why and keep waiting', () => {
    const { sim } = simulator();
    const result = sim.simulate(queueCall(['1', '2', '447700900123#'], { undialablePrefixes: ['+447'] }));
    expect(result.callback).toBeUndefined();
    const i = result.path.indexOf('SetEnteredNumber');
    expect(result.path.slice(i, i + 3)).toEqual(['SetEnteredNumber', 'NotDialable', 'HoldAfterOffer']);
    expect(result.lambdaCalls).toHaveLength(0);
  });

  test('GIVEN a callback already pending for the number WHEN the caller asks again THEN they are told so and no second callback is created', () => {
    // GIVEN: one callback booked (the handler, in process, holds the entry)
    const { sim, dedupe } = simulator();
    expect(sim.simulate(queueCall(['1', '1'])).outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
    expect(dedupe.entries.size).toBe(1);
    // WHEN: the same number calls again and asks for a callback
    const again = sim.simulate(queueCall(['1', '1']));
    // THEN
    expect(again.callback).toBeUndefined();
    expect(again.lambdaCalls[0].response).toEqual({ pending: 'true', result: 'ALREADY_PENDING' });
    expect(again.prompts).toContain('A callback to this number is already booked: we will call you as soon as an agent is free.');
    expect(again.path.slice(again.path.indexOf('AlreadyPending'))[1]).toBe('HoldAfterOffer');
    // Another number is not affected.
    expect(sim.simulate(queueCall(['1', '2', '14155550100#'])).outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
  });

  test('GIVEN an answered callback WHEN the outbound whisper flow runs THEN the entry is cleared and the caller can ask again', () => {
    const { sim, dedupe } = simulator();
    sim.simulate(queueCall(['1', '1']));
    const whisper = sim.simulate({ flow: 'Support callback whisper', contact: { customerNumber: CALLER } });
    expect(whisper.outcome).toBe(SimulationOutcome.ENDED);
    expect(whisper.lambdaCalls.map((c) => c.parameters)).toEqual([{ operation: 'clear', queue: 'Support', number: CALLER }]);
    expect(whisper.prompts).toEqual(['Hello, this is Acme Support returning your call. Please hold while we connect you to an agent.']);
    expect(dedupe.entries.size).toBe(0);
    expect(sim.simulate(queueCall(['1', '1'])).outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
  });

  test('GIVEN the duplicate check fails WHEN the caller asks THEN the callback is still created (fail open)', () => {
    const { sim } = simulator();
    const result = sim.simulate(queueCall(['1', '1'], { lambdas: { DedupeFunction: [{ error: 'throttled' }] } }));
    expect(result.outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
    expect(result.lambdaCalls[0].failure).toBe('throttled');
  });

  test('GIVEN duplicate checks are off THEN the flows call no function', () => {
    const { sim, qwc } = simulator({ preventDuplicateCallbacks: false });
    expect(qwc.table).toBeUndefined();
    const result = sim.simulate(queueCall(['1', '1']));
    expect(result.outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
    expect(result.lambdaCalls).toHaveLength(0);
  });
});

describe('entry flow', () => {
  const call = (extra: SimulationScenario = {}): SimulationScenario => ({ flow: 'Support entry', contact: { customerNumber: CALLER }, ...extra });

  test('GIVEN open hours THEN the caller is queued with the callback queue flow as hook', () => {
    const { sim, queueId, queueFlowId } = simulator();
    const result = sim.simulate(call({ hours: HoursState.OPEN }));
    expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(result.queue).toBe(queueId);
    expect(result.eventHooks).toEqual({ CustomerQueue: queueFlowId });
    expect(result.path.slice(0, 5)).toEqual(['Logging', 'CheckHours', 'SetQueue', 'SetQueueFlow', 'Transfer']);
  });

  test('GIVEN closed hours and the default behaviour THEN the closed message, then a disconnect', () => {
    const { sim } = simulator({ closedMessage: 'We are open from 9 to 5.' });
    const result = sim.simulate(call({ hours: HoursState.CLOSED, inputs: [{ digits: '1' }] }));
    expect(result.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(result.prompts).toEqual(['We are open from 9 to 5.', 'Thank you for calling. Goodbye.']);
    expect(result.callback).toBeUndefined();
  });

  test('GIVEN closed hours and OFFER_CALLBACK THEN the caller can book a callback', () => {
    const { sim, queueId } = simulator({ whenClosed: ClosedBehavior.OFFER_CALLBACK });
    const result = sim.simulate(call({ hours: HoursState.CLOSED, inputs: [{ digits: '1' }, { digits: '1' }] }));
    expect(result.outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
    expect(result.callback).toEqual(expect.objectContaining({ number: CALLER, queue: queueId }));
    expect(result.path).toContain('ClosedOfferCallback');
    // Declining ends the call politely.
    const declined = sim.simulate(call({ hours: HoursState.CLOSED, inputs: [{ digits: '9' }] }));
    expect(declined.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(declined.prompts.at(-1)).toBe('Thank you for calling. Goodbye.');
  });

  describe('at a given time (the hours of the template, in their time zone)', () => {
    const hours = { name: 'Support hours', timeZone: 'America/New_York', schedule: Schedule.weekdays('09:00', '17:00') };
    const WEDNESDAY_10AM = '2027-03-03T10:00:00-05:00';
    const WEDNESDAY_8PM_IN_LONDON = '2027-03-03T20:00:00+00:00'; // 3 PM in New York: open
    const WEDNESDAY_7PM = '2027-03-03T19:00:00-05:00';
    const SATURDAY_10AM = '2027-03-06T10:00:00-05:00';

    test('GIVEN a weekday inside the schedule THEN the caller is queued', () => {
      const { sim, queueId } = simulator({ hours });
      for (const time of [WEDNESDAY_10AM, WEDNESDAY_8PM_IN_LONDON]) {
        const result = sim.simulate(call({ time }));
        expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
        expect(result.queue).toBe(queueId);
      }
    });

    test('GIVEN an evening or a Saturday and the default behaviour THEN the closed message, then a disconnect', () => {
      const { sim } = simulator({ hours, closedMessage: 'We are open from 9 to 5, Monday to Friday.' });
      for (const time of [WEDNESDAY_7PM, SATURDAY_10AM]) {
        const result = sim.simulate(call({ time }));
        expect(result.outcome).toBe(SimulationOutcome.DISCONNECTED);
        expect(result.prompts[0]).toBe('We are open from 9 to 5, Monday to Friday.');
        expect(result.callback).toBeUndefined();
      }
    });

    test('GIVEN a Saturday and OFFER_CALLBACK THEN the caller books a callback', () => {
      const { sim, queueId } = simulator({ hours, whenClosed: ClosedBehavior.OFFER_CALLBACK });
      const result = sim.simulate(call({ time: SATURDAY_10AM, inputs: [{ digits: '1' }, { digits: '1' }] }));
      expect(result.outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
      expect(result.callback).toEqual(expect.objectContaining({ number: CALLER, queue: queueId }));
    });
  });

  test('GIVEN a full queue and no callback queue THEN the caller is told to call later', () => {
    const { sim } = simulator();
    const result = sim.simulate(call({ queueAtCapacity: true }));
    expect(result.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(result.prompts).toEqual([
      'All our agents are busy and no more callers can wait in line right now.', 'Please call again later.', 'Thank you for calling. Goodbye.',
    ]);
  });

  test('GIVEN a full queue and a separate callback queue THEN a callback is offered at once and queued in the callback queue', () => {
    const { sim, callbackQueueId, queueId } = simulator({ separateCallbackQueue: true });
    expect(callbackQueueId).not.toBe(queueId);
    const result = sim.simulate(call({ queueAtCapacity: true, inputs: [{ digits: '1' }, { digits: '1' }] }));
    expect(result.outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
    expect(result.callback?.queue).toBe(callbackQueueId);
    expect(result.path).toContain('FullOfferCallback');
  });

  test('GIVEN whenFull DISCONNECT with a separate callback queue THEN no offer', () => {
    const { sim } = simulator({ separateCallbackQueue: true, whenFull: QueueFullBehavior.DISCONNECT });
    expect(sim.simulate(call({ queueAtCapacity: true, inputs: [{ digits: '1' }, { digits: '1' }] })).outcome).toBe(SimulationOutcome.DISCONNECTED);
  });
});
