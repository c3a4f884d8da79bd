import { Duration, Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import {
  Agent, Channel, CheckHoursOfOperation, ClosedBehavior, ContactCenter, ContactFlow, ContactFlowType, DirectoryIvr, Disconnect,
  FlowContent, FlowDefinition, Message, PhoneNumberType, PlayPrompt, QueueWithCallback, Schedule, SecurityProfile,
  SecurityProfilePermissions, TransferToFlow, UserHierarchyGroup, UserHierarchyStructure,
} from '../../src';

/**
 * A small company's phone line: in office hours the company directory answers (an extension at the
 * greeting, or a person's name, spelled when speech recognition gets it wrong, or a department by
 * voice); sales is a queue with callback; after hours a message. Agents work in two teams, each
 * with its routing profile and hierarchy group.
 */
export class SwitchboardStack extends Stack {
  /** The directory behind the main number. */
  public readonly directory: DirectoryIvr;
  /** The flow of the main number: the hours check, then the directory. */
  public readonly entryFlow: ContactFlow;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const contactCenter = new ContactCenter(this, 'ContactCenter', { instanceAlias: 'globex-switchboard' });
    const office = contactCenter.addHoursOfOperation('Office', {
      name: 'Office hours', timeZone: 'America/Chicago', schedule: Schedule.weekdays('09:00', '17:30'),
    });
    const number = contactCenter.addPhoneNumber('Main', { countryCode: 'US', type: PhoneNumberType.DID, description: 'Main line' });

    // Departments: reception takes everyone nobody matched; support; sales offers callbacks.
    const reception = contactCenter.addQueue('Reception', { name: 'Reception', hoursOfOperation: office });
    const support = contactCenter.addQueue('Support', { name: 'Support', hoursOfOperation: office });
    const sales = new QueueWithCallback(this, 'Sales', {
      contactCenter,
      name: 'Sales',
      hoursOfOperation: office,
      outboundCallerIdName: 'Globex Sales',
      outboundCallerIdNumber: number,
      separateCallbackQueue: true,
      offerCallbackAfter: Duration.minutes(2),
      countryCode: 'US',
      whenClosed: ClosedBehavior.OFFER_CALLBACK,
    });

    // Two teams: a routing profile and a hierarchy group each.
    const structure = new UserHierarchyStructure(this, 'Hierarchy', { contactCenter, levels: ['Team'] });
    const salesTeam = new UserHierarchyGroup(this, 'SalesTeam', { contactCenter, structure, name: 'Sales team' });
    const officeTeam = new UserHierarchyGroup(this, 'OfficeTeam', { contactCenter, structure, name: 'Office team' });
    const salesProfile = contactCenter.addRoutingProfile('SalesProfile', {
      name: 'Sales',
      defaultOutboundQueue: sales,
      queues: [
        { queue: sales, channel: Channel.VOICE, priority: 1 },
        { queue: sales.callbackQueue, channel: Channel.VOICE, priority: 2 },
      ],
    });
    const officeProfile = contactCenter.addRoutingProfile('OfficeProfile', {
      name: 'Office',
      defaultOutboundQueue: reception,
      queues: [
        { queue: reception, channel: Channel.VOICE, priority: 1 },
        { queue: support, channel: Channel.VOICE, priority: 1 },
      ],
    });
    const staff = new SecurityProfile(this, 'StaffProfile', { contactCenter, name: 'Staff', permissions: SecurityProfilePermissions.AGENT });
    const people = [
      { username: 'mlopez', firstName: 'Maria', lastName: 'Lopez', extension: '201', team: salesTeam, routingProfile: salesProfile },
      { username: 'tnguyen', firstName: 'Tom', lastName: 'Nguyen', extension: '202', team: salesTeam, routingProfile: salesProfile },
      { username: 'akowalski', firstName: 'Anna', lastName: 'Kowalski', extension: '301', team: officeTeam, routingProfile: officeProfile },
    ];
    for (const p of people) {
      new Agent(this, `Agent-${p.username}`, {
        contactCenter, username: p.username, firstName: p.firstName, lastName: p.lastName, extension: p.extension,
        routingProfile: p.routingProfile, hierarchyGroup: p.team, securityProfiles: [staff],
      });
    }

    this.directory = new DirectoryIvr(this, 'Directory', {
      contactCenter,
      fallbackQueue: reception,
      greeting: Message.text('Thank you for calling Globex. If you know the extension, enter it now, followed by the pound key. Otherwise, stay on the line.'),
      departments: [
        { name: 'Sales', sampleUtterances: ['sales', 'I want to buy something', 'a quote'], queue: sales },
        { name: 'Support', sampleUtterances: ['support', 'I have a problem', 'technical help'], queue: support },
      ],
    });

    // The main number: office hours, then the directory; otherwise the after-hours message.
    const goodbye = new Disconnect('Goodbye');
    const closed = new PlayPrompt('Closed', {
      message: Message.text('Globex is closed. Our office is open Monday to Friday, 9 AM to 5:30 PM, Central time. Goodbye.'),
    });
    closed.next(goodbye);
    const toDirectory = new TransferToFlow('ToDirectory', { flow: this.directory.flow }).onError(goodbye);
    const checkHours = new CheckHoursOfOperation('CheckHours', { hoursOfOperation: office })
      .onInHours(toDirectory)
      .onOutOfHours(closed);
    this.entryFlow = new ContactFlow(this, 'EntryFlow', {
      contactCenter,
      name: 'Switchboard',
      type: ContactFlowType.CONTACT_FLOW,
      content: FlowContent.fromDefinition(FlowDefinition.startWith(checkHours, { errorHandler: goodbye })),
    });
    number.associateFlow(this.entryFlow);

    // Callers who ask the directory for sales go through the sales queue's entry flow, which
    // offers the callback; so does the sales line, a number of its own.
    contactCenter.addPhoneNumber('SalesLine', {
      countryCode: 'US', type: PhoneNumberType.DID, description: 'Sales line', inboundFlow: sales.entryFlow,
    });
  }
}
