import { createHash } from 'crypto';
import {
  ArnFormat, CfnResource, Duration, Fn, Names, RemovalPolicy, Resource, ResourceProps, Stack, Token,
  aws_cloudwatch as cloudwatch, aws_connect as connect, aws_iam as iam, aws_lambda as lambda,
} from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { Agent } from './agent';
import { AgentOptions } from './agent-props';
import { addAgentQuickConnects } from './agent-quick-connects';
import { AgentStatus, AgentStatusOptions } from './agent-status';
import { ContactCenterProps } from './contact-center-props';
import { ContactFlow } from './contact-flow';
import { ContactFlowOptions } from './contact-flow-props';
import { EmailAddress, EmailAddressOptions } from './email-address';
import { addApprovedOrigin, addSecurityKey } from './embedding';
import { HoursOfOperation } from './hours-of-operation';
import { HoursOfOperationOptions } from './hours-of-operation-props';
import { PhoneNumber } from './phone-number';
import { PhoneNumberOptions } from './phone-number-props';
import { PredefinedAttribute, PredefinedAttributeOptions } from './predefined-attribute';
import { addLexPolicyStatement } from './private/lex-policy-statement';
import { Prompt, PromptOptions } from './prompt';
import { Queue } from './queue';
import { QueueOptions } from './queue-props';
import { AgentQuickConnectsOptions, QuickConnect, QuickConnectOptions } from './quick-connect';
import { RoutingProfile } from './routing-profile';
import { RoutingProfileOptions } from './routing-profile-props';
import { SecurityProfile } from './security-profile';
import { SecurityProfileOptions } from './security-profile-props';
import { TaskTemplate, TaskTemplateOptions } from './task-template';
import { validateContactCenterProps } from './validate-contact-center';
import { IContactCenter, IdentityManagementType } from '../core/contact-center';
import { ILexBotAlias, LexBotAliasAssociationOptions } from '../core/lex';
import { renderTags } from '../core/private/validate';

/**
 * Attributes to import an existing instance.
 */
export interface ContactCenterAttributes {
  /** The instance ARN, `arn:<partition>:connect:<region>:<account>:instance/<id>`. */
  readonly instanceArn: string;

  /**
   * The ARN of the instance's service-linked role.
   *
   * @default - unknown; constructs that need it (e.g. an encrypted contact-record stream) ask for it explicitly
   */
  readonly serviceLinkedRoleArn?: string;

  /**
   * The identity management type of the instance.
   *
   * @default - unknown; agents are validated as for a Connect-managed instance
   */
  readonly identityManagementType?: IdentityManagementType;
}

/**
 * Functionality shared by created and imported contact centers.
 */
export abstract class ContactCenterBase extends Resource implements IContactCenter {
  /** CloudFormation's limit of resources in one stack. */
  private static readonly MAX_STACK_RESOURCES = 500;

  public abstract readonly instanceArn: string;
  public abstract readonly instanceId: string;
  public abstract readonly serviceLinkedRoleArn?: string;
  public abstract readonly identityManagementType?: IdentityManagementType;

  constructor(scope: Construct, id: string, props: ResourceProps = {}) {
    super(scope, id, props);
    this.node.addValidation({ validate: () => this.validateStackSize() });
  }

  public associateLambdaFunction(fn: lambda.IFunction): void {
    const id = `LambdaAssociation${Names.nodeUniqueId(fn.node)}`;
    if (this.node.tryFindChild(id)) return;
    new connect.CfnIntegrationAssociation(this, id, {
      instanceId: this.instanceArn,
      integrationType: 'LAMBDA_FUNCTION',
      integrationArn: fn.functionArn,
    });
    fn.addPermission(`InvokedByConnect${Names.nodeUniqueId(this.node)}`, {
      principal: new iam.ServicePrincipal('connect.amazonaws.com'),
      action: 'lambda:InvokeFunction',
      sourceArn: this.instanceArn,
      sourceAccount: Stack.of(this).account,
    });
  }

