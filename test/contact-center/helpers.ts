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
