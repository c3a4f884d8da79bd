/**
 * Flow-language validator: a pure function from a document to a list of findings. The rules are
 * the description of the language in `language/`.
 */
import {
  ActionSpec, ContactFlowType, Dynamic, FLOW_LANGUAGE_VERSION, MAX_ACTIONS, MAX_CONTENT_LENGTH, NUMBER_OPERATORS, OPERATORS,
  ParamKind, ParamSpec, REJECTED_OPERATORS, RESERVED_IDENTIFIERS, RuleContext, closestName, errorRules, hasClosedErrors, hasClosedParams,
  isBoolString, isFlowType, isJsonPath, isLegacyExport, isNumber, isObject, isOpaque, knownParamNames, needsNextAction, specOf, suggestActionType,
} from './language';

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
  /**
   * A short name of the rule for warnings (e.g. `unhandled-error-branch`), stable across
   * versions: `ContactFlow` reports a warning as the CDK warning
   * `cdk-contact-center:flow-<rule>`, which `Annotations.acknowledgeWarning` can silence.
   * @default - errors have no rule name
   */
  readonly rule?: string;
}

/** Options of the validator. */
export interface ValidateFlowOptions {
  /**
   * The flow type, to check which actions are allowed (the service rejects, for example,
   * `DisconnectParticipant` in whisper flows and `EndFlowExecution` in inbound flows).
   * @default - actions are not checked against a flow type
   */
  readonly flowType?: ContactFlowType;

  /**
   * The document is a flow module (`AWS::Connect::ContactFlowModule`): it must have a top-level
   * `Settings`. A flow's content must not have one.
   * @default - a document with `Settings` is taken as a module, one without as a flow
   */
  readonly module?: boolean;

  /**
   * Report action types the validator does not know as warnings instead of errors. The service
   * rejects unknown types, so this is only for action types newer than this library.
   * @default false
   */
  readonly allowUnknownActions?: boolean;

  /**
   * Report parameter names an action type does not have as warnings instead of errors. The
   * service rejects them ("Invalid Action property name"), so this is only for parameters newer
   * than this library. `allowUnknownActions` does not cover them.
   * @default false
   */
  readonly allowUnknownParameters?: boolean;
}

const FORBIDDEN_ID_CHARS = /[%:()\\/=$,;[\]{}]/;
const RESERVED_IDS = new Set(RESERVED_IDENTIFIERS);
const MAX_ID_LENGTH = 50;

type Report = (severity: 'error' | 'warning', path: string, message: string, rule?: string) => void;

/**
 * Validate a flow-language document (`{ Version, StartAction, Actions }`, or a flow module with
 * `Settings`) against what the live service accepts. Returns every finding, errors first in
 * document order; an empty list means the document is valid. Values containing CDK tokens or
 * deploy-time placeholders (`${X}`, `%X%`) are never range-checked.
 */
export function validateFlow(document: any, options: ValidateFlowOptions = {}): FlowDiagnostic[] {
  const out: FlowDiagnostic[] = [];
  const push = (severity: DiagnosticSeverity, path: string, message: string, actionIdentifier?: string, rule?: string) => {
    const d: FlowDiagnostic = actionIdentifier === undefined ? { severity, path, message } : { severity, actionIdentifier, path, message };
    out.push(severity === DiagnosticSeverity.WARNING ? { ...d, rule: rule ?? 'warning' } : d);
  };
  const error = (path: string, message: string, id?: string) => push(DiagnosticSeverity.ERROR, path, message, id);
  const warning = (path: string, message: string, id?: string, rule?: string) => push(DiagnosticSeverity.WARNING, path, message, id, rule);

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
  let flowType: ContactFlowType | undefined;
  if (options.flowType !== undefined) {
    if (isFlowType(options.flowType)) flowType = options.flowType;
    else warning('$', `unknown flow type "${options.flowType}": actions are not checked against it`, undefined, 'unknown-flow-type');
  }
  if (document.Settings !== undefined) {
    if (options.module === false || (options.module === undefined && flowType !== undefined)) {
      error('$.Settings', 'a flow\'s content must not have a top-level Settings (only a flow module\'s does): remove it, or create the document as a flow module');
    } else {
      checkModuleSettings(document.Settings, error);
    }
  } else if (options.module === true) {
    error('$', 'a flow module needs a top-level Settings ({ "InputParameters": [], "OutputParameters": [], "Transitions": [] })');
  }

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
    warning('$.Actions', `the flow has ${actions.length} actions; the flow-language documentation gives ${MAX_ACTIONS} as the maximum`, undefined, 'too-many-actions');
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
      flowType,
      report: (severity, subPath, message, rule) => push(severity === 'error' ? DiagnosticSeverity.ERROR : DiagnosticSeverity.WARNING, at + subPath, message, id, rule),
    };
    checkAction(action, index, edges[i], ctx, options);
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
        warning(`$.Actions[${i}]`, `action "${action.Identifier}" (${action.Type}) cannot be reached from StartAction`, action.Identifier, 'unreachable-action');
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
  actions: any[], index: Map<string, number>, edges: string[][], warning: (path: string, message: string, id?: string, rule?: string) => void,
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
          + `interrupt a loop that offers a callback after more than ${MIN_CALLBACK_INTERRUPT_SECONDS} seconds`, action.Identifier, 'callback-interrupt-too-short');
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

