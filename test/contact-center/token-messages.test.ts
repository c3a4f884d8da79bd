import { App, CfnParameter, Fn, Lazy, Stack } from 'aws-cdk-lib';
import { ContactCenter, Schedule } from '../../src';
import { describeTokens } from '../../src/core/private/tokens';
import { show } from '../../src/core/private/validate';
import { formatFlowDiagnostic } from '../../src/flows/flow-references';
import { DiagnosticSeverity } from '../../src/flows/validator';

function resources() {
  const stack = new Stack(new App(), 'Stack');
  const cc = new ContactCenter(stack, 'CC', { instanceAlias: 'acme-tokens' });
  const hours = cc.addHoursOfOperation('Hours', { name: 'Hours', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
  const queue = cc.addQueue('Support', { name: 'Support', hoursOfOperation: hours });
  return { stack, queue };
}

describe('messages name resources, not ${Token[…]}', () => {
  test('a reference becomes the construct path and attribute; other intrinsics a deploy-time value', () => {
    const { stack, queue } = resources();
    const parameter = new CfnParameter(stack, 'Country').valueAsString;
    expect(describeTokens(`QueueId ${queue.queueArn}`)).toBe('QueueId <Stack/CC/Support.QueueArn>');
    expect(describeTokens(`"${parameter}"`)).toBe('"<Stack/Country.Ref>"');
    expect(describeTokens(Fn.select(1, Fn.split('/', queue.queueArn)))).toBe('<deploy-time value>');
    expect(describeTokens(Lazy.string({ produce: () => 'x' }))).toBe('<deploy-time value>');
    expect(describeTokens('no tokens')).toBe('no tokens');
  });

  test('flow diagnostics and prop errors use it', () => {
    const { queue } = resources();
    const d = { severity: DiagnosticSeverity.ERROR, path: '$.Actions[0].Parameters.QueueId', actionIdentifier: 'SetQueue', message: `"${queue.queueArn}" is not allowed here`, rule: 'x' };
    const text = formatFlowDiagnostic('Main', 'CONTACT_FLOW', d as any);
    expect(text).toBe('flow "Main" (CONTACT_FLOW), action "SetQueue" at $.Actions[0].Parameters.QueueId: "<Stack/CC/Support.QueueArn>" is not allowed here');
    expect(text).not.toContain('${Token[');
    expect(show({ queue: queue.queueArn })).toBe('{"queue":"<Stack/CC/Support.QueueArn>"}');
  });
});
