import { CfnParameter } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { BadInput, baseStack, expectBadInputs, simpleFlow } from './helpers';
import { ContactCenter, ContactFlow, ContactFlowType, FlowContent, PhoneNumber, PhoneNumberType } from '../../src';

describe('phone numbers', () => {
  test('claims a number and associates it with a flow through a scoped custom resource', () => {
    const { stack, cc } = baseStack();
    const flow = new ContactFlow(stack, 'Flow', { contactCenter: cc, name: 'Inbound', content: FlowContent.fromJson(simpleFlow) });
    cc.addPhoneNumber('Main', { countryCode: 'GB', type: PhoneNumberType.DID, prefix: '+4420', inboundFlow: flow });
    const t = Template.fromStack(stack);
    t.hasResource('AWS::Connect::PhoneNumber', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ CountryCode: 'GB', Type: 'DID', Prefix: '+4420', TargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] } }),
    });
    const [assoc] = Object.values(t.findResources('Custom::ConnectPhoneNumberFlowAssociation'));
    const create = JSON.stringify(assoc.Properties.Create);
    expect(create).toContain('associatePhoneNumberContactFlow');
    expect(create).toMatch(/Flow[0-9A-F]{8}\\",\\"ContactFlowArn|Flow[0-9A-F]{8}","ContactFlowArn/);
    expect(JSON.stringify(assoc.Properties.Delete)).toContain('disassociatePhoneNumberContactFlow');
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          { Action: 'connect:AssociatePhoneNumberContactFlow', Effect: 'Allow', Resource: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^CCMain'), 'PhoneNumberArn'] }, { 'Fn::GetAtt': [Match.stringLikeRegexp('^Flow'), 'ContactFlowArn'] }] },
          {
            Action: 'connect:DisassociatePhoneNumberContactFlow',
            Effect: 'Allow',
            Resource: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^CCMain'), 'PhoneNumberArn'] }, { 'Fn::GetAtt': [Match.stringLikeRegexp('^Flow'), 'ContactFlowArn'] }],
          },
        ],
      },
    });
  });
  test('the flow association has no DependsOn: the ARNs it uses already order it after the number and the flow', () => {
    const { stack, cc } = baseStack();
    const flow = cc.addContactFlow('Flow', { name: 'Inbound', content: FlowContent.fromJson(simpleFlow) });
    cc.addPhoneNumber('Main', { countryCode: 'US', type: PhoneNumberType.DID, prefix: '+1206', inboundFlow: flow });
    const t = Template.fromStack(stack);
    const [association] = Object.values(t.findResources('Custom::ConnectPhoneNumberFlowAssociation'));
    // Only the association's own policy, which nothing references (aws-cdk-lib's AwsCustomResource adds it).
    expect(association.DependsOn).toEqual([expect.stringMatching(/^CCMainFlowAssociationCustomResourcePolicy/)]);
    const [policy] = Object.values(t.findResources('AWS::IAM::Policy', { Properties: { PolicyName: Match.stringLikeRegexp('^CCMainFlowAssociation') } }));
    expect(policy.DependsOn).toBeUndefined();
  });

  test('prefixes of the country, or the start of its calling code, pass; unknown countries are not checked', () => {
    const { cc } = baseStack();
    expect(() => cc.addPhoneNumber('Gb', { countryCode: 'GB', type: PhoneNumberType.DID, prefix: '+4' })).not.toThrow();
    expect(() => cc.addPhoneNumber('Us', { countryCode: 'US', type: PhoneNumberType.TOLL_FREE, prefix: '+1800' })).not.toThrow();
    expect(() => cc.addPhoneNumber('Gl', { countryCode: 'GL', type: PhoneNumberType.DID, prefix: '+299' })).not.toThrow();
  });

  test.each(['UK', 'XX', 'ZZ', 'EU', 'XK', 'YU', 'us', 'USA'])('countryCode %s is no ISO 3166-1 alpha-2 country code: a synth error', (code) => {
    const { cc } = baseStack();
    expect(() => cc.addPhoneNumber('Main', { countryCode: code, type: PhoneNumberType.DID }))
      .toThrow(`Test/CC/Main: invalid countryCode "${code}": must be an ISO 3166-1 alpha-2 country code in capitals, e.g. "US" or "GB"`);
  });

  test('UK names the code meant', () => {
    const { cc } = baseStack();
    expect(() => cc.addPhoneNumber('Main', { countryCode: 'UK', type: PhoneNumberType.DID })).toThrow('("UK" is not one: use "GB")');
  });

  test('warns when a create-only prop comes from a token, since a new value claims a new number', () => {
    const { stack, cc } = baseStack();
    const country = new CfnParameter(stack, 'Country').valueAsString;
    cc.addPhoneNumber('FromParameter', { countryCode: country, type: PhoneNumberType.DID });
    cc.addPhoneNumber('Literal', { countryCode: 'US', type: PhoneNumberType.DID });
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('create-only'));
    expect(warnings.map((w) => w.id)).toEqual(['/Test/CC/FromParameter']);
    expect(String(warnings[0].entry.data)).toMatch(/countryCode is given by a token.*claims a new number.*RETAIN, leaves the old one claimed and billed/);
  });

  test('an imported flow given the inbound type is accepted', () => {
    const { stack, cc } = baseStack();
    const inbound = ContactFlow.fromContactFlowAttributes(stack, 'Inbound', { contactFlowArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1/contact-flow/f-1', contactFlowType: ContactFlowType.CONTACT_FLOW });
    expect(inbound.contactFlowType).toBe(ContactFlowType.CONTACT_FLOW);
    expect(() => cc.addPhoneNumber('Main', { countryCode: 'US', type: PhoneNumberType.DID, inboundFlow: inbound })).not.toThrow();
  });

});

