import { createHash } from 'crypto';
import { IResource, RemovalPolicy, Resource, Stack, aws_connect as connect } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IContactFlow } from '../core/contact-flow';
import { parseInstanceChildArn } from '../core/private/arn';
import { fail } from '../core/private/validate';

/** A published, immutable version of a contact flow. */
export interface IContactFlowVersion extends IResource {
  /**
   * The version ARN: the flow ARN qualified with the version number (`…/contact-flow/<flowId>:<n>`).
   * @attribute
   */
  readonly contactFlowVersionArn: string;
}

/** Properties of a contact flow version. */
export interface ContactFlowVersionProps {
  /** The flow to publish a version of. */
  readonly contactFlow: IContactFlow;

  /**
   * A description of the version, at most 500 characters (the content's SHA-256 is appended for
   * flows built in this app, so that a content change publishes a new version).
   * @default - the content's SHA-256 only, or no description for an imported flow
   */
  readonly description?: string;

  /**
   * What happens to a version when it is replaced (the flow changed) or removed from the stack.
   * @default RemovalPolicy.RETAIN - versions are the flow's history: keep them to compare and roll back
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * A version of a contact flow (`AWS::Connect::ContactFlowVersion`): an immutable snapshot of its
 * content, referable by a qualified ARN. For flows built in this app, the content's SHA-256 is part
 * of the description (a create-only property), so each change of the flow publishes a new version
 * and, with the default RETAIN, the previous ones stay as history.
 */
export class ContactFlowVersion extends Resource implements IContactFlowVersion {
  /** Import a flow version by its qualified ARN. */
  public static fromContactFlowVersionArn(scope: Construct, id: string, contactFlowVersionArn: string): IContactFlowVersion {
    const where = `${scope.node.path}/${id}`;
    const m = /^(.*):(\d+)$/.exec(contactFlowVersionArn);
    if (!m) throw new Error(`${where}: invalid contactFlowVersionArn "${contactFlowVersionArn}": expected arn:<partition>:connect:<region>:<account>:instance/<instanceId>/contact-flow/<flowId>:<version>`);
    parseInstanceChildArn(where, 'contactFlowVersionArn', m[1], 'contact-flow', 'flowId');
    class Import extends Resource implements IContactFlowVersion {
      public readonly contactFlowVersionArn = contactFlowVersionArn;
    }
    return new Import(scope, id);
  }

  public readonly contactFlowVersionArn: string;
  /** The version number. */
  public readonly version: number;
  /** The SHA-256 of the content the flow had when built in this app, if known. */
  public readonly contentSha256?: string;
  /** The underlying CloudFormation resource. */
  public readonly cfnContactFlowVersion: connect.CfnContactFlowVersion;

  constructor(scope: Construct, id: string, props: ContactFlowVersionProps) {
    super(scope, id);
    if (!props.contactFlow?.contactFlowArn) fail(this, 'contactFlow', props.contactFlow, 'give a contact flow');
    const document = (props.contactFlow as { document?: unknown }).document;
    this.contentSha256 = document === undefined
      ? undefined
      : createHash('sha256').update(JSON.stringify(Stack.of(props.contactFlow).resolve(document))).digest('hex');
    const parts = [props.description, this.contentSha256 ? `content sha256 ${this.contentSha256}` : undefined].filter((p) => p);
    const description = parts.length > 0 ? parts.join(' | ') : undefined;
    if (description !== undefined && description.length > 500) {
      fail(this, 'description', props.description, `at most ${500 - (this.contentSha256 ? 82 : 0)} characters (the content hash takes the rest of the 500)`);
    }
    this.cfnContactFlowVersion = new connect.CfnContactFlowVersion(this, 'Resource', {
      contactFlowId: props.contactFlow.contactFlowArn,
      description,
    });
    this.cfnContactFlowVersion.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);
    this.contactFlowVersionArn = this.cfnContactFlowVersion.attrContactFlowVersionArn;
    this.version = this.cfnContactFlowVersion.attrVersion;
  }
}