  public associateLexBotAlias(botAlias: ILexBotAlias, options: LexBotAliasAssociationOptions = {}): void {
    const key = Token.isUnresolved(botAlias.botAliasArn)
      ? `token-${lexAliasCounter(this, botAlias.botAliasArn)}`
      : botAlias.botAliasArn;
    const id = `LexAssociation${hashId(key)}`;
    // The association adds Connect's statement to the alias's resource policy itself.
    const association = this.node.tryFindChild(id) as connect.CfnIntegrationAssociation | undefined
      ?? new connect.CfnIntegrationAssociation(this, id, {
        instanceId: this.instanceArn,
        integrationType: 'LEX_BOT',
        integrationArn: botAlias.botAliasArn,
      });
    if (options.addResourcePolicyStatement && !this.node.tryFindChild(`LexPolicyStatement${hashId(key)}`)) {
      addLexPolicyStatement(this, `LexPolicyStatement${hashId(key)}`, botAlias.botAliasArn, association);
    }
  }

  public grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions,
      resourceArns: [this.instanceArn, `${this.instanceArn}/*`],
    });
  }

  /**
   * Grant `connect:SearchUsers` and `connect:DescribeUser` on this instance's users, e.g. to a
   * directory lookup. SearchUsers is throttled at 2 requests per second per account.
   */
  public grantSearchUsers(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, 'connect:SearchUsers', 'connect:DescribeUser');
  }

  /**
   * Grant `connect:StartOutboundVoiceContact` on this instance, to place outbound calls that
   * run a flow of the instance.
   */
  public grantStartOutboundVoiceContact(grantee: iam.IGrantable): iam.Grant {
    return this.grant(grantee, 'connect:StartOutboundVoiceContact');
  }

  public metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return new cloudwatch.Metric({
      period: Duration.minutes(5),
      ...props,
      namespace: 'AWS/Connect',
      metricName,
      dimensionsMap: { ...props?.dimensionsMap, InstanceId: this.instanceId },
    });
  }

  /** Calls per interval (voice), summed. */
  public metricCallsPerInterval(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.voiceMetric('CallsPerInterval', 'Sum', props);
  }

  /** Calls that rang an agent and were not answered, summed. */
  public metricMissedCalls(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.voiceMetric('MissedCalls', 'Sum', props);
  }

  /** Calls rejected because the concurrent-calls quota was reached, summed. */
  public metricThrottledCalls(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.voiceMetric('ThrottledCalls', 'Sum', props);
  }

  /** Concurrent active calls as a percentage of the instance quota, maximum. */
  public metricConcurrentCallsPercentage(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.voiceMetric('ConcurrentCallsPercentage', 'Maximum', props);
  }

  /**
   * Flow executions that took an error branch, summed, for one flow.
   *
   * @param contactFlowName the flow's name as shown in Connect
   */
  public metricContactFlowErrors(contactFlowName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ContactFlowErrors', {
      statistic: 'Sum',
      ...props,
      dimensionsMap: { MetricGroup: 'ContactFlow', ContactFlowName: contactFlowName },
    });
  }

  /** Add hours of operation to this contact center. */
  public addHoursOfOperation(id: string, props: HoursOfOperationOptions): HoursOfOperation {
    return new HoursOfOperation(this, id, { ...props, contactCenter: this });
  }

  /** Add a queue to this contact center. */
  public addQueue(id: string, props: QueueOptions): Queue {
    return new Queue(this, id, { ...props, contactCenter: this });
  }

  /** Add a routing profile to this contact center. */
  public addRoutingProfile(id: string, props: RoutingProfileOptions): RoutingProfile {
    return new RoutingProfile(this, id, { ...props, contactCenter: this });
  }

  /** Add an agent (user) to this contact center. */
  public addAgent(id: string, props: AgentOptions): Agent {
    return new Agent(this, id, { ...props, contactCenter: this });
  }

  /** Add a security profile to this contact center. */
  public addSecurityProfile(id: string, props: SecurityProfileOptions): SecurityProfile {
    return new SecurityProfile(this, id, { ...props, contactCenter: this });
  }

  /** Add a contact flow to this contact center. */
  public addContactFlow(id: string, props: ContactFlowOptions): ContactFlow {
    return new ContactFlow(this, id, { ...props, contactCenter: this });
  }

  /** Claim a phone number for this contact center. */
  public addPhoneNumber(id: string, props: PhoneNumberOptions): PhoneNumber {
    return new PhoneNumber(this, id, { ...props, contactCenter: this });
  }

  /** Add a quick connect (a transfer destination agents pick in the Contact Control Panel). */
  public addQuickConnect(id: string, props: QuickConnectOptions): QuickConnect {
    return new QuickConnect(this, id, { ...props, contactCenter: this });
  }

  /**
   * Give every agent of this contact center that has an extension a user quick connect named
   * `<extension> - <username>`, so colleagues can transfer a call to "777" from the Contact
   * Control Panel, and make them available on the given queues.
   *
   * Covers the agents that exist when it is called (in any stack of the app); synthesis fails
   * when an agent with an extension is added afterwards. Each quick connect is created next to its
   * agent (in the agent's stack). Calling it again adds quick connects for new agents only.
   *
   * @returns the quick connects created by this call
   */
  public addAgentQuickConnects(options: AgentQuickConnectsOptions): QuickConnect[] {
    return addAgentQuickConnects(this, options);
  }

  /** Add a prompt (a recorded audio message) from a local WAV file or an S3 object. */
  public addPrompt(id: string, props: PromptOptions): Prompt {
    return new Prompt(this, id, { ...props, contactCenter: this });
  }

  /** Add a custom agent status (e.g. "Lunch", "Training"). */
  public addAgentStatus(id: string, props: AgentStatusOptions): AgentStatus {
    return new AgentStatus(this, id, { ...props, contactCenter: this });
  }

  /**
   * Approve a web origin that embeds the agent app (the Contact Control Panel through Amazon
   * Connect Streams) or the chat widget: `https://host[:port]`, without a path.
   */
  public addApprovedOrigin(origin: string): connect.CfnApprovedOrigin {
    return addApprovedOrigin(this, origin);
  }

  /**
   * Associate a security key with the instance (`AWS::Connect::SecurityKey`, the
   * `AssociateSecurityKey` API): a PEM public key ("-----BEGIN PUBLIC KEY-----…", at most 1,024
   * characters). An instance holds at most two security keys. Only the public key ever goes into the
   * template; a private key is rejected.
   *
   * The chat widget's JSON web tokens are signed with a different key, a 44-character security key
   * that Amazon Connect provides in the widget's settings (admin guide), not with this one.
   */
  public addSecurityKey(publicKeyPem: string): connect.CfnSecurityKey {
    return addSecurityKey(this, publicKeyPem);
  }

  /** Add a predefined attribute (e.g. "Language" with its values) for attribute-based routing. */
  public addPredefinedAttribute(id: string, props: PredefinedAttributeOptions): PredefinedAttribute {
    return new PredefinedAttribute(this, id, { ...props, contactCenter: this });
  }

  /** Add a task template (the fields of a task and the flow a new task runs). */
  public addTaskTemplate(id: string, props: TaskTemplateOptions): TaskTemplate {
    return new TaskTemplate(this, id, { ...props, contactCenter: this });
  }

  /** Add an email address customers write to (the email channel). */
  public addEmailAddress(id: string, props: EmailAddressOptions): EmailAddress {
    return new EmailAddress(this, id, { ...props, contactCenter: this });
  }

  /** A stack over CloudFormation's resource limit fails only at deploy time: say so at synth. */
  private validateStackSize(): string[] {
    const stack = Stack.of(this);
    const count = stack.node.findAll().filter((c) => c instanceof CfnResource && Stack.of(c) === stack).length;
    if (count <= ContactCenterBase.MAX_STACK_RESOURCES) return [];
    return [`stack ${stack.node.path} has ${count} resources; CloudFormation allows ${ContactCenterBase.MAX_STACK_RESOURCES}. `
      + 'Put agents (two resources each with Connect-managed passwords) in further stacks or nested stacks that use the same contact center.'];
  }

  private voiceMetric(metricName: string, statistic: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric(metricName, { statistic, ...props, dimensionsMap: { MetricGroup: 'VoiceCalls' } });
  }
}