/**
 * Every scalar in Parameters is a non-empty string, at any depth (`" "` is accepted), except the
 * values of module inputs and results, which keep the JSON type their schema declares.
 */
function checkScalars(value: any, at: string, report: Report, numberAccepted = false): void {
  if (typeof value === 'number' && numberAccepted && !isOpaque(value)) {
    report('warning', at, `the service accepts the number ${value} here, but exports and the builder write every parameter value as a string: write "${value}"`, 'number-parameter');
    return;
  }
  if (typeof value === 'string') {
    if (value === '') report('error', at, 'an empty string is never a valid parameter value (the service rejects it): leave the parameter out or give a value');
    return;
  }
  if (value === null || value === undefined || isOpaque(value)) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkScalars(v, `${at}[${i}]`, report));
    return;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkScalars(v, `${at}.${k}`, report);
    return;
  }
  const hint = typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
  report('error', at, `every parameter value is a string: write "${hint}", not ${JSON.stringify(value)}`);
}

function checkAction(action: any, index: Map<string, number>, edges: string[], ctx: RuleContext, options: ValidateFlowOptions): void {
  const type = action.Type;
  let spec: ActionSpec | undefined;
  if (typeof type !== 'string' || type === '') {
    ctx.report('error', '.Type', `Type must be a non-empty string, got ${JSON.stringify(type)}`);
  } else {
    spec = specOf(type);
    if (!spec) {
      const right = suggestActionType(type);
      const severity = options.allowUnknownActions ? 'warning' : 'error';
      if (right !== undefined) {
        ctx.report(severity, '.Type', `unknown action type "${type}": the service rejects it; write "${right}"`, 'unknown-action-type');
      } else {
        ctx.report(severity, '.Type', `unknown action type "${type}": the service rejects action types it does not know`
          + (options.allowUnknownActions ? ' (reported as a warning: allowUnknownActions)' : '; if it is newer than this library, validate with allowUnknownActions (CLI --allow-unknown-actions)'), 'unknown-action-type');
      }
    }
  }

  // Parameters.
  const params = action.Parameters;
  if (params !== undefined && !isObject(params)) {
    ctx.report('error', '.Parameters', 'Parameters must be an object');
  }
  const p = isObject(params) ? params : {};
  const typed = spec?.typedValues ?? [];
  for (const [k, v] of Object.entries(p)) {
    const ps = spec?.params?.find((x) => x.name === k);
    if (!typed.includes(k) && ps?.kind !== ParamKind.DOCUMENT) checkScalars(v, `.Parameters.${k}`, ctx.report, ps?.numberAccepted === true);
  }
  if (spec?.params) for (const ps of spec.params) checkParam(p, ps, ctx, '.Parameters', options, '');
  if (spec && hasClosedParams(spec)) checkUnknownNames(p, knownParamNames(spec), `${type}`, '.Parameters', ctx, options);
  for (const group of spec?.exactlyOne ?? []) {
    const present = group.filter((k) => p[k] !== undefined);
    if (present.length !== 1) {
      ctx.report('error', '.Parameters', `give exactly one of ${group.join(', ')}${present.length > 1 ? `; got ${present.join(' and ')}` : ''}`);
    }
  }
  for (const group of spec?.atMostOne ?? []) {
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

  const rules = spec ? errorRules(spec, p, ctx.flowType) : undefined;
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
    if (errorTypes.has(e.ErrorType)) ctx.report('warning', `${ep}.ErrorType`, `error type ${e.ErrorType} is routed twice; the first branch wins`, 'duplicate-error-branch');
    errorTypes.add(e.ErrorType);
    if (!rules) return;
    if (rules.forbidden?.includes(e.ErrorType)) {
      ctx.report('error', `${ep}.ErrorType`, `${type} ${rules.forbiddenBecause ?? `does not raise ${e.ErrorType}`}: the service rejects the ${e.ErrorType} branch here; keep only ${rules.allowed.join(', ') || 'no error branches'}`);
    } else if (!rules.allowed.includes(e.ErrorType)) {
      const raises = rules.allowed.join(', ') || 'no errors';
      if (spec && hasClosedErrors(spec)) {
        ctx.report('error', `${ep}.ErrorType`, `${type} has no error branch ${e.ErrorType}: the service rejects error types an action does not have ("Invalid Action error. Error: ${e.ErrorType}"); it takes ${raises}`);
      } else {
        ctx.report('warning', `${ep}.ErrorType`, `${type} does not raise ${e.ErrorType} (it raises ${raises})`, 'unknown-error-type');
      }
    }
  });
  for (const r of rules?.required ?? []) {
    if (!errorTypes.has(r)) {
      ctx.report('error', '.Transitions.Errors', `${type} must declare the error branch ${r}: the service rejects it without one ("Action is missing required error. Error: ${r}")`
        + (rules?.requiredBecause && !rules.requiredBecause.startsWith('the service answers') ? `; ${rules.requiredBecause}` : ''));
    }
  }

  const operands: string[] = [];
  if (t.Conditions !== undefined && !Array.isArray(t.Conditions)) ctx.report('error', '.Transitions.Conditions', 'Conditions must be an array');
  const conditions: any[] = Array.isArray(t.Conditions) ? t.Conditions : [];
  const cr = spec?.conditions;
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
      const instead = typeof op === 'string' && Object.prototype.hasOwnProperty.call(REJECTED_OPERATORS, op) ? ` (${REJECTED_OPERATORS[op]})` : '';
      ctx.report('error', `${cp}.Condition.Operator`, `operator ${JSON.stringify(op)} is not allowed here${instead}; allowed: ${allowed.join(', ')}`);
    }
    const ops = c.Condition.Operands;
    if (!Array.isArray(ops) || ops.length !== 1) {
      ctx.report('error', `${cp}.Condition.Operands`, 'Operands must be an array of one string');
      return;
    }
    if (typeof ops[0] === 'number' && spec?.numericOperandsAccepted && !isOpaque(ops[0])) {
      ctx.report('warning', `${cp}.Condition.Operands[0]`, `the service accepts the number ${ops[0]} here, but exports and the builder write operands as strings: write "${ops[0]}"`, 'number-operand');
    } else if (typeof ops[0] !== 'string' && !isOpaque(ops[0])) {
      ctx.report('error', `${cp}.Condition.Operands[0]`, `condition operands are strings, got ${JSON.stringify(ops[0])}`);
    }
    if (ops[0] === '') ctx.report('error', `${cp}.Condition.Operands[0]`, 'an empty condition operand is rejected by the service');
    if (NUMBER_OPERATORS.includes(op) && typeof ops[0] === 'string' && ops[0] !== '' && !isOpaque(ops[0]) && !isJsonPath(ops[0]) && !isNumber(ops[0])) {
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

  // How the action is left.
  if (spec && !needsNextAction(spec)) {
    if (spec.exit === 'terminal' && (t.NextAction !== undefined || conditions.length > 0 || errorTypes.size > 0)) {
      ctx.report('warning', '.Transitions', `${type} ends the flow: its transitions are ignored (use "Transitions": {})`, 'ignored-transitions');
    }
  } else if (t.NextAction === undefined) {
    if (spec) {
      const branch = conditions.length > 0 || errorTypes.size > 0 ? ' (exports set it to the error or "no match" branch)' : '';
      ctx.report('error', '.Transitions.NextAction', `dead end: ${type} must have a NextAction: the service rejects every non-terminal action without one${branch}`);
    } else if (errorTypes.size === 0 && conditions.length === 0) {
      ctx.report('warning', '.Transitions.NextAction', `unknown action type "${type}" has no NextAction: the contact may have nowhere to go`, 'unknown-action-without-next');
    }
  }
  for (const e of rules?.expected ?? []) {
    if (!errorTypes.has(e)) ctx.report('warning', '.Transitions.Errors', `unhandled error branch ${e}: a contact that hits it stops with an error`, 'unhandled-error-branch');
  }

  // Flow type.
  const flowType = ctx.flowType;
  if (spec && flowType !== undefined) {
    const denied = (spec.allowedIn && !spec.allowedIn.includes(flowType)) || (spec.notIn && spec.notIn.includes(flowType));
    if (denied) {
      const where = spec.allowedIn ? `allowed in ${spec.allowedIn.join(', ')}` : `rejected in ${spec.notIn!.join(', ')}`;
      ctx.report('error', '.Type', `${type} is not allowed in a ${flowType} flow (${where})${spec.notAllowedHint ? `: ${spec.notAllowedHint}` : ''}`);
    }
  }

  spec?.check?.(action, ctx);
}

