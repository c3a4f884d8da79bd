import { aws_connect as connect, aws_lambda as lambda } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { FlowBlock, IFlowChainable } from './block';
import { RenderContext } from './private';
import { IContactCenter } from '../../core/contact-center';
import { FlowContentConfig, IFlowDefinition } from '../../core/contact-flow';
import { ILexBotAlias } from '../../core/lex';
import { recordBlockClasses } from '../flow-references';

/**
 * Options of a flow definition.
 */
export interface FlowDefinitionOptions {
  /**
   * A block that every unconnected error branch (`NoMatchingError`, the `onError()` of each
   * block) goes to, e.g. a "Sorry, something went wrong" prompt followed by a disconnect.
   * Explicit `onError()` branches win.
   *
   * @default - unconnected error branches are left out of the JSON (the validator warns)
   */
  readonly errorHandler?: FlowBlock;
}

/**
 * Properties of a flow definition.
 */
export interface FlowDefinitionProps extends FlowDefinitionOptions {
  /** The first block of the flow (the `StartAction`). */
  readonly startBlock: FlowBlock;
}

/**
 * A flow built from typed blocks, rendered as flow-language JSON.
 *
 * Actions are emitted in a deterministic order: the start block first, then the blocks
 * reachable from it, breadth first, following each block's `next`, then its conditions in
 * the order they were added, then its error branches. Blocks that cannot be reached from the
 * start block are not emitted. Each action's `Identifier` is its block ID. `Metadata` holds
 * console positions (one column per distance from the start) so the flow designer shows the
 * flow readably.
 *
 * Use it as the content of a `ContactFlow` with `FlowContent.fromDefinition(definition)`: the
 * Lambda functions and Lex bot aliases the blocks use are then associated with the flow's
 * contact center (once per function or alias), and the flow depends on those associations.
 *
 * @example
 * const hangUp = new Disconnect('HangUp');
 * const welcome = new PlayPrompt('Welcome', { message: Message.text('Welcome!') });
 * welcome.next(hangUp);
 * new ContactFlow(this, 'Inbound', {
 *   contactCenter,
 *   name: 'Inbound',
 *   content: FlowContent.fromDefinition(FlowDefinition.startWith(welcome)),
 * });
 */
export class FlowDefinition implements IFlowDefinition {
  /**
   * A definition starting with a block, or with the first block of a chain
   * (`FlowDefinition.startWith(logging.next(welcome).next(menu))`).
   */
  public static startWith(start: IFlowChainable, options: FlowDefinitionOptions = {}): FlowDefinition {
    if (!start || !(start.startBlock instanceof FlowBlock)) {
      throw new Error(`FlowDefinition.startWith: invalid start ${JSON.stringify(start)}: give a flow block or a chain of blocks`);
    }
    return new FlowDefinition({ ...options, startBlock: start.startBlock });
  }

  /** The first block. */
  public readonly startBlock: FlowBlock;

  /**
   * The block unconnected error branches go to.
   *
   * @default - none
   */
  public readonly errorHandler?: FlowBlock;

  /**
   * @param props the start block and options
   */
  constructor(props: FlowDefinitionProps) {
    if (!(props?.startBlock instanceof FlowBlock)) {
      throw new Error(`FlowDefinition: invalid startBlock ${JSON.stringify(props?.startBlock)}: give a flow block (PlayPrompt, SetLogging…)`);
    }
    if (props.errorHandler !== undefined && !(props.errorHandler instanceof FlowBlock)) {
      throw new Error(`FlowDefinition: invalid errorHandler ${JSON.stringify(props.errorHandler)}: give a flow block`);
    }
    this.startBlock = props.startBlock;
    this.errorHandler = props.errorHandler;
  }

  /**
   * The blocks reachable from the start block, in the order they are rendered.
   *
   * Throws when two different blocks share an ID.
   */
  public get blocks(): FlowBlock[] {
    return this.traverse().map((entry) => entry.block);
  }

  /**
   * The flow-language document (`{ Version, StartAction, Actions }`). ARNs of queues,
   * functions and flows are CDK tokens until the stack is synthesized.
   *
   * This does not associate Lambda functions or Lex bots with a contact center:
   * use `FlowContent.fromDefinition()` for that.
   */
  public toDocument(): any {
    const ctx = this.context();
    const entries = this.traverse();
    const document = {
      Version: '2019-10-30',
      StartAction: this.startBlock.id,
      Metadata: layout(entries),
      Actions: entries.map((e) => e.block._renderAction(ctx)),
    };
    // Messages about an action then name the class the user wrote (PlayPrompt), not only its type.
    const classes: { [id: string]: string } = {};
    for (const e of entries) classes[e.block.id] = e.block.constructor.name;
    recordBlockClasses(document, classes);
    return document;
  }