/**
 * An Amazon Connect instance: the hub that hours, queues, routing profiles, agents, phone
 * numbers, flows and the higher-level constructs of this library plug into.
 */
export class ContactCenter extends ContactCenterBase {
  /**
   * Import an existing instance by ARN.
   */
  public static fromInstanceArn(scope: Construct, id: string, instanceArn: string): IContactCenter {
    return ContactCenter.fromInstanceAttributes(scope, id, { instanceArn });
  }

  /**
   * Import an existing instance from its attributes.
   */
  public static fromInstanceAttributes(scope: Construct, id: string, attrs: ContactCenterAttributes): IContactCenter {
    const stack = Stack.of(scope);
    let instanceId: string;
    if (Token.isUnresolved(attrs.instanceArn)) {
      instanceId = Fn.select(1, Fn.split('/', attrs.instanceArn));
    } else {
      const parts = stack.splitArn(attrs.instanceArn, ArnFormat.SLASH_RESOURCE_NAME);
      if (parts.service !== 'connect' || parts.resource !== 'instance' || !parts.resourceName) {
        throw new Error(`${scope.node.path}/${id}: invalid instanceArn "${attrs.instanceArn}": expected arn:<partition>:connect:<region>:<account>:instance/<instanceId>`);
      }
      instanceId = parts.resourceName;
    }
    class Import extends ContactCenterBase {
      public readonly instanceArn = attrs.instanceArn;
      public readonly instanceId = instanceId;
      public readonly serviceLinkedRoleArn = attrs.serviceLinkedRoleArn;
      public readonly identityManagementType = attrs.identityManagementType;
    }
    return new Import(scope, id, { environmentFromArn: Token.isUnresolved(attrs.instanceArn) ? undefined : attrs.instanceArn });
  }