function checkParam(p: { [k: string]: any }, spec: ParamSpec, ctx: RuleContext, base = '.Parameters', options: ValidateFlowOptions = {}, owner = ''): void {
  let name = spec.name;
  let value = p[name];
  for (const wrong of spec.rejects ?? []) {
    if (p[wrong.name] === undefined) continue;
    if (value === undefined || !wrong.onlyWhenAlone) {
      ctx.report('error', `${base}.${wrong.name}`, `the service does not take ${wrong.name}: write ${spec.name}`);
    } else {
      ctx.report('warning', `${base}.${wrong.name}`, `${wrong.name} is ignored: the service reads ${spec.name}`, 'ignored-parameter');
    }
  }
  if (value === undefined) {
    for (const alias of spec.accepts ?? []) {
      if (p[alias] !== undefined) {
        name = alias;
        value = p[alias];
        break;
      }
    }
  }
  const at = `${base}.${name}`;
  if (value === undefined) {
    const misspelled = (spec.rejects ?? []).some((w) => p[w.name] !== undefined);
    if (spec.required && !misspelled) {
      ctx.report('error', base, `missing required parameter ${owner}${spec.name}: the service rejects the action without it ("Action is missing required property")`);
    }
    return;
  }
  if (isOpaque(value)) return;
  switch (spec.kind) {
    case ParamKind.DOCUMENT:
      return;
    case ParamKind.OBJECT:
      if (!isObject(value)) ctx.report('error', at, `${name} must be an object`);
      else if (spec.fields) checkFields(value, spec.fields, at, ctx, options, `${owner}${name}.`);
      return;
    case ParamKind.ARRAY:
      if (!Array.isArray(value)) {
        ctx.report('error', at, `${name} must be an array`);
        return;
      }
      checkEntries(value.length, spec, name, at, ctx);
      value.forEach((item, i) => {
        if (spec.itemValues && typeof item === 'string' && !isOpaque(item) && !spec.itemValues.includes(item)) {
          ctx.report('error', `${at}[${i}]`, `each ${name} entry is one of ${spec.itemValues.join(', ')}, got ${JSON.stringify(item)}`);
        }
        if (spec.fields && isObject(item)) checkFields(item, spec.fields, `${at}[${i}]`, ctx, options, `${owner}${name}[].`);
      });
      return;
    case ParamKind.STRING_MAP:
      if (!isObject(value)) ctx.report('error', at, `${name} must be an object of strings`);
      else checkEntries(Object.keys(value).length, spec, name, at, ctx);
      return;
    default:
  }
  if (typeof value === 'number' && spec.numberAccepted) value = String(value); // the number itself is a warning (checkScalars)
  if (typeof value !== 'string') return; // reported by checkScalars
  const path = isJsonPath(value);
  if (spec.dynamic === Dynamic.PATH && !path) {
    if (value !== '') ctx.report('error', at, `${name} must be one JSONPath reference (e.g. "$.StoredCustomerInput"), got ${JSON.stringify(value)}`);
    return;
  }
  if (path) {
    if (spec.dynamic === Dynamic.STATIC) ctx.report('error', at, `${name} must be a constant, not the JSONPath ${JSON.stringify(value)}`);
    return;
  }
  if (spec.dynamic === Dynamic.STATIC_OR_PATH && value.includes('$.')) {
    ctx.report('warning', at, `${name} is a constant or one whole JSONPath: references inside text (${JSON.stringify(value)}) are not interpolated here`, 'reference-in-text');
  }
  switch (spec.kind) {
    case ParamKind.INT: {
      if (!/^-?[0-9]+$/.test(value.trim())) {
        if (value !== '') ctx.report('error', at, `${name} must be a whole number as a string (e.g. "8"), got ${JSON.stringify(value)}`);
        return;
      }
      const n = Number(value);
      if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
        const range = spec.max === undefined ? `at least ${spec.min}` : `between ${spec.min} and ${spec.max}`;
        ctx.report('error', at, `${name} must be ${range}, got "${value}"`);
      }
      return;
    }
    case ParamKind.ENUM:
      if (value !== '' && !spec.values!.includes(value)) {
        if (spec.valuesAdvisory) {
          ctx.report('warning', at, `${name} ${JSON.stringify(value)} is none of ${spec.values!.join(', ')}: the service accepts it at create time, but the contact may fail when it runs`, 'unknown-parameter-value');
        } else {
          ctx.report('error', at, `${name} must be one of ${spec.values!.join(', ')}, got ${JSON.stringify(value)}`);
        }
      }
      return;
    case ParamKind.BOOL:
      if (value !== '' && !isBoolString(value)) ctx.report('error', at, `${name} must be "True" or "False", got ${JSON.stringify(value)}`);
      return;
    default:
  }
}

