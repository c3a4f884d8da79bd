/**
 * Flow-language validator: a pure function from a document to a list of findings. The
 * per-action-type rules are the table in `action-rules.ts`.
 */
import { ACTION_RULES, ActionRule, FLOW_TYPES, OPERATORS, ParamRule, RuleContext } from './action-rules';
import {
  FLOW_LANGUAGE_VERSION, MAX_ACTIONS, MAX_CONTENT_LENGTH, RESERVED_IDENTIFIERS,
  isBoolString, isJsonPath, isLegacyExport, isNumber, isObject, isOpaque,
} from './flow-values';

/** How serious a diagnostic is. */
export enum DiagnosticSeverity {
  /** The flow would be rejected or would fail a caller. */
  ERROR = 'error',
  /** Suspicious but accepted by Connect. */
  WARNING = 'warning',
}

/** One finding of the validator. */
export interface FlowDiagnostic {
  /** error or warning. */
  readonly severity: DiagnosticSeverity;
  /**
   * The action the finding is about, when there is one.
   * @default - the finding is about the whole document
   */
  readonly actionIdentifier?: string;
  /** JSON path of the offending value, e.g. `$.Actions[3].Parameters.LoopCount`. */
  readonly path: string;
  /** What is wrong and what is allowed. */
  readonly message: string;
}

/** Options of the validator. */
export interface ValidateFlowOptions {
  /**
   * The flow type (a `ContactFlowType` value such as `CONTACT_FLOW`), to check which actions
   * are allowed.
   * @default - actions are not checked against a flow type
   */
  readonly flowType?: string;
}

const FORBIDDEN_ID_CHARS = /[%:()\\/=$,;[\]{}]/;
const RESERVED_IDS = new Set(RESERVED_IDENTIFIERS);
const MAX_ID_LENGTH = 50;

/**
 * Validate a flow-language document (`{ Version, StartAction, Actions }`, or a flow module with
 * `Settings`). Returns every finding, errors first in document order; an empty list means the
 * document is valid. Values containing CDK tokens or deploy-time placeholders (`${X}`, `%X%`)
 * are never range-checked.
 */
