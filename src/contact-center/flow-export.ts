import type { aws_lambda as lambda } from 'aws-cdk-lib';
import type { IPrompt } from './prompt';
import type { IQuickConnect } from './quick-connect';
import type { IAgent } from '../core/agent';
import type { IContactFlow } from '../core/contact-flow';
import type { IContactFlowModule } from '../core/contact-flow-module';
import type { IHoursOfOperation } from '../core/hours-of-operation';
import type { ILexBotAlias } from '../core/lex';
import type { IQueue } from '../core/queue';

/**
 * What a source ARN of a console export becomes in `FlowContent.fromExport()`: a construct of
 * this app (or an ARN given as is).
 */
export class FlowExportReference {
  /** A queue. */
  public static queue(queue: IQueue): FlowExportReference {
    return new FlowExportReference(queue.queueArn, 'queue');
  }

  /** A flow (event hooks, transfers). */
  public static flow(flow: IContactFlow): FlowExportReference {
    return new FlowExportReference(flow.contactFlowArn, 'flow');
  }

  /** A flow module. */
  public static module(module: IContactFlowModule): FlowExportReference {
    return new FlowExportReference(module.contactFlowModuleArn, 'flow module');
  }

  /** A prompt. */
  public static prompt(prompt: IPrompt): FlowExportReference {
    return new FlowExportReference(prompt.promptArn, 'prompt');
  }

  /** Hours of operation. */
  public static hoursOfOperation(hours: IHoursOfOperation): FlowExportReference {
    return new FlowExportReference(hours.hoursOfOperationArn, 'hours of operation');
  }

  /** An agent (a user). */
  public static agent(agent: IAgent): FlowExportReference {
    return new FlowExportReference(agent.userArn, 'agent');
  }

  /** A quick connect. */
  public static quickConnect(quickConnect: IQuickConnect): FlowExportReference {
    return new FlowExportReference(quickConnect.quickConnectArn, 'quick connect');
  }

  /** A Lambda function: associated with the flow's contact center when the flow is created. */
  public static lambdaFunction(fn: lambda.IFunction): FlowExportReference {
    return new FlowExportReference(fn.functionArn, 'Lambda function', fn);
  }

  /** A Lex V2 bot alias: associated with the flow's contact center when the flow is created. */
  public static lexBotAlias(alias: ILexBotAlias): FlowExportReference {
    return new FlowExportReference(alias.botAliasArn, 'Lex bot alias', undefined, alias);
  }

  /** Any ARN, written into the flow as given (a resource outside this app). */
  public static fromArn(arn: string): FlowExportReference {
    if (typeof arn !== 'string' || arn.length === 0) throw new Error(`FlowExportReference.fromArn: invalid arn ${JSON.stringify(arn)}: give an ARN`);
    return new FlowExportReference(arn, 'ARN');
  }

  /** The ARN written into the flow (a token for constructs of this app). */
  public readonly arn: string;

  /** What kind of resource it is. */
  public readonly kind: string;

  /** @internal */
  public readonly _function?: lambda.IFunction;
  /** @internal */
  public readonly _botAlias?: ILexBotAlias;

  private constructor(arn: string, kind: string, fn?: lambda.IFunction, alias?: ILexBotAlias) {
    this.arn = arn;
    this.kind = kind;
    this._function = fn;
    this._botAlias = alias;
  }
}

/**
 * Options of `FlowContent.fromExport()`.
 */
export interface FlowExportOptions {
  /**
   * What each ARN of the source instance becomes: keyed by the ARN, or by the resource's name
   * where the export's metadata carries one (`"BasicQueue"`, a Lambda function's name).
   * Every ARN of the export must be mapped; each key must match an ARN or name of the export.
   *
   * @default {} - only an export without instance ARNs can be used
   */
  readonly references?: { [arnOrName: string]: FlowExportReference };
}
