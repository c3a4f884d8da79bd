import * as fs from 'fs';
import * as path from 'path';
import { CfnResource, Duration, Stack, StackProps, aws_lambda as lambda } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import {
  Agent, Channel, CheckHoursOfOperation, Compare, ContactCenter, ContactFlow, ContactFlowType, ContactRecordStream, Disconnect,
  FlowCondition, FlowContent, FlowDefinition, FlowValue, InvokeLambda, InvokeModule, LambdaResponseType, Message, PhoneNumberType,
  PlayPrompt, RecordingBucket, Schedule, SecurityProfile, SecurityProfilePermissions, SetRoutingPriority, SetWorkingQueue, SystemField,
  TransferToQueue,
} from '../src';
import { ContactFlowModule, ContactFlowTest, DirectoryIvr, PromptAudio, QueueWithCallback, QuickConnectDestination } from '../src';

/**
 * The reference scenarios the reference app deploys as Amazon Connect test cases, with what each
 * deployed test knowingly does not check (no test-case equivalent: the DISCONNECTED outcome, the
 * number of Lambda calls, the session attributes the directory bot's code hook sets). Not here:
 * `lunch-break`, whose expectations (DISCONNECTED, no Lambda call) all lack an equivalent, so its
 * test case would check nothing (the export fails, naming `scenario.expect`).
 */
export const REFERENCE_TEST_CASES: { [scenario: string]: string[] } = {
  'after-hours': ['expect.outcome', 'expect.lambdaCalls'],
  'holiday': ['expect.outcome', 'expect.lambdaCalls'],
  'lookup-fails': ['expect.lambdaCalls'],
  'vip-caller': ['expect.lambdaCalls'],
  'weekday-morning': ['expect.lambdaCalls'],
  'directory-extension': ['expect.lambdaCalls'],
  'directory-spelled-name': ['inputs[1].sessionAttributes', 'expect.lambdaCalls'],
  'directory-billing': ['expect.lambdaCalls'],
};

