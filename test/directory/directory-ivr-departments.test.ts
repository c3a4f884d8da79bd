import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  ContactCenter, ContactFlow, ContactFlowType, DirectoryIvr, FlowSimulator, FlowValidator, IQueue, PhoneNumberType, QueueWithCallback,
  HoursState, Schedule, SimulationOutcome,
} from '../../src';

/** A directory whose "Billing" department is the given queue (a plain queue, or one with callbacks). */
function directoryWith(billing: (cc: ContactCenter, stack: Stack) => { queue: IQueue; entryFlow?: ContactFlow }) {
  const stack = new Stack(new App(), 'Stack', { env: { account: '111122223333', region: 'us-east-1' } });
  const contactCenter = new ContactCenter(stack, 'Cc', { instanceAlias: 'acme-departments' });
  const hours = contactCenter.addHoursOfOperation('Hours', { name: 'Always', timeZone: 'UTC', schedule: Schedule.alwaysOpen() });
  const reception = contactCenter.addQueue('Reception', { name: 'Reception', hoursOfOperation: hours });
  const department = billing(contactCenter, stack);
  const ivr = new DirectoryIvr(stack, 'Ivr', {
    contactCenter,
    fallbackQueue: reception,
    departments: [{ name: 'Billing', sampleUtterances: ['billing'], queue: department.queue, entryFlow: department.entryFlow }],
  });
  return { stack, ivr, doc: (ivr.flow as ContactFlow).document };
}

function withCallbacks(cc: ContactCenter, stack: Stack): QueueWithCallback {
  const number = cc.addPhoneNumber('Main', { countryCode: 'US', type: PhoneNumberType.DID });
  return new QueueWithCallback(stack, 'Billing', {
    contactCenter: cc, name: 'Billing', outboundCallerIdName: 'Acme Billing', outboundCallerIdNumber: number, countryCode: 'US',
  });
}

describe('DirectoryIvr departments', () => {
  test('GIVEN a QueueWithCallback department THEN the caller goes through its entry flow (hours, callback offer)', () => {
    let billing: QueueWithCallback | undefined;
    const { stack, doc } = directoryWith((cc, s) => {
      billing = withCallbacks(cc, s);
      return { queue: billing };
    });
    const toBilling = doc.Actions.find((a: any) => a.Identifier === 'ToBilling');
    expect(toBilling.Type).toBe('TransferToFlow');
    expect(stack.resolve(toBilling.Parameters.ContactFlowId)).toEqual(stack.resolve(billing!.entryFlow.contactFlowArn));
    expect(doc.Actions.some((a: any) => a.Identifier === 'SetBillingQueue')).toBe(false);
    expect(FlowValidator.validate(doc, { flowType: ContactFlowType.CONTACT_FLOW })).toEqual([]);

    const simulator = FlowSimulator.fromTemplate(Template.fromStack(stack).toJSON());
    const result = simulator.simulate({ flow: 'Company directory', inputs: [{ timeout: true }, { intent: 'Billing' }], hours: HoursState.OPEN });
    expect(result.outcome).toBe(SimulationOutcome.TRANSFERRED_TO_QUEUE);
    expect(result.queue).toMatch(/^BillingQueue/);
    expect(result.eventHooks).toEqual({ CustomerQueue: expect.stringMatching(/^BillingQueueFlow/) });
  });

  test('GIVEN a plain queue THEN the caller is put in it directly', () => {
    const { doc } = directoryWith((cc) => ({ queue: cc.addQueue('Billing', { name: 'Billing', hoursOfOperation: cc.addHoursOfOperation('H', { name: 'H', timeZone: 'UTC', schedule: Schedule.alwaysOpen() }) }) }));
    expect(doc.Actions.find((a: any) => a.Identifier === 'SetBillingQueue').Type).toBe('UpdateContactTargetQueue');
    expect(doc.Actions.find((a: any) => a.Identifier === 'ToBilling').Type).toBe('TransferContactToQueue');
  });

  test('GIVEN an explicit entryFlow THEN it wins over the queue', () => {
    let entry: ContactFlow | undefined;
    const { stack, doc } = directoryWith((cc, s) => {
      const billing = withCallbacks(cc, s);
      entry = billing.entryFlow;
      return { queue: cc.addQueue('Other', { name: 'Other', hoursOfOperation: billing.hoursOfOperation }), entryFlow: billing.entryFlow };
    });
    const toBilling = doc.Actions.find((a: any) => a.Identifier === 'ToBilling');
    expect(toBilling.Type).toBe('TransferToFlow');
    expect(stack.resolve(toBilling.Parameters.ContactFlowId)).toEqual(stack.resolve(entry!.contactFlowArn));
  });
});
