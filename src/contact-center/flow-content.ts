import * as fs from 'fs';
import { Construct } from 'constructs';
import { FlowExportOptions, FlowExportReference } from './flow-export';
import { bindExport, readExport } from './flow-export-content';
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
   * A console export (a file path, its JSON text, or the parsed document) whose ARNs of the source
   * instance are mapped to constructs of this app: `references` is keyed by ARN, or by the
   * resource's name where the export's metadata carries one. An ARN left unmapped, or a key that
   * maps nothing, fails synth with a message that names the action, the JSON path, the resource
   * and the line to add. For teams that keep editing a flow in the console and release it with CDK.
   *
   * @param fileOrJson a file path, JSON text, or the parsed export
   * @param options the references
   */
  public static fromExport(fileOrJson: any, options: FlowExportOptions = {}): FlowContent {
    const { document, source } = readExport(fileOrJson);
    const references = options.references ?? {};
    if (references === null || typeof references !== 'object' || Array.isArray(references)) {
      throw new Error(`FlowContent.fromExport: invalid references ${JSON.stringify(references)}: give an object of FlowExportReference by ARN or name`);
    }
    for (const [key, ref] of Object.entries(references)) {
      if (!(ref instanceof FlowExportReference)) {
        throw new Error(`FlowContent.fromExport: invalid references[${JSON.stringify(key)}]: give a FlowExportReference (FlowExportReference.queue(queue)…)`);
      }
    }
    return new ExportContent(document, source, references);
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

class ExportContent extends FlowContent {
  constructor(private readonly document: any, private readonly source: string,
    private readonly references: { [arnOrName: string]: FlowExportReference }) {
    super();
  }

  public bind(scope: Construct, contactCenter?: IContactCenter): FlowContentConfig {
    return { document: bindExport(scope, contactCenter, this.document, this.source, this.references) };
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
