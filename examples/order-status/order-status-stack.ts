import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CfnResource, Duration, RemovalPolicy, Stack, StackProps,
  aws_dynamodb as dynamodb, aws_iam as iam, aws_kms as kms, aws_lambda as lambda, aws_lex as lex, aws_logs as logs,
} from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { buildSync } from 'esbuild';
import {
  ClosedBehavior, Compare, ContactCenter, ContactFlow, ContactFlowType, Disconnect, FlowCondition, FlowContent, FlowDefinition,
  FlowBlock, FlowValue, GetCustomerInput, ILexBotAlias, InvokeLambda, LexBotAlias, LexBotInput, Message, PhoneNumberType, PlayPrompt,
  QueueWithCallback, Schedule, SetAttributes, SystemField, TransferToFlow,
} from '../../src';

/** The newest Node.js runtime of the installed aws-cdk-lib (Node.js 22 at least). */
function newestNodeRuntime(): lambda.Runtime {
  let best = lambda.Runtime.NODEJS_22_X;
  for (const value of Object.values(lambda.Runtime)) {
    const major = value instanceof lambda.Runtime ? /^nodejs(\d+)\.x$/.exec(value.name)?.[1] : undefined;
    if (major && Number(major) > Number(/^nodejs(\d+)/.exec(best.name)![1]) && !value.isVariable) best = value;
  }
  return best;
}

let bundled: string | undefined;
/**
 * The example's handlers (handler/lookup.ts and handler/update.ts), bundled with esbuild at synth
 * with the AWS SDK clients they use: `lookup.js` and `update.js` in one directory.
 */
