import { Duration } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { AgentProps } from './agent';
import { Rule, checkRules, sameInstance, uniqueName } from './private/rules';
import { fail, isToken } from '../private/validate';

/** The rules of Agent's props that involve other resources of the contact center. */
const RULES: Array<Rule<AgentProps>> = [
  uniqueName('usernames', (p) => p.username, 'username'),
  sameInstance('routingProfile', (p) => p.routingProfile, (p) => p.routingProfile?.routingProfileArn),
];

/** Checks an agent's username and references against its contact center. */
export function validateAgentProps(scope: IConstruct, props: AgentProps): void {
  checkRules(scope, RULES, props);
  (props.securityProfiles ?? []).forEach((profile, i) => checkRules(scope,
    [sameInstance(`securityProfiles[${i}]`, () => profile, () => profile.securityProfileArn)], props));
}

/**
 * The after-contact-work timeout in whole seconds, 0 (unlimited) to 2,000,000; a token is
 * returned as is.
 */
export function afterContactWorkSeconds(scope: IConstruct, timeout: Duration | undefined): number {
  if (timeout === undefined) return 0;
  const millis = timeout.toMilliseconds();
  if (isToken(millis)) return timeout.toSeconds();
  if (millis % 1000 !== 0) {
    fail(scope, 'afterContactWorkTimeout', timeout, 'must be a whole number of seconds (Connect counts after-contact work in seconds)');
  }
  const seconds = millis / 1000;
  if (seconds < 0 || seconds > 2_000_000) {
    fail(scope, 'afterContactWorkTimeout', timeout, 'must be between 0 (unlimited) and 2,000,000 seconds');
  }
  return seconds;
}