describe('bad input fails at synth with the construct path, prop, value and what is allowed', () => {
  const cases: BadInput[] = [
    ['phone number tag key with a space', ({ stack, cc }) => new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'US', type: PhoneNumberType.DID, tags: { 'Cost Center': '42' } }), /Test\/Bad: invalid tags key "Cost Center"/],
    ['lowercase country code', ({ stack, cc }) => new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'us', type: PhoneNumberType.DID }), /Test\/Bad: invalid countryCode "us": must be an ISO 3166-1 alpha-2/],
    ['prefix without +', ({ stack, cc }) => new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'US', type: PhoneNumberType.DID, prefix: '1206' }), /invalid prefix "1206": must be "\+" followed by 1 to 15 digits/],
    ['second flow on one number', ({ stack, cc }) => {
      const f1 = new ContactFlow(stack, 'F1', { contactCenter: cc, name: 'F1', content: FlowContent.fromJson(simpleFlow) });
      const f2 = new ContactFlow(stack, 'F2', { contactCenter: cc, name: 'F2', content: FlowContent.fromJson(simpleFlow) });
      const n = new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'US', type: PhoneNumberType.DID, inboundFlow: f1 });
      n.associateFlow(f2);
    }, /invalid inboundFlow "Test\/F2": the number is already associated with Test\/F1/],
    ['phone number routed into a flow that is not an inbound flow', ({ stack, cc }) => {
      const whisper = new ContactFlow(stack, 'Whisper', { contactCenter: cc, name: 'W', type: ContactFlowType.OUTBOUND_WHISPER, content: FlowContent.fromJson({ Version: '2019-10-30', StartAction: 'End', Actions: [{ Identifier: 'End', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }] }) });
      new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'US', type: PhoneNumberType.DID, inboundFlow: whisper });
    }, /Test\/Bad: invalid inboundFlow "Test\/Whisper": a phone number needs a flow of type CONTACT_FLOW \(got OUTBOUND_WHISPER\)/],
    ['a prefix of another country (+1206 with AU)', ({ stack, cc }) => new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'AU', type: PhoneNumberType.DID, prefix: '+1206' }), /Test\/Bad: invalid prefix "\+1206": numbers of AU start with \+61/],
    ['a prefix of another country (+44 with IE)', ({ stack, cc }) => new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'IE', type: PhoneNumberType.DID, prefix: '+4420' }), /Test\/Bad: invalid prefix "\+4420": numbers of IE start with \+353/],
    ['an inbound flow of another contact center', ({ stack, cc }) => {
      const other = new ContactCenter(stack, 'Other', { instanceAlias: 'other' });
      const flow = other.addContactFlow('Flow', { name: 'Inbound', content: FlowContent.fromJson(simpleFlow) });
      new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'US', type: PhoneNumberType.DID, inboundFlow: flow });
    }, /Test\/Bad: invalid inboundFlow "Test\/Other\/Flow": it belongs to contact center Test\/Other, not Test\/CC; a number can only be associated with a flow of the instance that claimed it/],
    ['an imported flow whose given type is not an inbound flow', ({ stack, cc }) => {
      const whisper = ContactFlow.fromContactFlowAttributes(stack, 'Whisper', { contactFlowArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1/contact-flow/f-1', contactFlowType: ContactFlowType.AGENT_WHISPER });
      new PhoneNumber(stack, 'Bad', { contactCenter: cc, countryCode: 'US', type: PhoneNumberType.DID, inboundFlow: whisper });
    }, /Test\/Bad: invalid inboundFlow "Test\/Whisper": a phone number needs a flow of type CONTACT_FLOW \(got AGENT_WHISPER\)/],
  ];
  expectBadInputs(cases);
});
