/**
 * Semantic flow diff: what changed between two flows, two templates or a template and what is
 * deployed, block by block.
 */
import { diffFlowSources } from './engine';
import { FlowDiffFormat, renderFlowDiff } from './render';
import { DiffFlowSource, isPlainObject, isTemplateDocument, templateFlows } from './template-flows';
import { DiffFlowsOptions, FlowDiffResult } from './types';

export * from './types';
export { FlowDiffFormat, renderFlowDiff } from './render';

/** The flows of one side: every flow and module of a template, or one flow-language document. */
function flowSourcesOf(json: unknown, name: string): DiffFlowSource[] {
  if (isTemplateDocument(json)) return templateFlows(json);
  if (isPlainObject(json) && Array.isArray(json.Actions)) return [{ name, document: json, unnamed: true }];
  throw new Error(`"${name}" is neither a flow-language document ({ "Version": "2019-10-30", "StartAction": …, "Actions": […] }) nor a CloudFormation template`);
}

/**
 * Compare two flows, or the flows of two synthesized templates: flows are matched by name and
 * type, then by logical ID; blocks by `Identifier`, then by their place in the graph from
 * `StartAction`, so regenerated identifiers only show real changes. References to resources of
 * a template show as the resource (`Queue: Support`).
 *
 * @param before the old flow-language document or CloudFormation template (parsed JSON)
 * @param after the new flow-language document or CloudFormation template (parsed JSON)
 */
export function diffFlows(before: any, after: any, options: DiffFlowsOptions = {}): FlowDiffResult {
  return diffFlowSources(flowSourcesOf(before, options.beforeName ?? 'flow'), flowSourcesOf(after, options.afterName ?? 'flow'));
}

/**
 * Semantic flow diffs, for languages other than TypeScript.
 */
export class FlowDiff {
  /**
   * Compare two flows or the flows of two templates; see `diffFlows`.
   *
   * @param before the old flow-language document or CloudFormation template (parsed JSON)
   * @param after the new flow-language document or CloudFormation template (parsed JSON)
   */
  public static diffFlows(before: any, after: any, options?: DiffFlowsOptions): FlowDiffResult {
    return diffFlows(before, after, options);
  }

  /**
   * A diff as text, Markdown (a pull-request comment with Mermaid diagrams) or JSON.
   *
   * @param result the result of `diffFlows`
   * @param format the output format
   */
  public static render(result: FlowDiffResult, format?: FlowDiffFormat): string {
    return renderFlowDiff(result, format);
  }

  private constructor() {}
}