export function validateFlow(document: any, options: ValidateFlowOptions = {}): FlowDiagnostic[] {
  const out: FlowDiagnostic[] = [];
  const push = (severity: DiagnosticSeverity, path: string, message: string, actionIdentifier?: string) => {
    out.push(actionIdentifier === undefined ? { severity, path, message } : { severity, actionIdentifier, path, message });
  };
  const error = (path: string, message: string, id?: string) => push(DiagnosticSeverity.ERROR, path, message, id);
  const warning = (path: string, message: string, id?: string) => push(DiagnosticSeverity.WARNING, path, message, id);

  if (!isObject(document)) {
    error('$', 'the flow must be a JSON object ({ "Version": "2019-10-30", "StartAction": …, "Actions": […] })');
    return out;
  }
  if (isLegacyExport(document)) {
    error('$.modules', 'this is the legacy console export format ({"modules": […], "version": "1", "start": …}), not the flow language: '
      + 'open the flow in the current flow designer and export it again, or rebuild it in code');
    return out;
  }
  if (document.Version !== FLOW_LANGUAGE_VERSION) {
    error('$.Version', `Version must be "${FLOW_LANGUAGE_VERSION}", got ${JSON.stringify(document.Version)}`);
  }
  if (options.flowType !== undefined && !FLOW_TYPES.includes(options.flowType)) {
    warning('$', `unknown flow type "${options.flowType}": actions are not checked against it`);
  }
  if (document.Settings !== undefined) checkModuleSettings(document.Settings, error);

  let size = -1;
  try {
    size = JSON.stringify(document).length;
  } catch {
    // Unresolved CDK objects may not serialize; the rendered template is checked by CloudFormation.
  }
  if (size > MAX_CONTENT_LENGTH) {
    error('$', `the flow is ${size} characters long; AWS::Connect::ContactFlow Content allows at most ${MAX_CONTENT_LENGTH}`);
  }

  if (!Array.isArray(document.Actions)) {
    error('$.Actions', 'Actions must be an array');
    return out;
  }
  const actions: any[] = document.Actions;
  if (actions.length === 0) error('$.Actions', 'a flow needs at least one action');
  if (actions.length > MAX_ACTIONS) {
    warning('$.Actions', `the flow has ${actions.length} actions; the flow-language documentation gives ${MAX_ACTIONS} as the maximum`);
  }

  // Identifiers.
  const index = new Map<string, number>();
  actions.forEach((action, i) => {
    const at = `$.Actions[${i}]`;
    if (!isObject(action)) {
      error(at, 'each action must be an object with Identifier, Type, Parameters and Transitions');
      return;
    }
    const id = action.Identifier;
    if (typeof id !== 'string' || id === '') {
      error(`${at}.Identifier`, `Identifier must be a non-empty string, got ${JSON.stringify(id)}`);
      return;
    }
    if (index.has(id)) {
      error(`${at}.Identifier`, `duplicate Identifier "${id}" (also $.Actions[${index.get(id)}])`, id);
      return;
    }
    index.set(id, i);
    if (isOpaque(id)) return;
    const length = [...id].length; // characters (code points), not UTF-16 units: identifiers may be any Unicode
    if (length > MAX_ID_LENGTH) {
      error(`${at}.Identifier`, `Identifier is ${length} characters long; at most ${MAX_ID_LENGTH} are allowed`, id);
    }
    const bad = FORBIDDEN_ID_CHARS.exec(id);
    if (bad) {
      error(`${at}.Identifier`, `Identifier must not contain "${bad[0]}" (forbidden: % : ( \\ / ) = $ , ; [ ] { })`, id);
    }
    if (RESERVED_IDS.has(id)) error(`${at}.Identifier`, `"${id}" is a reserved name and cannot be an Identifier`, id);
  });

  const start = document.StartAction;
  if (typeof start !== 'string' || start === '') {
    error('$.StartAction', `StartAction must name an action's Identifier, got ${JSON.stringify(start)}`);
  } else if (!index.has(start)) {
    error('$.StartAction', `StartAction "${start}" is not the Identifier of any action`);
  }

  // Per action.
  const edges: string[][] = actions.map(() => []);
  actions.forEach((action, i) => {
    if (!isObject(action) || typeof action.Identifier !== 'string') return;
    const id: string = action.Identifier;
    const at = `$.Actions[${i}]`;
    const ctx: RuleContext = {
      report: (severity, subPath, message) => push(severity === 'error' ? DiagnosticSeverity.ERROR : DiagnosticSeverity.WARNING, at + subPath, message, id),
    };
    checkAction(action, index, edges[i], ctx, options.flowType);
  });

  // Reachability.
  if (typeof start === 'string' && index.has(start)) {
    const seen = new Uint8Array(actions.length);
    const stack = [index.get(start)!];
    seen[stack[0]] = 1;
    while (stack.length > 0) {
      const i = stack.pop()!;
      for (const target of edges[i]) {
        const j = index.get(target);
        if (j !== undefined && !seen[j]) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    actions.forEach((action, i) => {
      if (!seen[i] && isObject(action) && typeof action.Identifier === 'string' && index.get(action.Identifier) === i) {
        warning(`$.Actions[${i}]`, `action "${action.Identifier}" (${action.Type}) cannot be reached from StartAction`, action.Identifier);
      }
    });
  }

  checkCallbackInterrupts(actions, index, edges, warning);

  // Errors first, stable otherwise.
  return out.filter((d) => d.severity === DiagnosticSeverity.ERROR).concat(out.filter((d) => d.severity !== DiagnosticSeverity.ERROR));
}

/** The interrupt of a loop of prompts must exceed this before a callback offer. */
const MIN_CALLBACK_INTERRUPT_SECONDS = 20;

/**
 * A loop of prompts whose interruption leads to CreateCallbackContact: the interrupt must be more
 * than 20 seconds (Queued callback, Amazon Connect Administrator Guide).
 */
function checkCallbackInterrupts(
  actions: any[], index: Map<string, number>, edges: string[][], warning: (path: string, message: string, id?: string) => void,
): void {
  actions.forEach((action, i) => {
    if (!isObject(action) || action.Type !== 'MessageParticipantIteratively' || index.get(action.Identifier) !== i) return;
    const interrupt = isObject(action.Parameters) ? action.Parameters.InterruptFrequencySeconds : undefined;
    if (typeof interrupt !== 'string' || !/^[0-9]+$/.test(interrupt) || Number(interrupt) > MIN_CALLBACK_INTERRUPT_SECONDS) return;
    const conditions = Array.isArray(action.Transitions?.Conditions) ? action.Transitions.Conditions : [];
    const starts = conditions
      .filter((c: any) => isObject(c?.Condition) && Array.isArray(c.Condition.Operands) && c.Condition.Operands[0] === 'MessagesInterrupted')
      .map((c: any) => index.get(c.NextAction))
      .filter((j: number | undefined): j is number => j !== undefined);
    const seen = new Set<number>(starts);
    const stack = [...starts];
    while (stack.length > 0) {
      const j = stack.pop()!;
      if (j === i) continue;
      if (actions[j]?.Type === 'CreateCallbackContact') {
        warning(`$.Actions[${i}].Parameters.InterruptFrequencySeconds`, `InterruptFrequencySeconds "${interrupt}" leads to CreateCallbackContact "${actions[j].Identifier}": `
          + `interrupt a loop that offers a callback after more than ${MIN_CALLBACK_INTERRUPT_SECONDS} seconds`, action.Identifier);
        return;
      }
      for (const t of edges[j] ?? []) {
        const k = index.get(t);
        if (k !== undefined && !seen.has(k)) {
          seen.add(k);
          stack.push(k);
        }
      }
    }
  });
}

function checkModuleSettings(settings: any, error: (path: string, message: string) => void): void {
  if (!isObject(settings)) {
    error('$.Settings', 'Settings (flow modules) must be an object with InputParameters, OutputParameters and Transitions');
    return;
  }
  for (const key of ['InputParameters', 'OutputParameters', 'Transitions']) {
    if (settings[key] !== undefined && !Array.isArray(settings[key])) error(`$.Settings.${key}`, `Settings.${key} must be an array`);
  }
}

function checkAction(action: any, index: Map<string, number>, edges: string[], ctx: RuleContext, flowType?: string): void {
  const type = action.Type;
  let rule: ActionRule | undefined;
  if (typeof type !== 'string' || type === '') {
    ctx.report('error', '.Type', `Type must be a non-empty string, got ${JSON.stringify(type)}`);
  } else {
    rule = Object.prototype.hasOwnProperty.call(ACTION_RULES, type) ? ACTION_RULES[type] : undefined;
    if (!rule) ctx.report('warning', '.Type', `unknown action type "${type}": its parameters and branches are not checked`);
  }

  // Parameters.
  const params = action.Parameters;
  if (params !== undefined && !isObject(params)) {
    ctx.report('error', '.Parameters', 'Parameters must be an object');
  }
  const p = isObject(params) ? params : {};
  if (rule?.params) for (const pr of rule.params) checkParam(p, pr, ctx);
  for (const group of rule?.exactlyOne ?? []) {
    const present = group.filter((k) => p[k] !== undefined);
    if (present.length !== 1) {
      ctx.report('error', '.Parameters', `give exactly one of ${group.join(', ')}${present.length > 1 ? `; got ${present.join(' and ')}` : ''}`);
    }
  }
  for (const group of rule?.atMostOne ?? []) {
    const present = group.filter((k) => p[k] !== undefined);
    if (present.length > 1) ctx.report('error', '.Parameters', `give at most one of ${group.join(', ')}; got ${present.join(' and ')}`);
  }

  // Transitions.
  const tr = action.Transitions;
  if (tr !== undefined && !isObject(tr)) {
    ctx.report('error', '.Transitions', 'Transitions must be an object');
    return;
  }
  const t = isObject(tr) ? tr : {};
  const target = (value: unknown, path: string) => {
    if (typeof value !== 'string' || value === '') {
      ctx.report('error', path, `NextAction must name an action's Identifier, got ${JSON.stringify(value)}`);
    } else if (!index.has(value)) {
      ctx.report('error', path, `NextAction "${value}" does not exist: no action has this Identifier`);
    } else {
      edges.push(value);
    }
  };
  if (t.NextAction !== undefined) target(t.NextAction, '.Transitions.NextAction');

  const errorTypes = new Set<string>();
  if (t.Errors !== undefined && !Array.isArray(t.Errors)) ctx.report('error', '.Transitions.Errors', 'Errors must be an array');
  (Array.isArray(t.Errors) ? t.Errors : []).forEach((e: any, k: number) => {
    const ep = `.Transitions.Errors[${k}]`;
    if (!isObject(e)) {
      ctx.report('error', ep, 'each error branch is { "NextAction": …, "ErrorType": … }');
      return;
    }
    target(e.NextAction, `${ep}.NextAction`);
    if (typeof e.ErrorType !== 'string' || e.ErrorType === '') {
      ctx.report('error', `${ep}.ErrorType`, `ErrorType must be a non-empty string, got ${JSON.stringify(e.ErrorType)}`);
      return;
    }
    if (errorTypes.has(e.ErrorType)) ctx.report('warning', `${ep}.ErrorType`, `error type ${e.ErrorType} is routed twice; the first branch wins`);
    errorTypes.add(e.ErrorType);
    if (rule?.errors && !rule.errors.includes(e.ErrorType)) {
      ctx.report('warning', `${ep}.ErrorType`, `${type} does not raise ${e.ErrorType} (it raises ${rule.errors.join(', ') || 'no errors'})`);
    }
  });

  const operands: string[] = [];
  if (t.Conditions !== undefined && !Array.isArray(t.Conditions)) ctx.report('error', '.Transitions.Conditions', 'Conditions must be an array');
  const conditions: any[] = Array.isArray(t.Conditions) ? t.Conditions : [];
  const cr = rule?.conditions;
  conditions.forEach((c: any, k: number) => {
    const cp = `.Transitions.Conditions[${k}]`;
    if (!isObject(c) || !isObject(c.Condition)) {
      ctx.report('error', cp, 'each condition is { "NextAction": …, "Condition": { "Operator": …, "Operands": […] } }');
      return;
    }
    target(c.NextAction, `${cp}.NextAction`);
    const op = c.Condition.Operator;
    const allowed = cr && cr !== 'none' && cr.operators ? cr.operators : OPERATORS;
    if (!allowed.includes(op)) {
      ctx.report('error', `${cp}.Condition.Operator`, `operator ${JSON.stringify(op)} is not allowed here; allowed: ${allowed.join(', ')}`);
    }
    const ops = c.Condition.Operands;
    if (!Array.isArray(ops) || ops.length !== 1) {
      ctx.report('error', `${cp}.Condition.Operands`, 'Operands must be an array of one string');
      return;
    }
    if (typeof ops[0] !== 'string' && !isOpaque(ops[0])) {
      ctx.report('error', `${cp}.Condition.Operands[0]`, `condition operands are strings, got ${JSON.stringify(ops[0])}`);
    }
    if (typeof op === 'string' && op.startsWith('Number') && typeof ops[0] === 'string' && !isOpaque(ops[0]) && !isJsonPath(ops[0]) && !isNumber(ops[0])) {
      ctx.report('error', `${cp}.Condition.Operands[0]`, `${op} needs a numeric operand, got ${JSON.stringify(ops[0])}`);
    }
    operands.push(String(ops[0]));
    if (cr && cr !== 'none') {
      if (cr.operand && typeof ops[0] === 'string' && !isOpaque(ops[0]) && !cr.operand.test(ops[0])) {
        ctx.report('error', `${cp}.Condition.Operands[0]`, `${type} conditions take ${cr.operandDescription}, got ${JSON.stringify(ops[0])}`);
      }
      if (cr.only && cr.required && !cr.required.includes(ops[0])) {
        ctx.report('error', `${cp}.Condition.Operands[0]`, `${type} conditions are exactly ${cr.required.map((r) => `Equals "${r}"`).join(' and ')}; got ${JSON.stringify(ops[0])}`);
      }
    }
  });
  if (cr === 'none' && conditions.length > 0) {
    ctx.report('error', '.Transitions.Conditions', `${type} takes no conditions`);
  }
  if (cr && cr !== 'none') {
    for (const r of cr.required ?? []) {
      if (!operands.includes(r)) ctx.report('error', '.Transitions.Conditions', `${type} needs a condition Equals "${r}"`);
    }
    if (cr.nonEmpty && conditions.length === 0) ctx.report('error', '.Transitions.Conditions', `${type} needs at least one condition`);
  }

  // Terminal actions and dead ends.
  if (rule?.terminal) {
    if (t.NextAction !== undefined || conditions.length > 0 || errorTypes.size > 0) {
      ctx.report('warning', '.Transitions', `${type} ends the flow: its transitions are ignored (use "Transitions": {})`);
    }
  } else if (t.NextAction === undefined && !rule?.endsOnSuccess) {
    const complete = cr && cr !== 'none' && cr.only && (cr.required ?? []).length > 0;
    if (conditions.length > 0 || errorTypes.has('NoMatchingCondition')) {
      if (!complete && !errorTypes.has('NoMatchingCondition')) {
        ctx.report('error', '.Transitions', 'no NextAction and no NoMatchingCondition branch: a contact that matches no condition has nowhere to go');
      }
    } else if (rule) {
      ctx.report('error', '.Transitions.NextAction', `dead end: ${type} does not end the flow, but has no NextAction`);
    } else if (errorTypes.size === 0) {
      ctx.report('warning', '.Transitions.NextAction', `unknown action type "${type}" has no NextAction: the contact may have nowhere to go`);
    }
  }
  for (const e of rule?.expectedErrors ?? []) {
    if (!errorTypes.has(e)) ctx.report('warning', '.Transitions.Errors', `unhandled error branch ${e}: a contact that hits it stops with an error`);
  }

  // Flow type.
  if (rule && flowType !== undefined && FLOW_TYPES.includes(flowType)) {
    const denied = (rule.allowedIn && !rule.allowedIn.includes(flowType)) || (rule.notIn && rule.notIn.includes(flowType));
    if (denied) {
      const where = rule.allowedIn ? `allowed in ${rule.allowedIn.join(', ')}` : `not allowed in ${rule.notIn!.join(', ')}`;
      ctx.report('error', '.Type', `${type} is not allowed in a ${flowType} flow (${where})${rule.notAllowedHint ? `: ${rule.notAllowedHint}` : ''}`);
    }
  }

  rule?.check?.(action, ctx);
}

function checkParam(p: { [k: string]: any }, rule: ParamRule, ctx: RuleContext): void {
  let name = rule.name;
  let value = p[name];
  if (value === undefined) {
    for (const alias of rule.aliases ?? []) {
      if (p[alias] !== undefined) {
        name = alias;
        value = p[alias];
        break;
      }
    }
  }
  const at = `.Parameters.${name}`;
  if (value === undefined) {
    if (rule.required) ctx.report('error', '.Parameters', `missing required parameter ${rule.name}`);
    return;
  }
  if (isOpaque(value)) return;
  switch (rule.kind) {
    case 'object':
      if (!isObject(value)) ctx.report('error', at, `${name} must be an object`);
      return;
    case 'array':
      if (!Array.isArray(value)) ctx.report('error', at, `${name} must be an array`);
      return;
    case 'stringmap':
      if (!isObject(value)) {
        ctx.report('error', at, `${name} must be an object of strings`);
        return;
      }
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string' && !isOpaque(v)) ctx.report('error', `${at}.${k}`, `${name} values are strings, got ${JSON.stringify(v)}`);
      }
      return;
    default:
  }
  if (typeof value !== 'string') {
    const hint = typeof value === 'number' || typeof value === 'boolean' ? ` (write "${value === true ? 'True' : value === false ? 'False' : value}")` : '';
    ctx.report('error', at, `${name} must be a string: every parameter value is a string${hint}, got ${JSON.stringify(value)}`);
    return;
  }
  const path = isJsonPath(value);
  if (rule.dynamic === 'path' && !path) {
    ctx.report('error', at, `${name} must be one JSONPath reference (e.g. "$.StoredCustomerInput"), got ${JSON.stringify(value)}`);
    return;
  }
  if (path) {
    if (rule.dynamic === 'static') ctx.report('error', at, `${name} must be a constant, not the JSONPath ${JSON.stringify(value)}`);
    return;
  }
  switch (rule.kind) {
    case 'string':
      if (value === '') ctx.report('error', at, `${name} must not be empty`);
      return;
    case 'int': {
      if (!/^-?[0-9]+$/.test(value.trim())) {
        ctx.report('error', at, `${name} must be a whole number as a string (e.g. "8"), got ${JSON.stringify(value)}`);
        return;
      }
      const n = Number(value);
      if ((rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max)) {
        const range = rule.max === undefined || rule.max === Number.MAX_SAFE_INTEGER ? `at least ${rule.min}` : `between ${rule.min} and ${rule.max}`;
        ctx.report('error', at, `${name} must be ${range}, got "${value}"`);
      }
      return;
    }
    case 'enum':
      if (!rule.values!.includes(value)) ctx.report('error', at, `${name} must be one of ${rule.values!.join(', ')}, got ${JSON.stringify(value)}`);
      return;
    case 'bool':
      if (!isBoolString(value)) ctx.report('error', at, `${name} must be "True" or "False", got ${JSON.stringify(value)}`);
      return;
    default:
  }
}

/**
 * The validator as a class, for languages other than TypeScript.
 */
export class FlowValidator {
  /**
   * Validate a flow-language document; see `validateFlow`.
   *
   * @param document the parsed flow-language JSON
   * @param options flow type to check actions against
   */
  public static validate(document: any, options?: ValidateFlowOptions): FlowDiagnostic[] {
    return validateFlow(document, options);
  }

  /**
   * Only the errors of `validate`.
   */
  public static errors(document: any, options?: ValidateFlowOptions): FlowDiagnostic[] {
    return validateFlow(document, options).filter((d) => d.severity === DiagnosticSeverity.ERROR);
  }

  private constructor() {}
}