/** The fields of a described object: each field's rules, then names the object does not have. */
function checkFields(
  value: { [k: string]: any }, fields: readonly ParamSpec[], at: string, ctx: RuleContext, options: ValidateFlowOptions, owner: string,
): void {
  for (const f of fields) checkParam(value, f, ctx, at, options, owner);
  const known: string[] = [];
  for (const f of fields) known.push(f.name, ...(f.accepts ?? []), ...(f.rejects ?? []).map((r) => r.name));
  checkUnknownNames(value, known, owner.replace(/\.$/, ''), at, ctx, options);
}

/** The entry count of a list or map against its bounds. */
function checkEntries(count: number, spec: ParamSpec, name: string, at: string, ctx: RuleContext): void {
  if (spec.minEntries !== undefined && count < spec.minEntries) {
    ctx.report('error', at, spec.minEntries === 1 ? `${name} must not be empty` : `${name} needs at least ${spec.minEntries} entries, got ${count}`);
  }
  if (spec.maxEntries !== undefined && count > spec.maxEntries) {
    ctx.report('error', at, `${name} takes at most ${spec.maxEntries} entries, got ${count}: the service rejects more ("More than ${spec.maxEntries} ${name.toLowerCase()} in Parameters.${name}")`);
  }
}

/**
 * Names an object holds that its description does not have: an error (the service answers "Invalid
 * Action property name"), with the closest known name; a warning with `allowUnknownParameters`.
 */
