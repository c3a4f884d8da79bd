/**
 * Synth-time helpers of ContactFlow: the CloudFormation resources a flow's content references
 * (so that the flow is created after them: Connect validates the content on create) and the
 * format of validation messages. Not part of the public API.
 */
import { CfnElement, CfnResource, Reference, Stack, Token, Tokenization } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { FlowDiagnostic } from './validator';

/**
 * The CloudFormation resources of `scope`'s stack that tokens in `document` reference:
 * `Ref`/`Fn::GetAtt` tokens (`queue.queueArn`, `fn.functionArn`, `cfnX.ref`) and any other
 * token whose resolved form contains `Ref`/`Fn::GetAtt` of a resource of the stack.
 * Resources of other stacks are left out (a cross-stack reference already orders the stacks).
 */
export function referencedResources(scope: IConstruct, document: any): CfnResource[] {
  const stack = Stack.of(scope);
  const found = new Set<CfnResource>();
  const logicalIds = new Set<string>();
  const seen = new Set<any>();

  const collectIntrinsics = (value: any) => {
    if (Array.isArray(value)) {
      value.forEach(collectIntrinsics);
    } else if (value !== null && typeof value === 'object') {
      if (typeof value.Ref === 'string') logicalIds.add(value.Ref);
      const getAtt = value['Fn::GetAtt'];
      if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') logicalIds.add(getAtt[0]);
      Object.values(value).forEach(collectIntrinsics);
    }
  };
  const token = (t: any) => {
    if (seen.has(t)) return;
    seen.add(t);
    if (t instanceof Reference) {
      if (t.target instanceof CfnResource && Stack.of(t.target) === stack) found.add(t.target);
      return;
    }
    try {
      collectIntrinsics(stack.resolve(t));
    } catch {
      // A token that cannot be resolved yet references nothing we can order on.
    }
  };
  const visit = (value: any) => {
    if (typeof value === 'string') {
      if (Token.isUnresolved(value)) Tokenization.reverseString(value).tokens.forEach(token);
    } else if (typeof value === 'number') {
      if (Token.isUnresolved(value)) {
        const t = Tokenization.reverseNumber(value);
        if (t) token(t);
      }
    } else if (Array.isArray(value)) {
      if (Token.isUnresolved(value)) {
        const t = Tokenization.reverseList(value);
        if (t) token(t);
      }
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object') {
      if (Tokenization.isResolvable(value)) {
        token(value);
        return;
      }
      for (const [k, v] of Object.entries(value)) {
        visit(k);
        visit(v);
      }
    }
  };
  visit(document);

  if (logicalIds.size > 0) {
    for (const c of stack.node.findAll()) {
      if (c instanceof CfnResource && Stack.of(c) === stack && logicalIds.has(stack.resolve((c as CfnElement).logicalId))) found.add(c);
    }
  }
  return [...found].filter((r) => r.node.scope !== scope);
}

/**
 * One validation error of a flow as a synth error message:
 * `flow "<name>" (<TYPE>), action "<id>" at <path>: <message>`.
 */
export function formatFlowDiagnostic(flowName: string, flowType: string, d: FlowDiagnostic): string {
  return `flow "${flowName}" (${flowType}), ${diagnosticLocation(d)}: ${d.message}`;
}

/** Where a finding is: `action "<id>" at <path>`, or `at <path>` for the whole document. */
export function diagnosticLocation(d: FlowDiagnostic): string {
  return d.actionIdentifier !== undefined ? `action "${d.actionIdentifier}" at ${d.path}` : `at ${d.path}`;
}
