import { App, Aspects, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import { AwsSolutionsChecks } from 'cdk-nag';
import { action, callbackStack, queueProps, synthQueue } from './helpers';
import {
  Channel, ClosedBehavior, ContactCenter, ContactFlowType, HoursOfOperation, Message, PhoneNumber, PhoneNumberType,
  QueueFullBehavior, QueueWithCallback, RoutingProfile, Schedule, validateFlow,
} from '../../src';

describe('the queue', () => {
  test('GIVEN the defaults THEN one queue with the caller ID, the outbound whisper flow, RETAIN, and hours open around the clock', () => {
    const { template, qwc, stack } = synthQueue({ maxContacts: 50, tags: { team: 'support' } });
    template.resourceCountIs('AWS::Connect::Queue', 1);
    template.hasResource('AWS::Connect::Queue', {
      DeletionPolicy: 'Retain',
      Properties: {
        Name: 'Support',
        MaxContacts: 50,
        OutboundCallerConfig: {
          OutboundCallerIdName: 'Acme Support',
          OutboundCallerIdNumberArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Number'), 'PhoneNumberArn'] },
          OutboundFlowArn: { 'Fn::GetAtt': [stack.getLogicalId(qwc.whisperFlow.node.defaultChild as any), 'ContactFlowArn'] },
        },
        Tags: [{ Key: 'team', Value: 'support' }],
      },
    });
    template.hasResourceProperties('AWS::Connect::HoursOfOperation', { Name: 'Support hours', TimeZone: 'UTC' });
    expect(qwc.callbackQueue).toBe(qwc.queue);
    expect(qwc.queueArn).toBe(qwc.queue.queueArn);
    expect(qwc.queueName).toBe('Support');
  });

  test('GIVEN a separate callback queue THEN it takes the whisper flow and the main queue has none', () => {
    const { template, stack, qwc } = synthQueue({ separateCallbackQueue: true });
    template.resourceCountIs('AWS::Connect::Queue', 2);
    template.hasResourceProperties('AWS::Connect::Queue', {
      Name: 'Support callbacks',
      OutboundCallerConfig: Match.objectLike({
        OutboundFlowArn: { 'Fn::GetAtt': [stack.getLogicalId(qwc.whisperFlow.node.defaultChild as any), 'ContactFlowArn'] },
      }),
    });
    template.hasResourceProperties('AWS::Connect::Queue', {
      Name: 'Support', OutboundCallerConfig: Match.objectLike({ OutboundFlowArn: Match.absent() }),
    });
  });

  test('GIVEN given hours THEN no hours are created and the entry flow checks them', () => {
    const s = callbackStack();
    const hours = new HoursOfOperation(s.stack, 'Office', { contactCenter: s.contactCenter, name: 'Office', timeZone: 'Europe/London', schedule: Schedule.weekdaysNineToFive() });
    const qwc = new QueueWithCallback(s.stack, 'Support', queueProps(s, { hoursOfOperation: hours }));
    Template.fromStack(s.stack).resourceCountIs('AWS::Connect::HoursOfOperation', 1);
    expect(action(qwc.entryFlow.document, 'CheckHours').Parameters.HoursOfOperationId).toBe(hours.hoursOfOperationArn);
  });

  test('GIVEN hours to create THEN they are created with the given schedule', () => {
    const { template } = synthQueue({ hours: { name: 'Support hours', timeZone: 'America/New_York', schedule: Schedule.weekdays('08:00', '20:00') } });
    template.hasResourceProperties('AWS::Connect::HoursOfOperation', { Name: 'Support hours', TimeZone: 'America/New_York' });
  });

  test('it is an IQueue: a routing profile takes it, with the callback queue at a lower priority', () => {
    const s = callbackStack();
    const qwc = new QueueWithCallback(s.stack, 'Support', queueProps(s, { separateCallbackQueue: true }));
    new RoutingProfile(s.stack, 'Agents', {
      contactCenter: s.contactCenter,
      name: 'Agents',
      defaultOutboundQueue: qwc,
      queues: [{ queue: qwc, channel: Channel.VOICE, priority: 1 }, { queue: qwc.callbackQueue, channel: Channel.VOICE, priority: 2 }],
    });
    Template.fromStack(s.stack).hasResourceProperties('AWS::Connect::RoutingProfile', {
      QueueConfigs: Match.arrayWith([Match.objectLike({ Priority: 2 })]),
    });
  });
});

describe('the duplicate check', () => {
  test('GIVEN the defaults THEN an on-demand table with TTL, point-in-time recovery, a customer managed key with rotation, all retained', () => {
    const { template } = synthQueue();
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SupportKey'), 'Arn'] } },
      },
    });
    template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain', Properties: { EnableKeyRotation: true } });
  });

  test('GIVEN the function THEN ARM64, Node.js 22, 8 s, the table and a 7-day TTL in its environment, associated with the instance', () => {
    const { template, stack, qwc } = synthQueue();
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: Match.stringLikeRegexp('^nodejs(2[2-9]|[3-9][0-9])\\.x$'),
      Architectures: ['arm64'],
      Timeout: 8,
      Environment: { Variables: { TABLE_NAME: { Ref: Match.stringLikeRegexp('^SupportPendingCallbacks') }, TTL_SECONDS: '604800' } },
    });
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', {
      IntegrationType: 'LAMBDA_FUNCTION',
      IntegrationArn: { 'Fn::GetAtt': [stack.getLogicalId(qwc.dedupeFunction!.node.defaultChild as any), 'Arn'] },
    });
  });

  test('GIVEN the function THEN it may put and delete items of its table only, and use its key', () => {
    const { template } = synthQueue();
    const policies = template.findResources('AWS::IAM::Policy', { Properties: { PolicyName: Match.stringLikeRegexp('DedupeFunctionRole') } });
    const statements = Object.values(policies).flatMap((p: any) => p.Properties.PolicyDocument.Statement);
    expect(statements).toEqual(expect.arrayContaining([
      { Action: ['dynamodb:PutItem', 'dynamodb:DeleteItem'], Effect: 'Allow', Resource: { 'Fn::GetAtt': [expect.stringMatching(/^SupportPendingCallbacks/), 'Arn'] } },
      { Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'], Effect: 'Allow', Resource: { 'Fn::GetAtt': [expect.stringMatching(/^SupportKey/), 'Arn'] } },
    ]));
    const actions = statements.flatMap((s: any) => [s.Action].flat());
    expect(actions.filter((a: string) => a.startsWith('dynamodb:'))).toEqual(['dynamodb:PutItem', 'dynamodb:DeleteItem']);
    expect(statements.every((s: any) => s.Resource !== '*')).toBe(true);
  });

  test('GIVEN preventDuplicateCallbacks: false THEN no table, key or function', () => {
    const { template, qwc } = synthQueue({ preventDuplicateCallbacks: false });
    template.resourceCountIs('AWS::DynamoDB::Table', 0);
    template.resourceCountIs('AWS::KMS::Key', 0);
    template.resourceCountIs('AWS::Lambda::Function', 0);
    expect(qwc.queueFlow.document.Actions.some((a: any) => a.Type === 'InvokeLambdaFunction')).toBe(false);
  });
});

