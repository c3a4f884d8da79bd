import { Template } from 'aws-cdk-lib/assertions';
import {
  ContactCenter, ContactFlow, Disconnect, FlowContent, FlowDefinition, PhoneNumber, PhoneNumberType, TransferToPhoneNumber,
} from '../../../src';
import { baseStack } from '../../contact-center/helpers';

const NUMBER_ARN = 'arn:aws:connect:us-east-1:123456789012:phone-number/11111111-2222-3333-4444-555555555555';

/** A flow that transfers to +15550100 with the given caller ID props. */
function transfer(props: Partial<ConstructorParameters<typeof TransferToPhoneNumber>[1]>): FlowDefinition {
  const block = new TransferToPhoneNumber('External', { phoneNumber: '+15550100', ...props });
  block.onError(new Disconnect('End'));
  return FlowDefinition.startWith(block);
}

function callerId(t: Template): any {
  const [flow] = Object.values(t.findResources('AWS::Connect::ContactFlow'));
  return flow.Properties.Content;
}

describe('TransferToPhoneNumber caller ID from a phone number of the contact center', () => {
  test('a number claimed here: its Address is the caller ID', () => {
    const { stack, cc } = baseStack();
    const number = cc.addPhoneNumber('Main', { countryCode: 'US', type: PhoneNumberType.DID });
    new ContactFlow(stack, 'Flow', { contactCenter: cc, name: 'Flow', content: FlowContent.fromDefinition(transfer({ callerIdPhoneNumber: number, callerIdName: 'Acme' })) });
    const content = stack.resolve(callerId(Template.fromStack(stack)));
    // Content is a JSON string joined around the number's Address.
    const parts: any[] = content['Fn::Join'][1];
    expect(parts).toContainEqual({ 'Fn::GetAtt': [stack.getLogicalId(number.cfnPhoneNumber), 'Address'] });
    const before = parts[parts.findIndex((p) => typeof p === 'object') - 1];
    expect(before).toMatch(/"CallerId":\{"Number":"$/);
  });

  test('an imported number with its address: the address is the caller ID', () => {
    const { stack, cc } = baseStack();
    const number = PhoneNumber.fromPhoneNumberAttributes(stack, 'Imported', { phoneNumberArn: NUMBER_ARN, phoneNumberAddress: '+12065550100' });
    new ContactFlow(stack, 'Flow', { contactCenter: cc, name: 'Flow', content: FlowContent.fromDefinition(transfer({ callerIdPhoneNumber: number })) });
    const action = JSON.parse(callerId(Template.fromStack(stack))).Actions.find((a: any) => a.Identifier === 'External');
    expect(action.Parameters.CallerId).toEqual({ Number: '+12065550100' });
  });

  test('an imported number without its address fails, naming the block and the fix', () => {
    const { stack } = baseStack();
    const number = PhoneNumber.fromPhoneNumberArn(stack, 'ByArn', NUMBER_ARN);
    expect(() => transfer({ callerIdPhoneNumber: number }))
      .toThrow(/TransferToPhoneNumber "External": invalid callerIdPhoneNumber "Test\/ByArn": its E.164 address is unknown: import it with PhoneNumber.fromPhoneNumberAttributes/);
  });

  test('callerIdPhoneNumber and callerIdNumber together fail', () => {
    const { cc } = baseStack();
    const number = cc.addPhoneNumber('Main', { countryCode: 'US', type: PhoneNumberType.DID });
    expect(() => transfer({ callerIdPhoneNumber: number, callerIdNumber: '+12065550100' }))
      .toThrow(/invalid callerIdPhoneNumber "Test\/CC\/Main": give callerIdPhoneNumber or callerIdNumber, not both/);
  });

  test('a number claimed in another contact center fails at synth', () => {
    const { stack, cc } = baseStack();
    const other = new ContactCenter(stack, 'Other', { instanceAlias: 'other' });
    const number = other.addPhoneNumber('Main', { countryCode: 'US', type: PhoneNumberType.DID });
    expect(() => new ContactFlow(stack, 'Flow', { contactCenter: cc, name: 'Flow', content: FlowContent.fromDefinition(transfer({ callerIdPhoneNumber: number })) }))
      .toThrow(/Test\/Flow: invalid content .*Test\/Other\/Main: it belongs to contact center Test\/Other/);
  });

  test('an imported number with a malformed address fails', () => {
    const { stack } = baseStack();
    expect(() => PhoneNumber.fromPhoneNumberAttributes(stack, 'Bad', { phoneNumberArn: NUMBER_ARN, phoneNumberAddress: '206-555-0100' }))
      .toThrow(/Test\/Bad: invalid phoneNumberAddress "206-555-0100": must be an E.164 number/);
  });
});