function checkUnknownNames(
  value: { [k: string]: any }, known: readonly string[], owner: string, at: string, ctx: RuleContext, options: ValidateFlowOptions,
): void {
  for (const k of Object.keys(value)) {
    if (known.includes(k) || isOpaque(k)) continue;
    const near = closestName(k, known);
    const hint = near !== undefined ? `; did you mean "${near}"?` : (known.length > 0 ? `; it takes ${known.join(', ')}` : '; it takes no parameters');
    const message = `unknown parameter "${k}" for ${owner}: the service rejects parameter names an action does not have ("Invalid Action property name")${hint}`;
    if (options.allowUnknownParameters) {
      ctx.report('warning', `${at}.${k}`, `${message} (reported as a warning: allowUnknownParameters)`, 'unknown-parameter');
    } else {
      ctx.report('error', `${at}.${k}`, `${message}; if the service has added it since this library, validate with allowUnknownParameters`
        + ' (CLI --allow-unknown-parameters; for ContactFlow, the context key cdk-contact-center:allowUnknownParameters)');
    }
  }
}

/**
 * The validator as a class, for languages other than TypeScript (Python, Java, .NET, Go).
 */
export class FlowValidator {
  /**
   * Validate a flow-language document; every finding, errors first (see `validateFlow`).
   *
   * @param document the parsed flow-language JSON
   * @param options flow type, module, unknown action types
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
