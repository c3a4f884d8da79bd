import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { ContactCenter, ContactFlow, ContactFlowTest, ContactFlowTestStatus, DayOfWeek, FlowContent, HoursOfOperation, HoursState, Schedule, SimulationOutcome } from '../../src';

const FN = 'arn:aws:lambda:us-east-1:111122223333:function:Lookup';
const HOURS = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/operating-hours/h-1';
const FLOW_ARN = 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/contact-flow/ffffffff-2222-3333-4444-555555555555';

function setup() {
  const stack = new Stack(new App(), 'Tests', { env: { account: '111122223333', region: 'us-east-1' } });
  const contactCenter = ContactCenter.fromInstanceArn(stack, 'Instance', 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555');
  const flow = ContactFlow.fromContactFlowAttributes(stack, 'Flow', { contactFlowArn: FLOW_ARN });
  return { stack, contactCenter, flow };
}

describe('ContactFlowTest', () => {
  test('creates an AWS::Connect::TestCase with the exported content and a voice entry point', () => {
    const { stack, contactCenter, flow } = setup();
    const test = new ContactFlowTest(stack, 'VipCaller', {
      contactCenter,
      flow,
      scenario: {
        description: 'A VIP caller is queued',
        contact: { customerNumber: '+15555550123', systemNumber: '+15555550199' },
        inputs: [{ digits: '1' }],
        lambdas: { [FN]: [{ response: { tier: 'gold' } }] },
        hours: HoursState.OPEN,
        expect: { attributes: { tier: 'gold' } },
      },
      hoursOfOperationArns: { Main: HOURS },
      tags: { team: 'ivr' },
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Connect::TestCase', 1);
    const [resource] = Object.values(template.findResources('AWS::Connect::TestCase')) as any[];
    const props = resource.Properties;
    expect(props.InstanceArn).toBe('arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555');
    expect(props.Name).toBe('VipCaller');
    expect(props.Description).toBe('A VIP caller is queued');
    expect(props.Status).toBe('PUBLISHED');
    expect(props.Tags).toEqual([{ Key: 'team', Value: 'ivr' }]);
    expect(props.EntryPoint.Type).toBe('VOICE_CALL');
    expect(props.EntryPoint.VoiceCallEntryPointParameters).toEqual({
      FlowId: 'ffffffff-2222-3333-4444-555555555555',
      SourcePhoneNumber: '+15555550123',
      DestinationPhoneNumber: '+15555550199',
    });
    const content = JSON.parse(props.Content);
    expect(content.Version).toBe('2025-06-21');
    expect(content.Observations.map((o: any) => o.Identifier)).toEqual(['start', 'input-1', 'end']);
    expect(content.Observations[0].Actions.map((a: any) => a.Parameters.Behavior.Properties.ActionType)).toEqual(['InvokeLambdaFunction', 'CheckHoursOfOperation']);
    expect(content.Observations[2].Actions[0].Parameters).toEqual({ Namespace: '$.Attributes.tier', Operator: 'Equals', Operand: 'gold' });
    expect(stack.resolve(test.testCaseArn)).toEqual({ 'Fn::GetAtt': [stack.getLogicalId(test.resource), 'TestCaseArn'] });
    // AWS::Connect::TestCase has no TestCaseId attribute: the ID is the ARN's last part.
    expect(stack.resolve(test.testCaseId)).toEqual({ 'Fn::Select': [3, { 'Fn::Split': ['/', { 'Fn::GetAtt': [stack.getLogicalId(test.resource), 'TestCaseArn'] }] }] });
    expect(JSON.stringify(template.toJSON())).not.toMatch(/"TestCaseId"/);
  });

  test('deploy-time ARNs (tokens) are resolved inside the content', () => {
    const { stack, contactCenter, flow } = setup();
    const fn = new lambda.Function(stack, 'Fn', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({})'),
    });
    new ContactFlowTest(stack, 'T', { contactCenter, flow, scenario: { lambdas: { Lookup: [{}] }, expect: { attributes: { a: 'b' } } }, lambdaFunctionArns: { Lookup: fn.functionArn }, status: ContactFlowTestStatus.SAVED });
    const [resource] = Object.values(Template.fromStack(stack).findResources('AWS::Connect::TestCase')) as any[];
    expect(resource.Properties.Status).toBe('SAVED');
    const joined = JSON.stringify(resource.Properties.Content);
    expect(joined).toContain('Fn::Join');
    expect(joined).toContain('Fn::GetAtt');
  });

  test('a scenario element without an equivalent fails at synth naming the path and the element', () => {
    const { stack, contactCenter, flow } = setup();
    expect(() => new ContactFlowTest(stack, 'Bad', { contactCenter, flow, scenario: { description: 'x', expect: { lambdaCalls: 1 } } }))
      .toThrow(/Tests\/Bad: invalid scenario "x": cannot export to a test case: scenario\.expect\.lambdaCalls/);
  });

  test('agents, utterances, contact attributes, hours schedules at a time and elements left out knowingly', () => {
    const { stack, contactCenter, flow } = setup();
    const owned = new ContactCenter(stack, 'Owned', { instanceAlias: 'acme-tests' });
    const hours = owned.addHoursOfOperation('Hours', {
      name: 'Business hours',
      timeZone: 'America/New_York',
      schedule: Schedule.weekdays('08:00', '18:00'),
      overrides: [{ name: 'New Year', effectiveFrom: '2027-01-01', effectiveTill: '2027-01-01', openPeriods: [] }],
    });
    const AGENT = 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/agent/a-1';
    const make = (id: string, time: string) => new ContactFlowTest(stack, id, {
      contactCenter,
      flow,
      scenario: {
        contact: { attributes: { name: 'Ann' } },
        time,
        inputs: [{ timeout: true }, { intent: 'ReachPerson', slots: { FirstName: 'Rita' }, sessionAttributes: { agentId: 'rita' } }],
        expect: { outcome: SimulationOutcome.TRANSFERRED_TO_QUEUE, agent: 'Rita', lambdaCalls: 0 },
      },
      hoursOfOperation: { BusinessHours: hours },
      agentArns: { Rita: AGENT },
      utterances: { ReachPerson: '{FirstName}, please' },
      leaveOut: ['inputs[1].sessionAttributes', 'expect.lambdaCalls'],
    });
    const open = make('Open', '2026-12-02T15:30:00Z');
    const closed = make('NewYear', '2027-01-01T15:30:00Z');
    const resources = Template.fromStack(stack).toJSON().Resources;
    const props = resources[stack.getLogicalId(open.resource)].Properties;
    expect(props.InitializationData).toBe('{"name":"Ann"}');
    const content = JSON.stringify(props.Content);
    expect(content).toContain('InHours');
    expect(content).toContain('Rita, please');
    expect(content).toContain(AGENT);
    expect(JSON.stringify(resources[stack.getLogicalId(closed.resource)].Properties.Content)).toContain('OutOfHours');
  });

  test('the schedule of hours created in the app is read as deployed: time zone, weekly periods and a dated override with open periods', () => {
    const { stack, contactCenter, flow } = setup();
    const owned = new ContactCenter(stack, 'Owned', { instanceAlias: 'acme-schedule' });
    const hours = owned.addHoursOfOperation('Hours', {
      name: 'Business hours',
      timeZone: 'America/New_York',
      schedule: Schedule.weekdays('08:00', '18:00'),
      overrides: [{ name: 'Christmas Eve', effectiveFrom: '2026-12-24', effectiveTill: '2026-12-24', openPeriods: Schedule.on([DayOfWeek.THURSDAY], '08:00', '12:00') }],
    });
    const resultAt = (id: string, time: string) => {
      const test = new ContactFlowTest(stack, id, { contactCenter, flow, scenario: { time, expect: { attributes: { a: 'b' } } }, hoursOfOperation: { Main: hours } });
      // The content joins the deployed hours ARN in: read the one hours result out of the joined JSON.
      return /\\"Value\\":\\"(InHours|OutOfHours)\\"/.exec(JSON.stringify(stack.resolve(test.content)))?.[1];
    };
    // Wednesday 07:30 in New York is 12:30 UTC: closed (open if the time zone were dropped).
    expect(resultAt('EarlyWednesday', '2026-12-23T12:30:00Z')).toBe('OutOfHours');
    expect(resultAt('Wednesday', '2026-12-23T19:00:00Z')).toBe('InHours');
    // Christmas Eve opens 08:00–12:00 only: 10:00 open, 14:00 closed (open by the weekly schedule).
    expect(resultAt('EveMorning', '2026-12-24T15:00:00Z')).toBe('InHours');
    expect(resultAt('EveAfternoon', '2026-12-24T19:00:00Z')).toBe('OutOfHours');
    expect(resultAt('Saturday', '2026-12-26T15:00:00Z')).toBe('OutOfHours');
  });

  test('imported hours have no schedule here: a scenario time fails naming them; "hours" still exports', () => {
    const { stack, contactCenter, flow } = setup();
    const imported = HoursOfOperation.fromHoursOfOperationArn(stack, 'Imported', HOURS);
    const atTime = { time: '2026-12-02T15:30:00Z', expect: { attributes: { a: 'b' } } };
    expect(() => new ContactFlowTest(stack, 'AtTime', { contactCenter, flow, scenario: atTime, hoursOfOperation: { Main: imported } }))
      .toThrow(/Tests\/AtTime: .*scenario\.time: .*schedule of hours "Main"/);
    const closed = { hours: HoursState.CLOSED, expect: { attributes: { a: 'b' } } };
    const test = new ContactFlowTest(stack, 'Closed', { contactCenter, flow, scenario: closed, hoursOfOperation: { Main: imported } });
    const override = JSON.parse(stack.resolve(test.content)).Observations[0].Actions[0].Parameters.Behavior.Properties;
    expect(override.ActionParameters).toEqual({ HoursOfOperationId: HOURS });
  });

  test('a missing ARN is asked for with the prop of ContactFlowTest that gives it', () => {
    const { stack, contactCenter, flow } = setup();
    const lookup = { lambdas: { Lookup: [{ response: {} }] }, expect: { attributes: { a: 'b' } } };
    expect(() => new ContactFlowTest(stack, 'NoFn', { contactCenter, flow, scenario: lookup }))
      .toThrow(/Tests\/NoFn: .*scenario\.lambdas\.Lookup: .*give it in lambdaFunctionArns$/m);
    const atTime = { time: '2026-12-02T15:30:00Z', expect: { attributes: { a: 'b' } } };
    expect(() => new ContactFlowTest(stack, 'NoHours', { contactCenter, flow, scenario: atTime }))
      .toThrow(/Tests\/NoHours: .*scenario\.time: .*give them in hoursOfOperation/);
    const queue = { expect: { outcome: SimulationOutcome.TRANSFERRED_TO_QUEUE, queue: 'Support', lambdaCalls: 1 } };
    expect(() => new ContactFlowTest(stack, 'NoLeaveOut', { contactCenter, flow, scenario: queue, queueArns: { Support: 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-1' } }))
      .toThrow(/scenario\.expect\.lambdaCalls: .*leaveOut: \["expect\.lambdaCalls"\]/);
  });

  test('a flow of another contact center and a status outside the enum fail at synth', () => {
    const { stack, contactCenter } = setup();
    const otherFlow = ContactFlow.fromContactFlowAttributes(stack, 'OtherFlow', {
      contactFlowArn: 'arn:aws:connect:us-east-1:111122223333:instance/99999999-2222-3333-4444-555555555555/contact-flow/f-1',
    });
    const scenario = { expect: { attributes: { a: 'b' } } };
    expect(() => new ContactFlowTest(stack, 'Foreign', { contactCenter, flow: otherFlow, scenario }))
      .toThrow(/Tests\/Foreign: invalid flow "Tests\/OtherFlow": its ARN names instance 99999999-2222-3333-4444-555555555555/);
    expect(() => new ContactFlowTest(stack, 'Status', { contactCenter, flow: ContactFlow.fromContactFlowArn(stack, 'Same', FLOW_ARN), scenario, status: 'ACTIVE' as ContactFlowTestStatus }))
      .toThrow(/Tests\/Status: invalid status "ACTIVE": one of PUBLISHED, SAVED/);
  });

  test('a Lambda ARN or an entry-point number the test case cannot take fails at synth', () => {
    const { stack, contactCenter, flow } = setup();
    const lookup = { lambdas: { Lookup: [{ response: {} }] }, expect: { attributes: { a: 'b' } } };
    expect(() => new ContactFlowTest(stack, 'BadArn', { contactCenter, flow, scenario: lookup, lambdaFunctionArns: { Lookup: 'Lookup' } }))
      .toThrow(/Tests\/BadArn: invalid lambdaFunctionArns.Lookup "Lookup": a Lambda function ARN/);
    const local = { contact: { customerNumber: '555-0123' }, expect: { attributes: { a: 'b' } } };
    expect(() => new ContactFlowTest(stack, 'Local', { contactCenter, flow, scenario: local }))
      .toThrow(/Tests\/Local: invalid scenario.contact.customerNumber "555-0123": an E.164 number/);
    new ContactFlowTest(stack, 'Good', { contactCenter, flow, scenario: { ...lookup, contact: { systemNumber: '+15555550199' } }, lambdaFunctionArns: { Lookup: FN } });
    Template.fromStack(stack).resourceCountIs('AWS::Connect::TestCase', 1);
  });

  test('hours, queue and agent ARNs must be ARNs of their kind and of one instance; deploy-time tokens are not checked', () => {
    const { stack, contactCenter, flow } = setup();
    const queued = { expect: { outcome: SimulationOutcome.TRANSFERRED_TO_QUEUE, queue: 'Support' } };
    const QUEUE = 'arn:aws:connect:us-east-1:111122223333:instance/i-1/queue/q-1';
    expect(() => new ContactFlowTest(stack, 'QueueName', { contactCenter, flow, scenario: queued, queueArns: { Support: 'Support' } }))
      .toThrow('Tests/QueueName: invalid queueArns.Support "Support": a queue ARN, arn:<partition>:connect:<region>:<account>:instance/<instanceId>/queue/<queueId>');
    expect(() => new ContactFlowTest(stack, 'HoursAsQueue', { contactCenter, flow, scenario: queued, queueArns: { Support: QUEUE }, hoursOfOperationArns: { Main: QUEUE } }))
      .toThrow(/Tests\/HoursAsQueue: invalid hoursOfOperationArns\.Main ".*\/queue\/q-1": an hours of operation ARN, .*\/operating-hours\/<hoursOfOperationId>$/);
    expect(() => new ContactFlowTest(stack, 'AgentAsHours', { contactCenter, flow, scenario: queued, queueArns: { Support: QUEUE }, agentArns: { Rita: HOURS } }))
      .toThrow(/Tests\/AgentAsHours: invalid agentArns\.Rita ".*": an agent \(user\) ARN, .*\/agent\/<userId>$/);
    const imported = HoursOfOperation.fromHoursOfOperationArn(stack, 'Imported', HOURS.replace('i-1', 'i-2'));
    expect(() => new ContactFlowTest(stack, 'TwoInstances', { contactCenter, flow, scenario: { ...queued, hours: HoursState.OPEN }, queueArns: { Support: QUEUE }, hoursOfOperation: { Main: imported } }))
      .toThrow(`Tests/TwoInstances: invalid queueArns.Support "${QUEUE}": an ARN of the instance of hoursOfOperation.Main "${HOURS.replace('i-1', 'i-2')}" `
        + '(instance ID i-2, not i-1): a test case runs on one Amazon Connect instance');
    // Hours created in the app have a deploy-time ARN: neither its form nor its instance is checked.
    const owned = new ContactCenter(stack, 'Owned', { instanceAlias: 'acme-arns' }).addHoursOfOperation('Hours', { name: 'Hours', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
    new ContactFlowTest(stack, 'Token', { contactCenter, flow, scenario: { ...queued, hours: HoursState.OPEN }, queueArns: { Support: QUEUE }, hoursOfOperation: { Main: owned } });
    Template.fromStack(stack).resourceCountIs('AWS::Connect::TestCase', 1);
  });

  test('a description over 500 characters fails', () => {
    const { stack, contactCenter, flow } = setup();
    expect(() => new ContactFlowTest(stack, 'Long', { contactCenter, flow, scenario: { expect: {} }, description: 'x'.repeat(501) })).toThrow(/Tests\/Long: invalid description/);
  });

  test('fromFile reads a scenario file', () => {
    const { stack, contactCenter, flow } = setup();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cc-tc-')), 's.json');
    fs.writeFileSync(file, JSON.stringify({ description: 'from a file', inputs: ['2'], expect: { attributes: { a: 'b' } } }));
    ContactFlowTest.fromFile(stack, 'FromFile', file, { contactCenter, flow });
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::TestCase', { Name: 'FromFile', Description: 'from a file' });
    expect(() => ContactFlowTest.fromFile(stack, 'Missing', '/nonexistent.json', { contactCenter, flow })).toThrow(/Tests\/Missing: invalid file "\/nonexistent.json"/);
  });

  test('a scenario flow other than the flow the test enters, and a malformed language code, fail at synth naming the prop', () => {
    const stack = new Stack(new App(), 'Own', { env: { account: '111122223333', region: 'us-east-1' } });
    const contactCenter = new ContactCenter(stack, 'Cc', { instanceAlias: 'acme-own' });
    const flow = new ContactFlow(stack, 'Main', {
      contactCenter,
      name: 'Main menu',
      content: FlowContent.fromJson({ Version: '2019-10-30', StartAction: 'Bye', Actions: [{ Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] }),
    });
    const scenario = { flow: 'Main menu', expect: { attributes: { a: 'b' } } };
    new ContactFlowTest(stack, 'ByName', { contactCenter, flow, scenario });
    new ContactFlowTest(stack, 'ByLogicalId', { contactCenter, flow, scenario: { ...scenario, flow: stack.resolve(flow.cfnContactFlow.logicalId) } });
    expect(() => new ContactFlowTest(stack, 'Other', { contactCenter, flow, scenario: { ...scenario, flow: 'Company directory' } }))
      .toThrow(/Own\/Other: invalid scenario.flow "Company directory": the flow the test case enters, Own\/Main \("Main menu" or "Main[0-9A-F]{8}"\)/);
    expect(() => new ContactFlowTest(stack, 'Lang', { contactCenter, flow, scenario, languageCode: 'english' }))
      .toThrow(/Own\/Lang: invalid languageCode "english": a language and region code such as "en-US"/);
  });
});

describe('ContactFlowTest and the CloudFormation schema', () => {
  const scenario = { description: 'press 1', contact: { customerNumber: '+15555550123', systemNumber: '+15555550199' }, inputs: [{ digits: '1' }], expect: {} };

  test('a blank test case name fails at synth, naming the prop', () => {
    const { stack, contactCenter, flow } = setup();
    expect(() => new ContactFlowTest(stack, 'Blank', { contactCenter, flow, testCaseName: '   ', scenario }))
      .toThrow(/Tests\/Blank: invalid testCaseName "   ": must contain a character other than white space/);
  });

  test('entry point numbers synthesize with template validation as errors (aws-cdk-lib 2.278 and later check them)', () => {
    // The AWS::Connect::TestCase schema escapes its E.164 pattern twice, so no number matches it;
    // the finding is acknowledged on the test case. With the flag set, an unacknowledged finding fails synth.
    const app = new App({ context: { '@aws-cdk/core:validateAgainstDefaultRules': true } });
    const stack = new Stack(app, 'Tests', { env: { account: '111122223333', region: 'us-east-1' } });
    const contactCenter = ContactCenter.fromInstanceArn(stack, 'Instance', 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555');
    const flow = ContactFlow.fromContactFlowAttributes(stack, 'Flow', { contactFlowArn: FLOW_ARN });
    const test = new ContactFlowTest(stack, 'Numbers', { contactCenter, flow, scenario });
    const assembly = app.synth();
    expect(assembly.getStackByName('Tests').template.Resources[stack.getLogicalId(test.resource)].Properties.EntryPoint.VoiceCallEntryPointParameters)
      .toEqual({ FlowId: 'ffffffff-2222-3333-4444-555555555555', SourcePhoneNumber: '+15555550123', DestinationPhoneNumber: '+15555550199' });
    // Where aws-cdk-lib has Validations, the acknowledgement is recorded on the test case, with its reason.
    const acknowledged = test.resource.node.metadata.filter((m) => m.type === 'aws:cdk:acknowledged-rules').map((m) => m.data);
    if ((cdk as { Validations?: unknown }).Validations) {
      expect(acknowledged).toEqual([{ 'CloudFormation-Validate::F3031': expect.stringMatching(/escapes the E\.164 pattern/) }]);
    } else {
      expect(acknowledged).toEqual([]);
    }
  });
});
