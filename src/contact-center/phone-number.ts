import { Fn, RemovalPolicy, Resource, Stack, Token, aws_connect as connect, aws_iam as iam, custom_resources as cr } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { PhoneNumberProps } from './phone-number-props';
import { IContactCenter } from '../core/contact-center';
import { IContactFlow } from '../core/contact-flow';
import { contactCenterOf, otherInstanceReason } from './private/same-instance';
import { validatePhoneNumberProps } from './validate-phone-number';
import { IPhoneNumber } from '../core/phone-number';
import { suppressAwsCustomResourceProvider } from '../core/private/nag';
import { fail, renderTags } from '../core/private/validate';

/** Attributes to import a claimed phone number. */
export interface PhoneNumberAttributes {
  /** The phone number ARN, `arn:<partition>:connect:<region>:<account>:phone-number/<id>`. */
  readonly phoneNumberArn: string;

  /**
   * The number in E.164 form, e.g. `+12065550100` (needed to show it as a caller ID in a flow).
   * @default - unknown
   */
  readonly phoneNumberAddress?: string;
}

/**
 * A phone number claimed for a contact center and, optionally, tied to an inbound flow.
 */
export class PhoneNumber extends Resource implements IPhoneNumber {
  /** Import a claimed phone number by ARN. */
  public static fromPhoneNumberArn(scope: Construct, id: string, phoneNumberArn: string): IPhoneNumber {
    return PhoneNumber.fromPhoneNumberAttributes(scope, id, { phoneNumberArn });
  }

  /** Import a claimed phone number from its ARN and, optionally, its E.164 address. */
  public static fromPhoneNumberAttributes(scope: Construct, id: string, attrs: PhoneNumberAttributes): IPhoneNumber {
    const phoneNumberArn = attrs.phoneNumberArn;
    if (!Token.isUnresolved(phoneNumberArn) && !/^arn:[^:]+:connect:[^:]*:[^:]*:phone-number\/[^/]+$/.test(phoneNumberArn)) {
      throw new Error(`${scope.node.path}/${id}: invalid phoneNumberArn "${phoneNumberArn}": expected arn:<partition>:connect:<region>:<account>:phone-number/<id>`);
    }
    const address = attrs.phoneNumberAddress;
    if (address !== undefined && !Token.isUnresolved(address) && !/^\+[1-9][0-9]{1,14}$/.test(address)) {
      throw new Error(`${scope.node.path}/${id}: invalid phoneNumberAddress "${address}": must be an E.164 number such as "+12065550100"`);
    }
    class Import extends Resource implements IPhoneNumber {
      public readonly phoneNumberArn = phoneNumberArn;
      public readonly contactCenter = undefined;
      public readonly phoneNumberAddress = address;
    }
    return new Import(scope, id);
  }

  public readonly phoneNumberArn: string;
  public readonly contactCenter?: IContactCenter;
  /** The number in E.164 form (known after deployment; always set for a number claimed here). */
  public readonly phoneNumberAddress?: string;
  private readonly instanceId: string;
  /** The flow the number is associated with, if any. */
  public inboundFlow?: IContactFlow;
  /** The underlying CloudFormation resource. */
  public readonly cfnPhoneNumber: connect.CfnPhoneNumber;

  constructor(scope: Construct, id: string, props: PhoneNumberProps) {
    super(scope, id);
    validatePhoneNumberProps(this, props);

    this.cfnPhoneNumber = new connect.CfnPhoneNumber(this, 'Resource', {
      targetArn: props.contactCenter.instanceArn,
      countryCode: props.countryCode,
      type: props.type,
      prefix: props.prefix,
      description: props.description,
      tags: renderTags(props.tags),
    });
    this.cfnPhoneNumber.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);
    this.phoneNumberArn = this.cfnPhoneNumber.attrPhoneNumberArn;
    this.phoneNumberAddress = this.cfnPhoneNumber.attrAddress;
    this.contactCenter = props.contactCenter;
    this.instanceId = props.contactCenter.instanceId;

    if (props.inboundFlow) this.associateFlow(props.inboundFlow);
  }

  /**
   * Route calls to this number into an inbound flow. A number has one flow.
   */
  public associateFlow(flow: IContactFlow): void {
    if (this.inboundFlow) {
      fail(this, 'inboundFlow', flow.node.path, `the number is already associated with ${this.inboundFlow.node.path}; a number has one inbound flow`);
    }
    // Flows built here know their type, imported ones when given one; AssociatePhoneNumberContactFlow takes inbound flows only.
    const flowType = flow.contactFlowType;
    if (flowType !== undefined && flowType !== 'CONTACT_FLOW') {
      fail(this, 'inboundFlow', flow.node.path, `a phone number needs a flow of type CONTACT_FLOW (got ${flowType})`);
    }
    const foreign = this.contactCenter && otherInstanceReason(this.contactCenter, contactCenterOf(flow), flow.contactFlowArn);
    if (foreign) fail(this, 'inboundFlow', flow.node.path, `${foreign}; a number can only be associated with a flow of the instance that claimed it`);
    this.inboundFlow = flow;
    // ARNs: .../phone-number/<id> and .../instance/<instanceId>/contact-flow/<flowId>
    const phoneNumberId = Fn.select(1, Fn.split('/', this.phoneNumberArn));
    const contactFlowId = Fn.select(3, Fn.split('/', flow.contactFlowArn));
    new cr.AwsCustomResource(this, 'FlowAssociation', {
      resourceType: 'Custom::ConnectPhoneNumberFlowAssociation',
      installLatestAwsSdk: false,
      onCreate: {
        service: 'Connect',
        action: 'associatePhoneNumberContactFlow',
        parameters: { InstanceId: this.instanceId, PhoneNumberId: phoneNumberId, ContactFlowId: contactFlowId },
        physicalResourceId: cr.PhysicalResourceId.of(phoneNumberId),
      },
      onUpdate: {
        service: 'Connect',
        action: 'associatePhoneNumberContactFlow',
        parameters: { InstanceId: this.instanceId, PhoneNumberId: phoneNumberId, ContactFlowId: contactFlowId },
        physicalResourceId: cr.PhysicalResourceId.of(phoneNumberId),
      },
      onDelete: {
        service: 'Connect',
        action: 'disassociatePhoneNumberContactFlow',
        parameters: { InstanceId: this.instanceId, PhoneNumberId: phoneNumberId },
        ignoreErrorCodesMatching: 'ResourceNotFoundException',
      },
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({
          actions: ['connect:AssociatePhoneNumberContactFlow'],
          resources: [this.phoneNumberArn, flow.contactFlowArn],
        }),
        new iam.PolicyStatement({
          // The flow ARN too, in case authorization also checks the associated flow: a denied
          // disassociation would block stack deletion.
          actions: ['connect:DisassociatePhoneNumberContactFlow'],
          resources: [this.phoneNumberArn, flow.contactFlowArn],
        }),
      ]),
    });
    suppressAwsCustomResourceProvider(Stack.of(this));
    // The number's and the flow's ARNs in the call and the policy order the association after both.
  }
}