  public readonly instanceArn: string;
  public readonly instanceId: string;
  public readonly serviceLinkedRoleArn?: string;
  public readonly identityManagementType?: IdentityManagementType;
  /** The instance alias. */
  public readonly instanceAlias: string;
  /** The underlying CloudFormation resource. */
  public readonly cfnInstance: connect.CfnInstance;

  constructor(scope: Construct, id: string, props: ContactCenterProps) {
    super(scope, id);
    validateContactCenterProps(this, props);
    const identityManagementType = props.identityManagementType ?? IdentityManagementType.CONNECT_MANAGED;

    this.cfnInstance = new connect.CfnInstance(this, 'Resource', {
      instanceAlias: props.instanceAlias,
      identityManagementType,
      directoryId: props.directoryId,
      attributes: {
        inboundCalls: props.inboundCalls ?? true,
        outboundCalls: props.outboundCalls ?? true,
        contactflowLogs: props.contactFlowLogs ?? true,
        contactLens: props.contactLens ?? false,
        earlyMedia: props.earlyMedia ?? true,
        multiPartyConference: props.multiPartyConferencing ?? false,
      },
      tags: renderTags(props.tags),
    });
    this.cfnInstance.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);

    this.instanceArn = this.cfnInstance.attrArn;
    this.instanceId = this.cfnInstance.attrId;
    this.serviceLinkedRoleArn = this.cfnInstance.attrServiceRole;
    this.identityManagementType = identityManagementType;
    this.instanceAlias = props.instanceAlias;
  }
}

/** Short, stable identifier fragment for a string key. */
function hashId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8).toUpperCase();
}

/** Tokens are unique per object but not stable across synths; number them in call order instead. */
const tokenAliases = new WeakMap<IContactCenter, string[]>();
function lexAliasCounter(cc: IContactCenter, arn: string): number {
  const seen = tokenAliases.get(cc) ?? [];
  tokenAliases.set(cc, seen);
  const i = seen.indexOf(arn);
  if (i >= 0) return i;
  seen.push(arn);
  return seen.length - 1;
}