  /**
   * The Lambda functions the flow invokes (each once, in block order).
   */
  public get lambdaFunctions(): lambda.IFunction[] {
    const out: lambda.IFunction[] = [];
    for (const b of this.blocks) for (const fn of b._lambdaFunctions()) if (!out.includes(fn)) out.push(fn);
    return out;
  }

  /**
   * The Lex bot aliases the flow talks to (each once, in block order).
   */
  public get lexBotAliases(): ILexBotAlias[] {
    const out: ILexBotAlias[] = [];
    for (const b of this.blocks) {
      for (const alias of b._lexBotAliases()) {
        if (!out.some((a) => a === alias || a.botAliasArn === alias.botAliasArn)) out.push(alias);
      }
    }
    return out;
  }

  /**
   * Render the flow for `scope` (a `ContactFlow`) and associate the Lambda functions and Lex bot
   * aliases it uses with the contact center; the flow then depends on those associations.
   * `FlowContent.fromDefinition()` calls this.
   *
   * @param scope the flow
   * @param contactCenter the flow's contact center (required when the flow uses functions or bots)
   */
  public bindContent(scope: Construct, contactCenter?: IContactCenter): FlowContentConfig {
    let document: any;
    try {
      document = this.toDocument();
    } catch (e) {
      // Name the flow: a duplicate block ID says which flow it is in.
      throw new Error(`${scope.node.path}: ${(e as Error).message}`);
    }
    const functions = this.lambdaFunctions;
    const aliases = this.lexBotAliases;
    if ((functions.length > 0 || aliases.length > 0) && !contactCenter) {
      throw new Error(`${scope.node.path}: the flow uses Lambda functions or Lex bots, which must be associated with a contact center: `
        + 'bind the content with the contact center (ContactFlow does this)');
    }
    for (const fn of functions) {
      contactCenter!.associateLambdaFunction(fn);
      dependOnAssociation(scope, contactCenter!, fn.functionArn);
    }
    for (const alias of aliases) {
      contactCenter!.associateLexBotAlias(alias);
      dependOnAssociation(scope, contactCenter!, alias.botAliasArn);
    }
    return { document };
  }

  /** Breadth-first traversal from the start block, with each block's depth. */
  private traverse(): Array<{ block: FlowBlock; depth: number }> {
    const ctx = this.context();
    const byId = new Map<string, FlowBlock>();
    const order: Array<{ block: FlowBlock; depth: number }> = [];
    const queue: Array<{ block: FlowBlock; depth: number }> = [{ block: this.startBlock, depth: 0 }];
    while (queue.length > 0) {
      const entry = queue.shift()!;
      const seen = byId.get(entry.block.id);
      if (seen === entry.block) continue;
      if (seen) {
        throw new Error(`FlowDefinition: duplicate block id "${entry.block.id}" (a ${seen.constructor.name} and a ${entry.block.constructor.name}): block IDs must be unique within a flow`);
      }
      byId.set(entry.block.id, entry.block);
      order.push(entry);
      for (const next of entry.block._successors(ctx)) queue.push({ block: next, depth: entry.depth + 1 });
    }
    return order;
  }

  private context(): RenderContext<FlowBlock> {
    return { errorHandler: this.errorHandler };
  }
}

/**
 * Console metadata: positions in columns by distance from the start, so that the flow designer
 * shows the flow readably (the API and CloudFormation ignore it).
 */
function layout(entries: Array<{ block: FlowBlock; depth: number }>): any {
  const rows = new Map<number, number>();
  const actionMetadata: { [id: string]: any } = {};
  for (const { block, depth } of entries) {
    const row = rows.get(depth) ?? 0;
    rows.set(depth, row + 1);
    actionMetadata[block.id] = { position: { x: 240 + depth * 280, y: 40 + row * 200 } };
  }
  return { entryPointPosition: { x: 40, y: 40 }, ActionMetadata: actionMetadata };
}

/**
 * CloudFormation checks a flow's content on create: make the flow wait for the association of
 * the functions and bots it references.
 */
function dependOnAssociation(scope: Construct, contactCenter: IContactCenter, integrationArn: string): void {
  const found = (contactCenter.node.children as IConstruct[]).filter(
    (c) => c instanceof connect.CfnIntegrationAssociation && c.integrationArn === integrationArn);
  for (const association of found) scope.node.addDependency(association);
}
