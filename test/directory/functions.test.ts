import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Duration, Stack, aws_events as events } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ContactCenter } from '../../src';
import { ASSETS_DIR } from '../../src/core/private/bundled-function';
import { DirectoryTaggerFunction } from '../../src/core/private/directory-tagger-function';
import { ExtensionLookupFunction } from '../../src/core/private/extension-lookup-function';
import { NameLookupFunction } from '../../src/core/private/name-lookup-function';

const INSTANCE_ARN = 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555';

function setup() {
  const stack = new Stack(new App(), 'Stack', { env: { account: '111122223333', region: 'us-east-1' } });
  const contactCenter = ContactCenter.fromInstanceArn(stack, 'Cc', INSTANCE_ARN);
  return { stack, contactCenter };
}

test('the build bundled every handler where the functions look for it', () => {
  for (const name of ['extension-lookup', 'name-lookup', 'directory-tagger']) {
    expect(fs.existsSync(path.join(ASSETS_DIR, name, 'index.js'))).toBe(true);
  }
});

test('GIVEN an extension lookup function THEN ARM64, Node.js 22, 8 s, its own log group, and SearchUsers on the instance only', () => {
  const { stack, contactCenter } = setup();
  new ExtensionLookupFunction(stack, 'Ext', { contactCenter, extensionTagKey: 'Extension', cacheTtl: Duration.seconds(30) });
  const t = Template.fromStack(stack);
  t.hasResourceProperties('AWS::Lambda::Function', {
    Runtime: Match.stringLikeRegexp('^nodejs(2[2-9]|[3-9][0-9])\\.x$'),
    Architectures: ['arm64'],
    Handler: 'index.handler',
    Timeout: 8,
    Environment: { Variables: { INSTANCE_ID: '11111111-2222-3333-4444-555555555555', EXTENSION_TAG_KEY: 'Extension', CACHE_TTL_SECONDS: '30' } },
    LoggingConfig: { LogGroup: Match.anyValue() },
  });
  t.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  t.hasResourceProperties('AWS::IAM::Policy', {
    PolicyDocument: { Statement: Match.arrayWith([{ Action: 'connect:SearchUsers', Effect: 'Allow', Resource: [INSTANCE_ARN, `${INSTANCE_ARN}/agent/*`] }]) },
  });
  // No managed policies: the role writes only to its own log group.
  t.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
  t.hasResourceProperties('AWS::IAM::Policy', {
    PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('ExtLogs'), 'Arn'] } })]) },
  });
});

test('GIVEN a name lookup function THEN its settings reach the handler environment', () => {
  const { stack, contactCenter } = setup();
  new NameLookupFunction(stack, 'Name', { contactCenter, extensionTagKey: 'Ext', nameKeyPrefix: 'NK:', maxAttempts: 3, spellingStyle: 'SpellByWord', cacheTtl: Duration.minutes(1) });
  Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
    Timeout: 8,
    Architectures: ['arm64'],
    Environment: { Variables: { EXTENSION_TAG_KEY: 'Ext', NAME_KEY_PREFIX: 'NK:', MAX_ATTEMPTS: '3', SPELLING_STYLE: 'SpellByWord', CACHE_TTL_SECONDS: '60' } },
  });
});

test('GIVEN the directory job THEN a schedule runs it and it may tag and untag users of the instance only', () => {
  const { stack, contactCenter } = setup();
  new DirectoryTaggerFunction(stack, 'Tagger', {
    contactCenter,
    extensionTagKey: 'Extension',
    nameKeyPrefix: 'NameKey:',
    extensionLength: 3,
    schedule: events.Schedule.rate(Duration.hours(1)),
    requestsPerSecond: 1,
  });
  const t = Template.fromStack(stack);
  t.hasResourceProperties('AWS::Lambda::Function', { Timeout: 900, Environment: { Variables: Match.objectLike({ EXTENSION_LENGTH: '3', REQUESTS_PER_SECOND: '1' }) } });
  t.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 hour)', Targets: [Match.objectLike({ RetryPolicy: { MaximumRetryAttempts: 0 } })] });
  t.hasResourceProperties('AWS::IAM::Policy', {
    PolicyDocument: { Statement: Match.arrayWith([{ Action: ['connect:TagResource', 'connect:UntagResource'], Effect: 'Allow', Resource: `${INSTANCE_ARN}/agent/*` }]) },
  });
  t.hasResourceProperties('AWS::Lambda::Permission', { Principal: 'events.amazonaws.com', Action: 'lambda:InvokeFunction' });
});

test('GIVEN the three functions THEN cdk-nag AwsSolutions reports no errors', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { AwsSolutionsChecks } = require('cdk-nag') as typeof import('cdk-nag');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Annotations } = require('aws-cdk-lib/assertions') as typeof import('aws-cdk-lib/assertions');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Aspects } = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
  const { stack, contactCenter } = setup();
  new ExtensionLookupFunction(stack, 'Ext', { contactCenter, extensionTagKey: 'Extension', cacheTtl: Duration.seconds(30) });
  new NameLookupFunction(stack, 'Name', { contactCenter, extensionTagKey: 'Extension', nameKeyPrefix: 'NameKey:', maxAttempts: 3, spellingStyle: 'SpellByLetter', cacheTtl: Duration.minutes(1) });
  new DirectoryTaggerFunction(stack, 'Tagger', { contactCenter, extensionTagKey: 'Extension', nameKeyPrefix: 'NameKey:', extensionLength: 0, schedule: events.Schedule.rate(Duration.hours(1)), requestsPerSecond: 1 });
  Aspects.of(stack).add(new AwsSolutionsChecks());
  const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'));
  expect(errors.map((e) => `${e.id}: ${String(e.entry.data).split('\n')[0]}`)).toEqual([]);
});