/**
 * The reference contact center: hours, two queues, a routing profile, three agents with
 * extensions, a company directory behind the phone number, a "Main menu" flow with a Lambda
 * function it calls, and a flow module that flow calls.
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
        { queue: support, channel: Channel.CHAT, priority: 1, delay: Duration.seconds(30) },
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
    const agents: Agent[] = [];
    for (const [username, firstName, lastName, extension] of people) {
      agents.push(new Agent(this, `Agent-${username}`, {
        contactCenter,
        username,
        firstName,
        lastName,
        extension,
        routingProfile,
        securityProfiles: [agentProfile],
      }));
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

    // flow-module
    // A reusable goodbye for flows to invoke (InvokeFlowModule): it takes the reason the call ends
    // as input, says it, and returns through its one branch. The inbound flow invokes it below;
    // its input and branch are checked against this contract at synth.
    const goodbyeModule = new ContactFlowModule(this, 'GoodbyeModule', {
      contactCenter,
      name: 'Goodbye',
      contract: { inputs: [{ name: 'reason', required: true }], branches: [{ name: 'done' }] },
      content: FlowContent.fromJson({
        Version: '2019-10-30',
        StartAction: 'Say',
        Actions: [
          {
            Identifier: 'Say',
            Type: 'MessageParticipant',
            Parameters: { Text: '$.Modules.Input.reason Thank you for calling Acme. Goodbye.' },
            Transitions: { NextAction: 'Return', Errors: [{ NextAction: 'Return', ErrorType: 'NoMatchingError' }] },
          },
          { Identifier: 'Return', Type: 'EndFlowModuleExecution', Parameters: { Result: 'done' }, Transitions: {} },
        ],
      }),
    });

    // flow:inbound
    // Built with the typed flow builder: welcome, business hours, a Lambda lookup, VIP priority, queue;
    // the goodbye module when closed or when the queue is full.
    const goodbye = new Disconnect('Goodbye');
    // Closed, or the queue is full: the goodbye module says why, and the call ends.
    const closed = InvokeModule.fromModule('Closed', {
      module: goodbyeModule,
      inputs: { reason: FlowValue.literal('We are closed. Please call again between 8 AM and 6 PM, Monday to Friday.') },
    }).onResult('done', goodbye);
    closed.next(goodbye);
    const busy = InvokeModule.fromModule('Busy', {
      module: goodbyeModule,
      inputs: { reason: FlowValue.literal('All our agents are busy. Please call again later.') },
    }).onResult('done', goodbye);
    busy.next(goodbye);
    const toQueue = new TransferToQueue('ToQueue').onAtCapacity(busy);
    const setSupportQueue = new SetWorkingQueue('SetSupportQueue', { queue: support });
    setSupportQueue.next(toQueue);
    const vipPriority = new SetRoutingPriority('VipPriority', { queuePriority: 1 });
    vipPriority.next(setSupportQueue);
    const isVip = new Compare('IsVip', { value: FlowValue.external('vip') })
      .when(FlowCondition.textEquals('true'), vipPriority)
      .otherwise(setSupportQueue);
    const lookup = new InvokeLambda('LookupCustomer', {
      lambdaFunction: lookupCustomer,
      timeout: Duration.seconds(3),
      parameters: { caller: FlowValue.system(SystemField.CUSTOMER_NUMBER) },
      responseType: LambdaResponseType.JSON,
    });
    lookup.next(isVip);
    lookup.onError(setSupportQueue);
    const checkHours = new CheckHoursOfOperation('CheckHours', { hoursOfOperation: businessHours })
      .onInHours(lookup)
      .onOutOfHours(closed);
    const welcome = new PlayPrompt('Welcome', { message: Message.text('Thank you for calling Acme.') });
    welcome.next(checkHours);

    const mainMenu = new ContactFlow(this, 'InboundFlow', {
      contactCenter,
      name: 'Main menu',
      type: ContactFlowType.CONTACT_FLOW,
      content: FlowContent.fromDefinition(FlowDefinition.startWith(welcome, { errorHandler: goodbye })),
    });
    // end flow:inbound

    // directory
    // The switchboard behind the main number: an extension at the greeting (101#), or a name
    // ("Rita Santus", spelled when speech recognition gets it wrong), or "sales"; everyone else,
    // and every error, goes to the support queue.
    // Billing callers can ask to be called back instead of waiting (the number is the callbacks'
    // caller ID).
    const mainNumber = contactCenter.addPhoneNumber('MainNumber', {
      countryCode: 'US',
      type: PhoneNumberType.DID,
      description: 'Main line',
    });
    const billing = new QueueWithCallback(this, 'Billing', {
      contactCenter,
      name: 'Billing',
      hoursOfOperation: businessHours,
      maxContacts: 25,
      outboundCallerIdName: 'Acme Billing',
      outboundCallerIdNumber: mainNumber,
      separateCallbackQueue: true,
      countryCode: 'US',
    });
    // Front-line agents answer billing calls after sales and support, and callbacks last.
    routingProfile.addQueue({ queue: billing, channel: Channel.VOICE, priority: 3 });
    routingProfile.addQueue({ queue: billing.callbackQueue, channel: Channel.VOICE, priority: 4 });
    const directory = new DirectoryIvr(this, 'Directory', {
      contactCenter,
      fallbackQueue: support,
      greeting: Message.text('Thank you for calling Acme. If you know the extension, enter it now, followed by the pound key. Otherwise, stay on the line.'),
      departments: [
        { name: 'Sales', sampleUtterances: ['sales', 'I want to buy something', 'the sales team'], queue: sales },
        // A queue with callbacks: the caller goes through its entry flow (hours, callback offer).
        { name: 'Billing', sampleUtterances: ['billing', 'a question about my bill', 'the billing team'], queue: billing },
      ],
    });
    mainNumber.associateFlow(directory.flow);
    // end directory

    // prompts-and-quick-connects
    // A recorded chime, and a quick connect that lets support agents transfer a caller to sales:
    // the queue transfer flow plays the chime, then puts the caller in the sales queue.
    const chime = contactCenter.addPrompt('TransferChime', {
      name: 'Transfer chime',
      audio: PromptAudio.fromFile(path.join(__dirname, 'audio', 'welcome.wav')),
    });
    const transferFailed = new Disconnect('TransferFailed');
    const playChime = new PlayPrompt('Chime', { message: Message.fromPromptArn(chime.promptArn) });
    playChime.next(new TransferToQueue('ToSales').onAtCapacity(transferFailed));
    const queueTransfer = new ContactFlow(this, 'QueueTransferFlow', {
      contactCenter,
      name: 'Transfer to queue',
      type: ContactFlowType.QUEUE_TRANSFER,
      content: FlowContent.fromDefinition(FlowDefinition.startWith(playChime, { errorHandler: transferFailed })),
    });
    support.addQuickConnect(contactCenter.addQuickConnect('SalesQuickConnect', {
      name: 'Sales',
      description: 'Transfer the caller to the sales queue',
      destination: QuickConnectDestination.queue(sales, queueTransfer),
    }));

    // storage-and-streaming
    // Recordings and transcripts in an encrypted, retained bucket; contact records streamed,
    // archived to S3 and queryable in Athena.
    new RecordingBucket(this, 'Recordings', { contactCenter });
    new ContactRecordStream(this, 'ContactRecords', { contactCenter });

    // test-cases
    // The reference scenarios also run on the deployed instance, as Amazon Connect test cases:
    // the scenario files the offline tests run, with the ARNs of what they name by logical ID and
    // what the caller says to the directory bot.
    const logicalId = (r: unknown) => this.getLogicalId(r as CfnResource);
    const flows: { [name: string]: ContactFlow | typeof directory.flow } = { 'Main menu': mainMenu, 'Company directory': directory.flow };
    for (const [name, leaveOut] of Object.entries(REFERENCE_TEST_CASES)) {
      const file = path.join(__dirname, 'scenarios', `${name}.json`);
      const flowName: string = JSON.parse(fs.readFileSync(file, 'utf-8')).flow;
      ContactFlowTest.fromFile(this, `Test-${name}`, file, {
        contactCenter,
        flow: flows[flowName],
        testCaseName: `Reference: ${name}`,
        // The scenarios name the functions by a fragment of their logical IDs, as the simulator allows.
        lambdaFunctionArns: { LookupCustomer: lookupCustomer.functionArn, DirectoryExtensionLookup: directory.extensionLookup.functionArn },
        hoursOfOperation: { [logicalId(businessHours.node.defaultChild)]: businessHours },
        queueArns: {
          [logicalId(support.node.defaultChild)]: support.queueArn,
          [logicalId(billing.queue.node.defaultChild)]: billing.queueArn,
        },
        agentArns: Object.fromEntries(agents.map((a) => [logicalId(a.cfnUser), a.userArn])),
        utterances: { ReachPerson: '{FirstName} {LastName}', Billing: 'billing' },
        leaveOut,
      });
    }
    // end test-cases
  }
}