describe('the flows', () => {
  const { qwc, stack } = synthQueue({ whenClosed: ClosedBehavior.OFFER_CALLBACK, separateCallbackQueue: true });
  const ref = (c: any) => ({ 'Fn::GetAtt': [stack.getLogicalId(c.node.defaultChild), expect.any(String)] });
  const resolved = (doc: any) => stack.resolve(doc);

  test.each([
    ['entry', () => qwc.entryFlow, ContactFlowType.CONTACT_FLOW],
    ['queue', () => qwc.queueFlow, ContactFlowType.CUSTOMER_QUEUE],
    ['whisper', () => qwc.whisperFlow, ContactFlowType.OUTBOUND_WHISPER],
  ])('the %s flow is of its type and passes the validator without errors or warnings', (_name, flow, type) => {
    expect(flow().contactFlowType).toBe(type);
    expect(validateFlow(resolved(flow().document), { flowType: type })
      .map((d) => `${d.severity} ${d.actionIdentifier}: ${d.message}`)).toEqual([]);
  });

  test('entry flow: logging on, hours, working queue, queue-flow hook, transfer with its at-capacity branch', () => {
    const doc = resolved(qwc.entryFlow.document);
    expect(doc.StartAction).toBe('Logging');
    expect(action(doc, 'Logging').Parameters).toEqual({ FlowLoggingBehavior: 'Enabled' });
    expect(action(doc, 'SetQueue').Parameters).toEqual({ QueueId: ref(qwc.queue) });
    expect(action(doc, 'SetQueueFlow').Parameters).toEqual({ EventHooks: { CustomerQueue: ref(qwc.queueFlow) } });
    expect(action(doc, 'Transfer').Transitions.Errors).toEqual(expect.arrayContaining([{ ErrorType: 'QueueAtCapacity', NextAction: 'QueueFull' }]));
    expect(action(doc, 'Closed').Transitions.NextAction).toBe('ClosedOfferCallback');
  });

  test('queue flow: a hold loop interrupted every 30 s, an interruption counter, phone-validated input, the callback', () => {
    const doc = resolved(qwc.queueFlow.document);
    expect(action(doc, 'Hold').Parameters.InterruptFrequencySeconds).toBe('30');
    expect(action(doc, 'WaitBeforeOffer').Parameters).toEqual({ LoopCount: '3' });
    expect(action(doc, 'EnterNumber').Parameters).toEqual(expect.objectContaining({
      StoreInput: 'True', InputValidation: { PhoneNumberValidation: { NumberFormat: 'E164' } }, DTMFConfiguration: { InputTerminationSequence: '#' },
    }));
    expect(action(doc, 'SetCallerIdNumber').Parameters).toEqual({ CallbackNumber: '$.Attributes.callbackNumber' });
    expect(action(doc, 'CreateCallback').Parameters).toEqual({
      QueueId: ref(qwc.callbackQueue), InitialCallDelaySeconds: '30', MaximumConnectionAttempts: '3', RetryDelaySeconds: '600',
    });
    expect(action(doc, 'CheckPending').Parameters.LambdaInvocationAttributes).toEqual({
      operation: 'reserve', queue: 'Support callbacks', number: '$.Attributes.callbackNumber',
    });
  });

  test('whisper flow: recording of both sides, the entry cleared, the announcement', () => {
    const doc = resolved(qwc.whisperFlow.document);
    expect(doc.Actions.map((a: any) => a.Type)).toEqual([
      'UpdateContactRecordingBehavior', 'InvokeLambdaFunction', 'MessageParticipant', 'EndFlowExecution',
    ]);
    expect(action(doc, 'Recording').Parameters.RecordingBehavior.RecordedParticipants).toEqual(['Agent', 'Customer']);
    expect(action(doc, 'ClearPending').Parameters.LambdaInvocationAttributes).toEqual({
      operation: 'clear', queue: 'Support callbacks', number: '$.CustomerEndpoint.Address',
    });
  });

  test('custom hold messages and whisper message are used', () => {
    const custom = synthQueue({ holdMessages: [Message.text('Hold on.')], whisperMessage: 'Acme calling back.' }).qwc;
    expect(action(custom.queueFlow.document, 'Hold').Parameters.Messages).toEqual([{ Text: 'Hold on.' }]);
    expect(action(custom.whisperFlow.document, 'Announce').Parameters).toEqual({ Text: 'Acme calling back.' });
  });
});