function bundleHandlers(): string {
  if (bundled) return bundled;
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'order-status-handlers-'));
  buildSync({
    entryPoints: ['lookup', 'update'].map((name) => path.join(__dirname, 'handler', `${name}.ts`)),
    outdir,
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    mainFields: ['module', 'main'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  bundled = outdir;
  return outdir;
}

/** The shop's name, in prompts and text messages. */
const SHOP = 'Ridgeline Outfitters';
/** Intents and slot of the bot, which the flow branches on and reads. */
const CHANGE_DATE = 'ChangeDeliveryDate';
const CANCEL = 'CancelOrder';
const DATE_SLOT = 'DeliveryDate';

/**
 * A shop's customer line. The caller is found by phone number in the orders table (a Lambda
 * function that only reads): "You recently bought X, is this about it?". If it is, a Lex bot asks
 * what to do: change the delivery date (an `AMAZON.Date` slot) or cancel the order; a second
 * function updates the order and confirms by SMS through Amazon SNS. Everyone else — no open
 * order, another question, anything the bot does not understand, any failure — goes to customer
 * care, a queue with callback, whose hours of operation decide between the queue and a callback
 * offer. The self-service works around the clock.
 */
export class OrderStatusStack extends Stack {
  /** The orders, keyed by the customer's phone number (partition key `phone`, sort key `orderId`). */
  public readonly orders: dynamodb.Table;
  /** The function that finds the caller's order (reads only). */
  public readonly lookupFunction: lambda.Function;
  /** The function that changes or cancels the order and sends the SMS. */
  public readonly updateFunction: lambda.Function;
  /** The bot's alias the flow uses. */
  public readonly botAlias: ILexBotAlias;
  /** Customer care: the queue with callback everyone else goes to. */
  public readonly customerCare: QueueWithCallback;
  /** The flow of the shop's number. */
  public readonly flow: ContactFlow;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const contactCenter = new ContactCenter(this, 'ContactCenter', { instanceAlias: 'ridgeline-orders' });
    const number = contactCenter.addPhoneNumber('Main', { countryCode: 'US', type: PhoneNumberType.DID, description: 'Customer line' });
    const careHours = contactCenter.addHoursOfOperation('CareHours', {
      name: 'Customer care', timeZone: 'America/Denver', schedule: Schedule.weekdays('08:00', '18:00'),
    });
    this.customerCare = new QueueWithCallback(this, 'CustomerCare', {
      contactCenter,
      name: 'Customer care',
      hoursOfOperation: careHours,
      outboundCallerIdName: SHOP,
      outboundCallerIdNumber: number,
      separateCallbackQueue: true,
      offerCallbackAfter: Duration.minutes(2),
      countryCode: 'US',
      whenClosed: ClosedBehavior.OFFER_CALLBACK,
      closedMessage: 'Our customer care team is available Monday to Friday, 8 AM to 6 PM, Mountain time.',
    });

    // The orders: encrypted with a key of the shop's, point-in-time recovery, kept when removed.
    const ordersKey = new kms.Key(this, 'OrdersKey', {
      description: 'Encrypts the orders table',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.orders = new dynamodb.Table(this, 'Orders', {
      partitionKey: { name: 'phone', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'orderId', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: ordersKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // The lookup reads, and only reads, the caller's orders.
    this.lookupFunction = this.orderFunction('LookupOrder', 'lookup', 'Finds the caller\'s most recent open order by phone number', Duration.seconds(3), [
      new iam.PolicyStatement({ actions: ['dynamodb:GetItem', 'dynamodb:Query'], resources: [this.orders.tableArn] }),
      new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: [ordersKey.keyArn] }),
    ]);
    // The update writes the one order (UpdateItem) and sends the confirmation by SMS. Publishing
    // to a phone number has no resource ARN: sns:Publish takes "*".
    this.updateFunction = this.orderFunction('UpdateOrder', 'update', 'Changes the delivery date of an order or cancels it, and confirms by SMS', Duration.seconds(8), [
      new iam.PolicyStatement({ actions: ['dynamodb:UpdateItem'], resources: [this.orders.tableArn] }),
      new iam.PolicyStatement({ actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'], resources: [ordersKey.keyArn] }),
      new iam.PolicyStatement({ sid: 'PublishSmsToPhoneNumbers', actions: ['sns:Publish'], resources: ['*'] }),
    ], { SHOP_NAME: SHOP });

    this.botAlias = this.orderBot();

    // Endings.
    const goodbye = new Disconnect('Goodbye');
    const toCare = new TransferToFlow('ToCustomerCare', { flow: this.customerCare.entryFlow }).onError(goodbye);
    const say = (blockId: string, message: Message, next: FlowBlock) => {
      const prompt = new PlayPrompt(blockId, { message });
      prompt.next(next);
      return prompt;
    };
    const handOver = say('HandOver', Message.text('Let me put you through to our customer care team.'), toCare);
    const notFound = say('NotFound', Message.text('We could not find an open order for the number you are calling from.'), handOver);
    const lookupDown = say('LookupUnavailable', Message.text('Sorry, we cannot look up orders right now.'), handOver);
    const cannotChange = say('CannotChange', Message.text('Sorry, we could not make that change to your order by phone.'), handOver);
    const thanks = say('Thanks', Message.text(`Thank you for shopping with ${SHOP}. Goodbye.`), goodbye);
    const textSent = say('TextSent', Message.text('We have sent you a text message to confirm.'), thanks);
    const smsSent = new Compare('SmsSent', { value: FlowValue.external('smsSent') })
      .when(FlowCondition.textEquals('true'), textSent)
      .otherwise(thanks);

    // What the bot understood: the update, then the confirmation.
    const dateChanged = say('DateChanged', Message.ssml(
      '<speak>Done. Your $.External.item will now arrive on <say-as interpret-as="date" format="ymd">$.External.deliveryDate</say-as>.</speak>',
    ), smsSent);
    const cancelled = say('Cancelled', Message.text('Done. Your order of $.External.item is cancelled, and you will not be charged.'), smsSent);
    const order = { phone: FlowValue.system(SystemField.CUSTOMER_NUMBER), orderId: FlowValue.attribute('orderId') };
    const changeDate = new InvokeLambda('ChangeDate', {
      lambdaFunction: this.updateFunction,
      timeout: Duration.seconds(8),
      parameters: { action: FlowValue.literal('CHANGE_DATE'), ...order, deliveryDate: FlowValue.lexSlot(DATE_SLOT) },
    });
    changeDate.onError(cannotChange);
    changeDate.next(new Compare('DateUpdated', { value: FlowValue.external('updated') })
      .when(FlowCondition.textEquals('true'), dateChanged)
      .otherwise(cannotChange));
    const cancel = new InvokeLambda('Cancel', {
      lambdaFunction: this.updateFunction,
      timeout: Duration.seconds(8),
      parameters: { action: FlowValue.literal('CANCEL'), ...order },
    });
    cancel.onError(cannotChange);
    cancel.next(new Compare('OrderCancelled', { value: FlowValue.external('updated') })
      .when(FlowCondition.textEquals('true'), cancelled)
      .otherwise(cannotChange));
    const whatToDo = new LexBotInput('WhatToDo', {
      botAlias: this.botAlias,
      prompt: Message.text('Would you like to change the delivery date, or cancel the order?'),
    })
      .onIntent(CHANGE_DATE, changeDate)
      .onIntent(CANCEL, cancel)
      .onNoMatch(handOver)
      .onTimeout(handOver)
      .onError(handOver);

    // The caller's order: "is this about it?"
    const aboutIt = new GetCustomerInput('AboutThisOrder', {
      prompt: Message.ssml('<speak>You recently bought $.External.item, to be delivered on '
        + '<say-as interpret-as="date" format="ymd">$.External.deliveryDate</say-as>. '
        + 'If you are calling about it, press 1. Otherwise, press 2.</speak>'),
      timeout: Duration.seconds(8),
    })
      .onDigit('1', whatToDo)
      .onDigit('2', handOver)
      .onNoMatch(handOver)
      .onTimeout(handOver)
      .onError(handOver);
    // $.External holds the lookup's answer only until the next function: the order is kept on the contact.
    const remember = new SetAttributes('RememberOrder', {
      attributes: { orderId: FlowValue.external('orderId'), item: FlowValue.external('item') },
    });
    remember.next(aboutIt);
    const found = new Compare('Found', { value: FlowValue.external('found') })
      .when(FlowCondition.textEquals('true'), remember)
      .when(FlowCondition.textEquals('false'), notFound)
      .otherwise(lookupDown);
    const lookup = new InvokeLambda('LookupOrder', {
      lambdaFunction: this.lookupFunction,
      timeout: Duration.seconds(3),
      parameters: { phone: FlowValue.system(SystemField.CUSTOMER_NUMBER) },
    });
    lookup.next(found);
    lookup.onError(lookupDown);
    const welcome = say('Welcome', Message.text(`Thank you for calling ${SHOP}.`), lookup);

    this.flow = new ContactFlow(this, 'OrderStatusFlow', {
      contactCenter,
      name: 'Order status',
      type: ContactFlowType.CONTACT_FLOW,
      content: FlowContent.fromDefinition(FlowDefinition.startWith(welcome, { errorHandler: handOver })),
    });
    number.associateFlow(this.flow);
  }

  /** A function running one of the bundled handlers: ARM64, its own log group and role. */
  private orderFunction(id: string, entry: string, description: string, timeout: Duration, statements: iam.PolicyStatement[], environment: { [key: string]: string } = {}): lambda.Function {
    const logGroup = new logs.LogGroup(this, `${id}Logs`, { retention: logs.RetentionDays.ONE_MONTH });
    const role = new iam.Role(this, `${id}Role`, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), description });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));
    for (const statement of statements) role.addToPrincipalPolicy(statement);
    const fn = new lambda.Function(this, id, {
      code: lambda.Code.fromAsset(bundleHandlers()),
      handler: `${entry}.handler`,
      runtime: newestNodeRuntime(),
      architecture: lambda.Architecture.ARM_64,
      description,
      timeout,
      memorySize: 256,
      environment: { TABLE_NAME: this.orders.tableName, ...environment },
      logGroup,
      role,
    });
    const policy = role.node.findChild('DefaultPolicy').node.defaultChild as CfnResource;
    (fn.node.defaultChild as CfnResource).addOverride('DependsOn', [policy.logicalId]);
    return fn;
  }

  /** The Lex V2 bot: change the delivery date (a date slot), cancel the order, or anything else. */
  private orderBot(): ILexBotAlias {
    const role = new iam.Role(this, 'BotRole', {
      assumedBy: new iam.ServicePrincipal('lexv2.amazonaws.com').withConditions({ StringEquals: { 'aws:SourceAccount': this.account } }),
      description: 'Lets the order bot speak with Amazon Polly',
    });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['polly:SynthesizeSpeech'], resources: ['*'] }));
    const utterances = (list: string[]) => list.map((utterance) => ({ utterance }));
    const botLocales: lex.CfnBot.BotLocaleProperty[] = [{
      localeId: 'en_US',
      nluConfidenceThreshold: 0.4,
      voiceSettings: { voiceId: 'Joanna', engine: 'neural' },
      intents: [
        {
          name: CHANGE_DATE,
          description: 'The caller wants the order delivered on another day',
          sampleUtterances: utterances([
            'change the delivery date', 'change the date', 'I want to change the delivery',
            'deliver it on {DeliveryDate}', 'can it come {DeliveryDate}', 'I would like it delivered {DeliveryDate}',
            'change the delivery to {DeliveryDate}', 'I will not be home that day', '{DeliveryDate} please',
          ]),
          slots: [{
            name: DATE_SLOT,
            slotTypeName: 'AMAZON.Date',
            valueElicitationSetting: {
              slotConstraint: 'Required',
              promptSpecification: {
                maxRetries: 2,
                allowInterrupt: true,
                messageGroupsList: [{ message: { plainTextMessage: { value: 'Which day would suit you?' } } }],
              },
            },
          }],
          slotPriorities: [{ priority: 1, slotName: DATE_SLOT }],
        },
        {
          name: CANCEL,
          description: 'The caller wants to cancel the order',
          sampleUtterances: utterances([
            'cancel', 'cancel the order', 'cancel my order', 'I want to cancel it', 'I do not want it anymore', 'please cancel it',
          ]),
        },
        { name: 'FallbackIntent', description: 'Anything else', parentIntentSignature: 'AMAZON.FallbackIntent' },
      ],
    }];
    const bot = new lex.CfnBot(this, 'OrderBot', {
      name: `${this.stackName}-OrderBot`.replace(/[^0-9a-zA-Z]+/g, '-').slice(0, 100),
      description: 'Order status: change the delivery date or cancel the order',
      roleArn: role.roleArn,
      dataPrivacy: { ChildDirected: false },
      idleSessionTtlInSeconds: 300,
      autoBuildBotLocales: true,
      botLocales,
    });
    // A version is immutable: name it after the definition, so a change publishes a new one.
    const hash = createHash('sha256').update(JSON.stringify(this.resolve(botLocales))).digest('hex').slice(0, 12);
    const version = new lex.CfnBotVersion(this, `OrderBotVersion${hash}`, {
      botId: bot.attrId,
      description: `Order bot definition ${hash}`,
      botVersionLocaleSpecification: [{ localeId: 'en_US', botVersionLocaleDetails: { sourceBotVersion: 'DRAFT' } }],
    });
    const alias = new lex.CfnBotAlias(this, 'OrderBotAlias', {
      botId: bot.attrId,
      botAliasName: 'live',
      botVersion: version.attrBotVersion,
      description: 'The alias the order-status flow uses',
      botAliasLocaleSettings: [{ localeId: 'en_US', botAliasLocaleSetting: { enabled: true } }],
    });
    return LexBotAlias.fromBotAliasArn(alias.attrArn);
  }
}
