import { IResource, RemovalPolicy, Resource, aws_connect as connect } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IContactCenter } from '../core/contact-center';
import { parseInstanceChildArn } from '../core/private/arn';
import { fail, isToken, renderTags, validateConnectResourceTags, validateStringLength } from '../core/private/validate';

/** An email address of the instance (the email channel). */
export interface IEmailAddress extends IResource {
  /**
   * The email address ARN (`…:instance/<instanceId>/email-address/<id>`).
   * @attribute
   */
  readonly emailAddressArn: string;
}

/** Options for an email address, used by the `ContactCenter.add…()` methods. */
export interface EmailAddressOptions {
  /**
   * The address customers write to, on a domain of the instance: its default
   * `<alias>.email.connect.aws` domain or a custom domain verified in Amazon SES and added to
   * Connect. Changing it replaces the address.
   */
  readonly emailAddress: string;

  /**
   * The name customers see as the sender of replies, at most 256 characters.
   * @default - the address only
   */
  readonly displayName?: string;

  /**
   * A description, 1–250 characters.
   * @default - no description
   */
  readonly description?: string;

  /**
   * What happens to the address when removed from the stack.
   * @default RemovalPolicy.RETAIN - customers and their email threads use the address; a new one is a new address to publish
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** Properties of an email address. */
export interface EmailAddressProps extends EmailAddressOptions {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The CloudFormation schema's rule for display names and descriptions: no leading or trailing blanks. */
const TRIMMED = /^\S(.*\S)?$/;

/**
 * An email address (`AWS::Connect::EmailAddress`) that customers write to: emails become email
 * contacts that flows route like calls and chats.
 */
export class EmailAddress extends Resource implements IEmailAddress {
  /** Import an email address by ARN. */
  public static fromEmailAddressArn(scope: Construct, id: string, emailAddressArn: string): IEmailAddress {
    parseInstanceChildArn(`${scope.node.path}/${id}`, 'emailAddressArn', emailAddressArn, 'email-address', 'emailAddressId');
    class Import extends Resource implements IEmailAddress {
      public readonly emailAddressArn = emailAddressArn;
    }
    return new Import(scope, id);
  }

  public readonly emailAddressArn: string;
  /** The address (e.g. `support@acme.email.connect.aws`). */
  public readonly address: string;
  /** The underlying CloudFormation resource. */
  public readonly cfnEmailAddress: connect.CfnEmailAddress;

  constructor(scope: Construct, id: string, props: EmailAddressProps) {
    super(scope, id);
    validateStringLength(this, 'emailAddress', props.emailAddress, 1, 255);
    if (!isToken(props.emailAddress) && !ADDRESS.test(props.emailAddress)) {
      fail(this, 'emailAddress', props.emailAddress, 'must be an email address such as "support@acme.email.connect.aws"');
    }
    validateStringLength(this, 'displayName', props.displayName, 1, 256);
    validateStringLength(this, 'description', props.description, 1, 250);
    for (const prop of ['displayName', 'description'] as const) {
      const value = props[prop];
      if (value !== undefined && !isToken(value) && !TRIMMED.test(value)) fail(this, prop, value, 'must not start or end with a blank');
    }
    validateConnectResourceTags(this, 'tags', props.tags);

    this.cfnEmailAddress = new connect.CfnEmailAddress(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      emailAddress: props.emailAddress,
      displayName: props.displayName,
      description: props.description,
      tags: renderTags(props.tags),
    });
    this.cfnEmailAddress.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);
    this.emailAddressArn = this.cfnEmailAddress.attrEmailAddressArn;
    this.address = props.emailAddress;
  }
}
