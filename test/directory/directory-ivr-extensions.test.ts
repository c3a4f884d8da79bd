import { App, Stack } from 'aws-cdk-lib';
import { Agent, ContactCenter, DirectoryIvr, DirectoryIvrProps, Schedule, SecurityProfile, SecurityProfilePermissions } from '../../src';

/** A directory and agents with the given extensions; synthesizes the app. */
function synth(extensions: string[], props: Partial<DirectoryIvrProps> = {}) {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '111122223333', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'Cc', { instanceAlias: 'acme-ext' });
  const hours = contactCenter.addHoursOfOperation('Hours', { name: 'Always', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
  const reception = contactCenter.addQueue('Reception', { name: 'Reception', hoursOfOperation: hours });
  const routingProfile = contactCenter.addRoutingProfile('Rp', { name: 'Rp', defaultOutboundQueue: reception });
  const securityProfile = new SecurityProfile(stack, 'Sp', { contactCenter, name: 'Sp', permissions: SecurityProfilePermissions.AGENT });
  new DirectoryIvr(stack, 'Ivr', { contactCenter, fallbackQueue: reception, dialByName: { enabled: false }, ...props });
  // Agents may live in another stack of the app.
  const agents = new Stack(app, 'Agents', { env: { account: '111122223333', region: 'us-east-1' } });
  extensions.forEach((extension, i) => new Agent(agents, `Agent${i}`, {
    contactCenter,
    username: `agent${i}`,
    firstName: 'A',
    lastName: `Agent ${i}`,
    extension,
    routingProfile,
    securityProfiles: [securityProfile],
  }));
  return () => app.synth();
}

describe('DirectoryIvr: extensions callers cannot dial', () => {
  test('an agent whose extension is longer than extension.maxDigits (default 4) fails synth, naming the agent', () => {
    expect(synth(['101', '12345'])).toThrow(
      'Stack/Ivr: agent Agents/Agent1 has extension "12345" (5 digits), but callers can dial at most extension.maxDigits (4) digits: raise extension.maxDigits or shorten the extension');
  });

  test('with extension.maxDigits raised, the same agents synthesize', () => {
    expect(synth(['101', '12345'], { extension: { maxDigits: 5 } })).not.toThrow();
  });

  test('an explicit maxDigits is the limit', () => {
    expect(synth(['1234'], { extension: { maxDigits: 3 } })).toThrow(/agent Agents\/Agent0 has extension "1234" \(4 digits\), but callers can dial at most extension.maxDigits \(3\) digits/);
  });

  test('a directory reading another tag key than the agents\' Extension is not checked', () => {
    expect(synth(['123456'], { extension: { tagKey: 'Ext' } })).not.toThrow();
  });
});
