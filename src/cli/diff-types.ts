/**
 * What `diff --deployed` and `diff --flow-arn` ask the AWS-facing code (cli-aws/diff-deployed.ts)
 * and what it answers.
 */
import type { StackTemplateTree } from '../flows/diff/template-flows';

/** A deployed flow, as read from the instance. */
export interface DeployedFlowJson {
  /** The flow's name on the instance. */
  readonly name: string;
  /** Its type (`CONTACT_FLOW`…), `MODULE` for a module. */
  readonly type: string;
  /** Its logical ID in the stack (for --deployed). */
  readonly logicalId?: string;
  /** Its content, with the stack's resources shown as the template shows them (`Queue: Support`). */
  readonly content: string;
}

/** The deployed flows, and where they run (to resolve the template's pseudo parameters alike). */
export interface DeployedFlows {
  readonly flows: DeployedFlowJson[];
  readonly region?: string;
  readonly account?: string;
  readonly partition?: string;
}

/** `diff --deployed STACK_NAME`: the flows and modules a stack deployed. */
export interface DeployedStackRequest {
  readonly stackName: string;
  /** The stack's synthesized template (its resources' labels and flow names). */
  readonly template: unknown;
  /** The templates of its nested stacks, by logical ID, as far as they were read (their resources' labels). */
  readonly nested?: StackTemplateTree['nested'];
  readonly region?: string;
}

/** `diff --flow-arn ARN [--instance-id ID]`: one deployed flow. */
export interface DeployedFlowRequest {
  /** A flow ARN, or a flow ID with `instanceId`. */
  readonly flowArn: string;
  readonly instanceId?: string;
  readonly region?: string;
  /** The local template, when the local side is one: its resources' labels. */
  readonly template?: unknown;
}
