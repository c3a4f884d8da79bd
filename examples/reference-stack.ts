import { Duration, Stack, StackProps, aws_lambda as lambda } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import {
  Agent, Channel, ContactCenter, ContactFlow, ContactFlowType, FlowContent, PhoneNumberType,
  Schedule, SecurityProfile, SecurityProfilePermissions,
} from '../src';

/**
 * The reference contact center: hours, two queues, a routing profile, three agents with
 * extensions, a phone number tied to an inbound flow, and a Lambda function the flow calls.
 */
export class ReferenceContactCenterStack extends Stack {
  public readonly contactCenter: ContactCenter;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const contactCenter = new ContactCenter(this, 'ContactCenter', {
      instanceAlias: 'acme-reference',
    });
    this.contactCenter = contactCenter;

    const businessHours = contactCenter.addHoursOfOperation('BusinessHours', {
      name: 'Business hours',
      timeZone: 'America/New_York',
      schedule: [
        ...Schedule.weekdays('08:00', '12:00'),
        ...Schedule.weekdays('13:00', '18:00'),
      ],
      overrides: [{
        name: 'New Year',
        effectiveFrom: '2027-01-01',
        effectiveTill: '2027-01-01',
        openPeriods: [],
      }],
    });

    const sales = contactCenter.addQueue('SalesQueue', {
      name: 'Sales',
      hoursOfOperation: businessHours,
      maxContacts: 50,
    });
    const support = contactCenter.addQueue('SupportQueue', {
      name: 'Support',
      hoursOfOperation: businessHours,
      maxContacts: 100,
    });

    const routingProfile = contactCenter.addRoutingProfile('FrontLine', {
      name: 'Front line',
      defaultOutboundQueue: support,
      chatConcurrency: 2,
      queues: [
        { queue: sales, channel: Channel.VOICE, priority: 1 },
        { queue: support, channel: Channel.VOICE, priority: 2 },
        { queue: support, channel: Channel.CHAT, priority: 1, delaySeconds: 30 },
      ],
    });

    const agentProfile = new SecurityProfile(this, 'AgentProfile', {
      contactCenter,
      name: 'Front-line agent',
      permissions: SecurityProfilePermissions.AGENT,
    });

    const people: Array<[string, string, string, string]> = [
      ['jdoe', 'Jane', 'Doe', '101'],
      ['rsantus', 'Rita', 'Santus', '102'],
      ['mbrown', 'Max', 'Brown', '103'],
    ];
    for (const [username, firstName, lastName, extension] of people) {
      new Agent(this, `Agent-${username}`, {
        contactCenter,
        username,
        firstName,
        lastName,
        extension,
        routingProfile,
        securityProfiles: [agentProfile],
      });
    }

    const lookupCustomer = new lambda.Function(this, 'LookupCustomer', {
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      timeout: Duration.seconds(8),
      handler: 'index.handler',
      code: lambda.Code.fromInline(
        'exports.handler = async (event) => ({ vip: String((event.Details.ContactData.CustomerEndpoint || {}).Address || "").endsWith("0") });',
      ),
    });
    contactCenter.associateLambdaFunction(lookupCustomer);

    // flow:inbound
    const inbound = new ContactFlow(this, 'InboundFlow', {
      contactCenter,
      name: 'Main menu',
      type: ContactFlowType.CONTACT_FLOW,
      content: FlowContent.fromJson({
        Version: '2019-10-30',
        StartAction: 'Welcome',
        Actions: [
          {
            Identifier: 'Welcome',
            Type: 'MessageParticipant',
            Parameters: { Text: 'Thank you for calling Acme.' },
            Transitions: { NextAction: 'SetSupportQueue', Errors: [{ NextAction: 'SetSupportQueue', ErrorType: 'NoMatchingError' }] },
          },
          {
            Identifier: 'SetSupportQueue',
            Type: 'UpdateContactTargetQueue',
            Parameters: { QueueId: support.queueArn },
            Transitions: { NextAction: 'ToQueue', Errors: [{ NextAction: 'Goodbye', ErrorType: 'NoMatchingError' }] },
          },
          {
            Identifier: 'ToQueue',
            Type: 'TransferContactToQueue',
            Parameters: {},
            Transitions: {
              NextAction: 'Goodbye',
              Errors: [
                { NextAction: 'Goodbye', ErrorType: 'QueueAtCapacity' },
                { NextAction: 'Goodbye', ErrorType: 'NoMatchingError' },
              ],
            },
          },
          { Identifier: 'Goodbye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
        ],
      }),
    });
    // end flow:inbound

    contactCenter.addPhoneNumber('MainNumber', {
      countryCode: 'US',
      type: PhoneNumberType.DID,
      description: 'Main line',
      inboundFlow: inbound,
    });

    // storage-and-streaming
  }
}