describe('metrics and alarms', () => {
  test('metrics are queue metrics of the AWS/Connect namespace', () => {
    const { qwc, stack } = synthQueue({ separateCallbackQueue: true });
    const size = stack.resolve(qwc.metricQueueSize());
    expect(size).toEqual(expect.objectContaining({ namespace: 'AWS/Connect', metricName: 'QueueSize' }));
    expect(stack.resolve(qwc.metricCallbacksWaiting().dimensions)).toEqual(expect.objectContaining({ QueueName: 'Support callbacks', MetricGroup: 'Queue' }));
    expect(qwc.metricLongestQueueWaitTime().metricName).toBe('LongestQueueWaitTime');
    expect(qwc.metricLongestCallbackWaitTime().metricName).toBe('LongestQueueWaitTime');
    expect(qwc.metricQueueCapacityExceeded().metricName).toBe('QueueCapacityExceededError');
    expect(qwc.metricFlowErrors().map((m) => m.dimensions?.ContactFlowName)).toEqual(['Support entry', 'Support queue', 'Support callback whisper']);
  });

  test('alarms(): longest wait at twice offerCallbackAfter, queue size at 80 % of max contacts, a full queue, check errors; once', () => {
    const s = callbackStack();
    const qwc = new QueueWithCallback(s.stack, 'Support', queueProps(s, { maxContacts: 50, offerCallbackAfter: Duration.minutes(3) }));
    const alarms = qwc.alarms();
    expect(qwc.alarms()).toEqual(alarms);
    const t = Template.fromStack(s.stack);
    t.resourceCountIs('AWS::CloudWatch::Alarm', 4);
    t.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'LongestQueueWaitTime', Threshold: 360, Statistic: 'Maximum' });
    t.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'QueueSize', Threshold: 40 });
    t.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'QueueCapacityExceededError', Threshold: 0 });
    t.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Namespace: 'AWS/Lambda' });
  });
});

