import { App, Stack } from 'aws-cdk-lib';
import { ContactCenter, HoursOfOperation, Queue, RoutingProfile, Schedule, SecurityProfile, SecurityProfilePermissions } from '../../src';

/** A stack with a contact center, hours, a queue, a routing profile and a security profile. */
export function baseStack() {
  const app = new App();
  const stack = new Stack(app, 'Test', { env: { account: '123456789012', region: 'us-east-1' } });
  const cc = new ContactCenter(stack, 'CC', { instanceAlias: 'acme-test' });
  const hours = new HoursOfOperation(stack, 'Hours', {
    contactCenter: cc, name: 'Hours', timeZone: 'Europe/London', schedule: Schedule.weekdaysNineToFive(),
  });
  const queue = new Queue(stack, 'Queue', { contactCenter: cc, name: 'Q', hoursOfOperation: hours });
  const routingProfile = new RoutingProfile(stack, 'RP', { contactCenter: cc, name: 'RP', defaultOutboundQueue: queue });
  const securityProfile = new SecurityProfile(stack, 'SP', { contactCenter: cc, name: 'SP', permissions: SecurityProfilePermissions.AGENT });
  return { app, stack, cc, hours, queue, routingProfile, securityProfile };
}

/** One bad input: a name, what to build on the base stack, and the message it must fail with. */
export type BadInput = [string, (s: ReturnType<typeof baseStack>) => void, RegExp];

/** Each bad input fails at synth with the construct path, the prop, the value and what is allowed. */
export function expectBadInputs(cases: BadInput[]): void {
  test.each(cases)('%s', (_name, build, message) => {
    const s = baseStack();
    expect(() => build(s)).toThrow(message);
  });
}

/** A flow document that only disconnects. */
export const simpleFlow = {
  Version: '2019-10-30',
  StartAction: 'Bye',
  Actions: [{ Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }],
};

/** A flow document that only ends the flow (for whisper flows). */
export const endFlow = {
  Version: '2019-10-30',
  StartAction: 'End',
  Actions: [{ Identifier: 'End', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }],
};
