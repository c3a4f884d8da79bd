import * as fs from 'fs';
import { Construct } from 'constructs';
import { IContactCenter } from '../core/contact-center';
import { FlowContentConfig, IFlowDefinition } from '../core/contact-flow';

/**
 * The flow-language content of a contact flow.
 */
export abstract class FlowContent {
  /**
   * Flow-language JSON given as an object (e.g. `JSON.parse` of a console export).
   * String values may contain tokens such as `queue.queueArn`.
   */
  public static fromJson(document: any): FlowContent {
    return new DocumentContent(document);
  }

  /**
   * Flow-language JSON given as a string.
   */
  public static fromString(json: string): FlowContent {
    let document: any;
    try {
      document = JSON.parse(json);
    } catch (e) {
      throw new Error(`FlowContent.fromString: the content is not valid JSON: ${(e as Error).message}`);
    }
    return new DocumentContent(document);
  }

  /**
   * Flow-language JSON read from a file at synth time.
   */
  public static fromFile(path: string): FlowContent {
    let text: string;
    try {
      text = fs.readFileSync(path, 'utf-8');
    } catch (e) {
      throw new Error(`FlowContent.fromFile: cannot read "${path}": ${(e as Error).message}`);
    }
    try {
      return new DocumentContent(JSON.parse(text));
    } catch (e) {
      throw new Error(`FlowContent.fromFile: "${path}" is not valid JSON: ${(e as Error).message}`);
    }
  }

  /**
   * A flow built with the typed flow builder (a `FlowDefinition` of `PlayPrompt`, `InvokeLambda`…).
   * When bound by a `ContactFlow`, the Lambda functions and Lex bot aliases it uses are associated
   * with the flow's contact center.
   */
  public static fromDefinition(definition: IFlowDefinition): FlowContent {
    return new DefinitionContent(definition);
  }

  /**
   * Render the content for a flow.
   *
   * @param scope the flow
   * @param contactCenter the flow's contact center, for content that must register resources with it
   */
  public abstract bind(scope: Construct, contactCenter?: IContactCenter): FlowContentConfig;
}

class DefinitionContent extends FlowContent {
  constructor(private readonly definition: IFlowDefinition) {
    super();
  }

  public bind(scope: Construct, contactCenter?: IContactCenter): FlowContentConfig {
    return this.definition.bindContent(scope, contactCenter);
  }
}

class DocumentContent extends FlowContent {
  constructor(private readonly document: any) {
    super();
  }

  public bind(_scope: Construct, _contactCenter?: IContactCenter): FlowContentConfig {
    return { document: this.document };
  }
}