describe('bad input fails at synth naming the prop', () => {
  const cases: Array<[string, (s: ReturnType<typeof callbackStack>) => any, RegExp]> = [
    ['outbound calling off', () => {
      const s = callbackStack({ outboundCalls: false });
      return queueProps(s);
    }, /Test\/Support: invalid contactCenter "Test\/CC": the contact center has outboundCalls: false/],
    ['no caller ID number', (s) => queueProps(s, { outboundCallerIdNumber: undefined as any }), /invalid outboundCallerIdNumber undefined: Connect needs an outbound caller ID number/],
    ['a caller ID number of another contact center', (s) => {
      const other = new ContactCenter(s.stack, 'Other', { instanceAlias: 'acme-other' });
      return queueProps(s, { outboundCallerIdNumber: new PhoneNumber(s.stack, 'OtherNumber', { contactCenter: other, countryCode: 'US', type: PhoneNumberType.DID }) });
    }, /invalid outboundCallerIdNumber "Test\/OtherNumber": must be a phone number claimed in the same contact center/],
    ['an empty caller ID name', (s) => queueProps(s, { outboundCallerIdName: ' ' }), /invalid outboundCallerIdName " ": Connect needs an outbound caller ID name/],
    ['loop interrupt of 20 s', (s) => queueProps(s, { holdInterrupt: Duration.seconds(20) }), /invalid holdInterrupt 20 seconds: must be a whole number of seconds above 20/],
    ['initial delay of 0', (s) => queueProps(s, { initialCallDelay: Duration.seconds(0) }), /invalid initialCallDelay 0 seconds: must be a whole number of seconds between 1 and 259200/],
    ['initial delay over 3 days', (s) => queueProps(s, { initialCallDelay: Duration.days(4) }), /invalid initialCallDelay 4 days: .*between 1 and 259200/],
    ['retry delay over 3 days', (s) => queueProps(s, { retryDelay: Duration.seconds(259201) }), /invalid retryDelay .*between 1 and 259200/],
    ['a fractional retry delay', (s) => queueProps(s, { retryDelay: Duration.millis(1500) }), /invalid retryDelay .*whole number of seconds/],
    ['no attempts', (s) => queueProps(s, { maxCallbackAttempts: 0 }), /invalid maxCallbackAttempts 0: must be an integer between 1 and 100/],
    ['101 attempts', (s) => queueProps(s, { maxCallbackAttempts: 101 }), /invalid maxCallbackAttempts 101/],
    ['a lowercase country code', (s) => queueProps(s, { countryCode: 'us' }), /invalid countryCode "us": must be an ISO 3166-1 alpha-2 country code/],
    ['UK instead of GB', (s) => queueProps(s, { countryCode: 'UK' }), /invalid countryCode "UK"/],
    ['an unknown country code', (s) => queueProps(s, { countryCode: 'XX' }), /invalid countryCode "XX"/],
    ['offer before the first interrupt', (s) => queueProps(s, { holdInterrupt: Duration.seconds(60), offerCallbackAfter: Duration.seconds(30) }),
      /invalid offerCallbackAfter 30 seconds: must be at least holdInterrupt \(60 seconds\)/],
    ['offer after more than 101 interrupts', (s) => queueProps(s, { holdInterrupt: Duration.seconds(30), offerCallbackAfter: Duration.hours(1) }),
      /invalid offerCallbackAfter 1 hour: must be at most 101 × holdInterrupt/],
    ['max contacts 0', (s) => queueProps(s, { maxContacts: 0 }), /invalid maxContacts 0: must be an integer between 1 and 100000/],
    ['callback offer when full without a callback queue', (s) => queueProps(s, { whenFull: QueueFullBehavior.OFFER_CALLBACK }),
      /invalid whenFull "OFFER_CALLBACK": offering a callback when the queue is full needs separateCallbackQueue: true/],
    ['both hours props', (s) => {
      const hours = new HoursOfOperation(s.stack, 'H', { contactCenter: s.contactCenter, name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
      return queueProps(s, { hoursOfOperation: hours, hours: { name: 'Other', timeZone: 'UTC', schedule: Schedule.alwaysOpen() } });
    }, /invalid hours "Other": give either hoursOfOperation/],
    ['a closed behavior outside the enum', (s) => queueProps(s, { whenClosed: 'CALLBACK' as ClosedBehavior }),
      /Test\/Support: invalid whenClosed "CALLBACK": must be one of DISCONNECT, OFFER_CALLBACK/],
    ['a full-queue behavior outside the enum', (s) => queueProps(s, { whenFull: 'HANG_UP' as QueueFullBehavior }),
      /Test\/Support: invalid whenFull "HANG_UP": must be one of DISCONNECT, OFFER_CALLBACK/],
    ['a key for a duplicate check that is off', (s) => queueProps(s, { preventDuplicateCallbacks: false, encryptionKey: new kms.Key(s.stack, 'Key') }),
      /Test\/Support: invalid encryptionKey "Test\/Key": encrypts the table of the duplicate-callback check, which preventDuplicateCallbacks: false leaves out/],
    ['an empty closed message', (s) => queueProps(s, { closedMessage: '' }), /Test\/Support: invalid closedMessage "": must be 1 to 6000 characters/],
    ['a blank whisper message', (s) => queueProps(s, { whisperMessage: '  ' }), /Test\/Support: invalid whisperMessage " {2}": must be 1 to 6000 characters/],
    ['no hold messages', (s) => queueProps(s, { holdMessages: [] }), /Test\/Support: invalid holdMessages \[\]: give at least one Message/],
    ['an empty name, named at the construct', (s) => queueProps(s, { name: '' }), /Test\/Support: invalid name "": must be between 1 and 127 characters/],
    ['a description over 250 characters, named at the construct', (s) => queueProps(s, { description: 'x'.repeat(251) }),
      /Test\/Support: invalid description "x+": must be between 1 and 250 characters long \(got 251\)/],
    ['a reserved tag key, named at the construct', (s) => queueProps(s, { tags: { 'aws:team': 'x' } }), /Test\/Support: invalid tags key "aws:team"/],
  ];

  test.each(cases)('%s', (_name, props, message) => {
    const p = props(callbackStack());
    expect(() => new QueueWithCallback(Stack.of(p.contactCenter), 'Support', p)).toThrow(message);
  });

  test('alarm thresholds CloudWatch would reject fail naming the option', () => {
    const s = callbackStack();
    const qwc = new QueueWithCallback(s.stack, 'Support', queueProps(s));
    expect(() => qwc.alarms({ evaluationPeriods: 0 })).toThrow(/Test\/Support: invalid alarms.evaluationPeriods 0: an integer between 1 and 288/);
    expect(() => qwc.alarms({ evaluationPeriods: 289 })).toThrow(/invalid alarms.evaluationPeriods 289/);
    expect(() => qwc.alarms({ queueSize: -1 })).toThrow(/Test\/Support: invalid alarms.queueSize -1: a whole number of contacts, 0 or more/);
    expect(() => qwc.alarms({ longestWait: Duration.seconds(0) })).toThrow(/Test\/Support: invalid alarms.longestWait "0 seconds": a duration above 0/);
    expect(qwc.alarms({ evaluationPeriods: 288, queueSize: 0 })).toHaveLength(4);
  });

  test('an imported contact center is not known to have outbound calling off', () => {
    const stack = new Stack(new App(), 'S', { env: { account: '123456789012', region: 'us-east-1' } });
    const cc = ContactCenter.fromInstanceArn(stack, 'Cc', 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555');
    const number = PhoneNumber.fromPhoneNumberArn(stack, 'N', 'arn:aws:connect:us-east-1:123456789012:phone-number/11111111-2222-3333-4444-555555555555');
    expect(() => new QueueWithCallback(stack, 'Q', { contactCenter: cc, name: 'Q', outboundCallerIdName: 'Acme', outboundCallerIdNumber: number })).not.toThrow();
    Template.fromStack(stack).resourceCountIs('AWS::Connect::ContactFlow', 3);
  });
});

test('cdk-nag AwsSolutions reports nothing for a queue with callbacks', () => {
  const s = callbackStack();
  new QueueWithCallback(s.stack, 'Support', queueProps(s, { removalPolicy: RemovalPolicy.RETAIN }));
  Aspects.of(s.stack).add(new AwsSolutionsChecks());
  const errors = Annotations.fromStack(s.stack).findError('/Test/Support/*', Match.stringLikeRegexp('AwsSolutions-.*'));
  const warnings = Annotations.fromStack(s.stack).findWarning('/Test/Support/*', Match.stringLikeRegexp('AwsSolutions-.*'));
  expect([...errors, ...warnings].map((e) => `${e.id}: ${String(e.entry.data).split('\n')[0]}`)).toEqual([]);
});
