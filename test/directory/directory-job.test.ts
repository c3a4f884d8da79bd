import { App, Duration, Stack, aws_events as events } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ContactCenter, DirectoryIvr, DirectoryIvrProps, Schedule } from '../../src';

function synth(props: Partial<DirectoryIvrProps> = {}) {
  const stack = new Stack(new App(), 'Stack', { env: { account: '111122223333', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'Cc', { instanceAlias: 'acme-test' });
  const hours = contactCenter.addHoursOfOperation('Hours', { name: 'Always', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
  const reception = contactCenter.addQueue('Reception', { name: 'Reception', hoursOfOperation: hours });
  new DirectoryIvr(stack, 'Ivr', { contactCenter, fallbackQueue: reception, ...props });
  return Template.fromStack(stack);
}

const jobEnvironment = (template: Template) => Object.values(template.findResources('AWS::Lambda::Function', {
  Properties: { Description: Match.stringLikeRegexp('directory tags') },
})).map((r) => r.Properties.Environment.Variables);

describe('the directory job: schedule and API rate', () => {
  test('GIVEN defaults THEN the job runs hourly at 1 request per second', () => {
    const template = synth();
    expect(jobEnvironment(template)).toEqual([expect.objectContaining({ REQUESTS_PER_SECOND: '1' })]);
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 hour)' });
  });

  test('GIVEN a schedule and a rate THEN the rule and the handler environment carry them', () => {
    const template = synth({ directoryJobSchedule: events.Schedule.rate(Duration.minutes(30)), directoryJobRequestsPerSecond: 0.5 });
    expect(jobEnvironment(template)).toEqual([expect.objectContaining({ REQUESTS_PER_SECOND: '0.5' })]);
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(30 minutes)' });
  });

  test('GIVEN Connect\'s whole account rate of 2 requests/s THEN it is accepted; a cron schedule too', () => {
    const template = synth({ directoryJobSchedule: events.Schedule.cron({ minute: '0', hour: '2' }), directoryJobRequestsPerSecond: 2 });
    expect(jobEnvironment(template)).toEqual([expect.objectContaining({ REQUESTS_PER_SECOND: '2' })]);
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'cron(0 2 * * ? *)' });
  });

  test.each([
    [5, /Ivr: invalid directoryJobRequestsPerSecond 5: must be 0.1 to 2 requests per second: Connect allows SearchUsers, TagResource and UntagResource 2 requests\/s/],
    [2.5, /invalid directoryJobRequestsPerSecond 2.5/],
    [0, /invalid directoryJobRequestsPerSecond 0/],
    [0.05, /invalid directoryJobRequestsPerSecond 0.05/],
    [-1, /invalid directoryJobRequestsPerSecond -1/],
    [Number.NaN, /invalid directoryJobRequestsPerSecond/],
  ])('GIVEN a rate of %p requests/s THEN synth fails naming the prop and Connect\'s limit', (rate, message) => {
    expect(() => synth({ directoryJobRequestsPerSecond: rate })).toThrow(message);
  });

  test('GIVEN a rate schedule shorter than a run (15 minutes) THEN synth fails naming the prop', () => {
    expect(() => synth({ directoryJobSchedule: events.Schedule.rate(Duration.minutes(5)) }))
      .toThrow(/Ivr: invalid directoryJobSchedule "rate\(5 minutes\)": must leave at least 15 minutes between runs/);
    expect(() => synth({ directoryJobSchedule: events.Schedule.rate(Duration.minutes(15)) })).not.toThrow();
  });
});
