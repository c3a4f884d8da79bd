/**
 * Flow → code: a flow-language document becomes a module that builds the same flow with the typed
 * flow builder (`cdk-contact-center codegen`), in TypeScript or Python.
 *
 * The generator builds one language-neutral model of the module (./code-model.ts): blocks with
 * readable IDs, their parameters with source ARNs replaced by references, their branches, the
 * chains of `next()`; a printer per language writes it. Only the package's public API is used by
 * the printed code.
 */
import { CodeLibrary, CodeModule, CodeName, CodeParam, Expr, Stmt, code } from './code-model';
import { printPython, pythonName } from './print-python';
import { printTypeScript, tsExpr } from './print-typescript';
import { FoundArn, classifyArn, findArns, resourceNames } from './references';
import { ActionType, Exit, OPERATORS, errorRules, isLegacyExport, paramRange, specOf, suggestActionType } from '../language';

/** An input the generator cannot turn into code: the message names the file's action and why. */
export class CodegenError extends Error {}

/** The languages the generator writes. */
export type CodegenLanguage = 'typescript' | 'python';

/** The languages the generator writes, for messages and option checks. */
export const CODEGEN_LANGUAGES: readonly CodegenLanguage[] = ['typescript', 'python'];

/** A resource of the source instance that the generated function takes as a parameter. */
export interface ExternalReference {
  /** The parameter's name (camelCase; Python writes it in snake_case). */
  readonly name: string;
  /**
   * The parameter's type: an interface with the ARN property of the resource's kind
   * (`code.lib('IQueue')` → `queueArn`, `IContactFlow`, `IContactFlowModule`, `IHoursOfOperation`,
   * `IPrompt`, `IQuickConnect`, `IAgent`, `ILexBotAlias`, or aws-cdk-lib's `lambda.IFunction`).
   */
  readonly type: CodeName;
}

/** Options of the generator. */
export interface CodegenOptions {
  /** The flow type (`CONTACT_FLOW`, `AGENT_WHISPER`…) or `MODULE`, for the module's comment. */
  readonly flowType?: string;
  /** Where the flow comes from, for the module's comment. */
  readonly source?: string;
  /** The language of `code`. Default: TypeScript. */
  readonly language?: CodegenLanguage;
  /** The name of the exported function (camelCase). Default: `buildFlow`. */
  readonly functionName?: string;
  /**
   * Source ARNs that are not declared at the top (`Queue.fromQueueArn(…)`) but taken as
   * parameters of the function, after `scope`, in the order of the keys, and used as
   * `name.queueArn` (the ARN property of the resource's kind) and in typed blocks.
   */
  readonly externalReferences?: { readonly [arn: string]: ExternalReference };
  /**
   * An action type that is not in the flow language becomes a `CustomBlock` that allows it
   * (its parameters and branches as written) and a warning, instead of an error.
   */
  readonly allowUnknownActions?: boolean;
}

/** A reference to a resource of the source instance: declared at the top, or a parameter. */
export interface CodeReference {
  readonly variable: string;
  readonly arn: string;
  readonly found: FoundArn;
  /** The TypeScript expression that gives the ARN back in parameters. */
  readonly expression: string;
  /** The same, in the code model. */
  readonly value: Expr;
  /** Whether the resource is a parameter of the function (`externalReferences`). */
  readonly external: boolean;
}

/** A branch of a block other than `next()`: `block.method(...args, target)`. */
interface ModelBranch {
  readonly method: string;
  readonly args: Expr[];
  readonly target: ModelBlock;
}

/** A block of the model. */
interface ModelBlock {
  readonly sourceId: string;
  readonly id: string;
  readonly variable: string;
  readonly action: any;
  /** `new X(...)`. */
  declaration?: Expr;
  /** A comment above the declaration. */
  comment?: string[];
  /** The block `next()` connects, if any. */
  next?: ModelBlock;
  /** For the first block of a repeated part: the fragment instance the rest of the flow goes to. */
  outside?: string;
  /** The other branches, in order. */
  branches: ModelBranch[];
  typed: boolean;
}

/** What the generator produced. */
export interface CodegenResult {
  /** The module's text, in `language`. */
  readonly code: string;
  /** The language of `code`. */
  readonly language: CodegenLanguage;
  /** The module, as the language-neutral model the printers write. */
  readonly module: CodeModule;
  /** Source identifiers of actions not reachable from `StartAction`, left out. */
  readonly unreachable: string[];
  /** The block ID given to each source identifier. */
  readonly blockIds: { [sourceId: string]: string };
  /** The references: declared at the top, or parameters (`externalReferences`). */
  readonly references: CodeReference[];
  /** How many blocks are typed blocks, and how many `CustomBlock`s. */
  readonly typedBlocks: number;
  readonly customBlocks: number;
  /** Whether the flow is a module (has a top-level `Settings` block or `--type MODULE`). */
  readonly isModule: boolean;
  /** What the generator wants the user to know (an action type kept with `allowUnknownActions`). */
  readonly warnings: string[];
}


/** The word a reference's variable ends with, by kind. */
const KIND_WORDS: { [label: string]: string } = {
  'queue': 'Queue',
  'flow': 'Flow',
  'flow module': 'Module',
  'prompt': 'Prompt',
  'hours of operation': 'Hours',
  'agent': 'Agent',
  'quick connect': 'QuickConnect',
  'Lambda function': 'Function',
  'Lex bot alias': 'BotAlias',
};

/** Builder class names, by action type, for readable block IDs. */
const BLOCK_NAMES: { [type: string]: string } = {
  MessageParticipant: 'PlayPrompt',
  MessageParticipantIteratively: 'LoopPrompts',
  GetParticipantInput: 'GetInput',
  ConnectParticipantWithLexBot: 'LexBot',
  InvokeLambdaFunction: 'InvokeLambda',
  UpdateContactAttributes: 'SetAttributes',
  UpdateFlowAttributes: 'SetFlowAttributes',
  CheckHoursOfOperation: 'CheckHours',
  UpdateContactTargetQueue: 'SetWorkingQueue',
  TransferContactToQueue: 'TransferToQueue',
  UpdateContactCallbackNumber: 'SetCallbackNumber',
  CreateCallbackContact: 'CreateCallback',
  UpdateContactRecordingBehavior: 'SetRecording',
  UpdateFlowLoggingBehavior: 'SetLogging',
  UpdateContactTextToSpeechVoice: 'SetVoice',
  UpdateContactEventHooks: 'SetEventHook',
  InvokeFlowModule: 'InvokeModule',
  DisconnectParticipant: 'Disconnect',
  EndFlowExecution: 'EndFlow',
  UpdateContactData: 'SetContactData',
  CreateWisdomSession: 'WisdomSession',
};

const RESERVED_WORDS = new Set(('break case catch class const continue debugger default delete do else enum export extends false finally for '
  + 'function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static '
  + 'implements interface package private protected public await scope constructor lambda connect').split(' '));

/** Parse a flow-language document given as text or JSON, with input errors that name `file`. */
export function parseFlowDocument(input: string | any, file: string): any {
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      throw new CodegenError(`"${file}" is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (isLegacyExport(doc)) {
    throw new CodegenError(`"${file}" is in the legacy console export format ({"modules": […], "version": "1"}), not the flow language: `
      + 'open the flow in the current flow designer and export it again');
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc) || !Array.isArray(doc.Actions) || typeof doc.StartAction !== 'string') {
    throw new CodegenError(`"${file}" is not a flow-language document ({ "Version": "2019-10-30", "StartAction": …, "Actions": […] })`);
  }
  return doc;
}

/**
 * The actions reachable from `StartAction`, in the order the builder renders them (breadth first:
 * next, then conditions in order, then errors), and the identifiers of the others.
 */
export function reachableActions(doc: any, file = 'flow'): { order: any[]; unreachable: string[] } {
  const byId = new Map<string, any>();
  doc.Actions.forEach((a: any, i: number) => {
    if (a === null || typeof a !== 'object' || typeof a.Identifier !== 'string') {
      throw new CodegenError(`"${file}": Actions[${i}] has no Identifier`);
    }
    byId.set(a.Identifier, a);
  });
  const order: any[] = [];
  const seen = new Set<string>();
  const queue: Array<{ id: string; from: string }> = [{ id: doc.StartAction, from: 'StartAction' }];
  while (queue.length > 0) {
    const { id, from } = queue.shift()!;
    if (seen.has(id)) continue;
    const action = byId.get(id);
    if (!action) throw new CodegenError(`"${file}": ${from} goes to "${id}", which is no action of the flow`);
    seen.add(id);
    order.push(action);
    for (const next of successorIds(action)) queue.push({ id: next, from: `action "${id}"` });
  }
  return { order, unreachable: doc.Actions.map((a: any) => a.Identifier).filter((id: string) => !seen.has(id)) };
}

/** The identifiers an action leads to: NextAction, conditions in order, errors. */
export function successorIds(action: any): string[] {
  const t = action.Transitions ?? {};
  const out: string[] = [];
  if (typeof t.NextAction === 'string') out.push(t.NextAction);
  for (const c of t.Conditions ?? []) if (typeof c?.NextAction === 'string') out.push(c.NextAction);
  for (const e of t.Errors ?? []) if (typeof e?.NextAction === 'string') out.push(e.NextAction);
  return out;
}

/** Words of a text for an ID: letters and digits, capitalized, at most `max` words. */
function words(text: string, max: number): string {
  return text.replace(/<[^>]*>/g, ' ').replace(/\$\.[A-Za-z0-9_.]+/g, ' ').split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0)
    .slice(0, max).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** The text an ID is made from: what the block says, or the parameter shown in diagrams. */
function describe(action: any, names: Map<string, string>): string {
  const p = action.Parameters ?? {};
  const named = findArns(p, '').map((a) => names.get(a.found.arn)).find((n) => n !== undefined);
  const text = p.Text ?? p.SSML ?? p.Messages?.[0]?.Text ?? p.LexV2Bot?.AliasArn ?? p.FlowLoggingBehavior ?? p.LoopCount ?? p.ComparisonValue;
  if (typeof text === 'string') return names.get(text) ?? text.replace(/^arn:.*[/:]/, '');
  if (named !== undefined) return named;
  const spec = specOf(action.Type);
  const key = spec?.diagramKey(p);
  return typeof key === 'string' ? key.replace(/^arn:.*[/:]/, '') : '';
}

/** Names a variable of the generated code must not take in Python: builtins it uses, and the import aliases. */
const PYTHON_TAKEN = new Set(['list', 'str', 'int', 'float', 'bool', 'dict', 'set', 'tuple', 'type', 'id', 'len', 'print', 'object', 'super',
  'property', 'self', 'cls', 'lambda_', 'connect', 'scope']);

/**
 * The variables of the generated code, unique in every language: two camelCase names that differ
 * only in case (`playPromptABC`, `playPromptAbc`) are one name in Python (`play_prompt_abc`), and a
 * reserved word is never taken. Shared by codegen and the app `import` writes.
 */
export class Variables {
  private readonly names = new Set<string>();
  private readonly python = new Set<string>(PYTHON_TAKEN);

  /** Take a name as given (a parameter): false if it is taken in some language. */
  public take(name: string): boolean {
    if (RESERVED_WORDS.has(name) || this.names.has(name) || this.python.has(pythonName(name))) return false;
    this.names.add(name);
    this.python.add(pythonName(name));
    return true;
  }

  /** A free name made from `base`, at most `max` characters (a number added when taken). */
  public unique(base: string, max: number): string {
    let name = base.slice(0, max);
    for (let n = 2; !this.take(name); n++) name = `${base.slice(0, max - String(n).length)}${n}`;
    return name;
  }
}

/** A name made from `base` not in `taken` (a number added when it is), at most `max` characters; then taken. */
export function uniqueName(base: string, taken: Set<string>, max: number): string {
  let name = base.slice(0, max);
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, max - String(n).length)}${n}`;
  taken.add(name);
  return name;
}

function camel(id: string): string {
  const parts = id.split(/[^A-Za-z0-9]+/).filter((p) => p.length > 0);
  let name = parts.map((p, i) => (i === 0 ? p[0].toLowerCase() + p.slice(1) : p[0].toUpperCase() + p.slice(1))).join('');
  if (!/^[A-Za-z_]/.test(name)) name = `b${name}`;
  return name;
}


const lib = code.lib;
const str = code.str;
const FLOW_VALUE = lib('FlowValue');
const MESSAGE = lib('Message');

/** `Duration.seconds(n)` */
function seconds(n: number): Expr {
  return code.static(code.cdk('Duration'), 'seconds', code.num(n));
}

/** `Message.text(…)` / `Message.ssml(…)` */
function message(kind: string, text: string): Expr {
  return code.static(MESSAGE, kind === 'Text' ? 'text' : 'ssml', str(text));
}

/** `new Cls(id)`, or `new Cls(id, { props })` when a prop is set. */
function block(cls: string, id: Expr, props: Array<readonly [string, Expr | undefined]> = []): Expr {
  const fields = props.filter((p) => p[1] !== undefined);
  return fields.length === 0 ? code.new(lib(cls), id) : code.new(lib(cls), id, code.struct(lib(`${cls}Props`), fields));
}

/** A JSON value of the source, with its source ARNs replaced by their references. */
function jsonValue(value: any, refs: Map<string, CodeReference>): Expr {
  if (typeof value === 'string') return refs.get(value)?.value ?? str(value);
  if (Array.isArray(value)) return code.list(value.map((v) => jsonValue(v, refs)));
  if (value !== null && typeof value === 'object') return code.map(Object.entries(value).map(([k, v]) => [k, jsonValue(v, refs)] as const));
  return code.json(value);
}

/** The branch method of typed blocks for each error type. */
const TYPED_ERROR_METHODS: { [errorType: string]: string } = {
  NoMatchingError: 'onError',
  QueueAtCapacity: 'onAtCapacity',
  NoMatchingCondition: 'otherwise',
  InvalidCallbackNumber: 'onInvalidNumber',
  CallbackNumberNotDialable: 'onNotDialable',
  InputTimeLimitExceeded: 'onTimeout',
  InvalidPhoneNumber: 'onInvalidNumber',
};

/** Typed blocks whose NextAction is the mirror of a branch (they have no next()). */
const NO_NEXT = ['TransferContactToQueue', 'Compare', 'Loop', 'CheckHoursOfOperation', 'TransferToFlow', 'GetParticipantInput'];

const CONDITION_FACTORIES: { [op: string]: string } = {
  Equals: 'textEquals',
  TextStartsWith: 'textStartsWith',
  TextEndsWith: 'textEndsWith',
  TextContains: 'textContains',
  NumberGreaterThan: 'numberGreaterThan',
  NumberGreaterOrEqualTo: 'numberGreaterOrEqualTo',
  NumberLessThan: 'numberLessThan',
  NumberLessOrEqualTo: 'numberLessOrEqualTo',
};

/** The `FlowCondition` expression of a source condition, or an error naming the action. */
function conditionExpr(action: any, index: number, condition: any): Expr {
  const op = condition?.Condition?.Operator;
  const operands = condition?.Condition?.Operands;
  const where = `action "${action.Identifier}" (${action.Type}), Transitions.Conditions[${index}]`;
  const factory = CONDITION_FACTORIES[op];
  if (factory === undefined) {
    throw new CodegenError(`${where}: no FlowCondition expresses the operator ${JSON.stringify(op)}${OPERATORS.includes(op) ? '' : ' (not an operator of the flow language)'}`);
  }
  if (!Array.isArray(operands) || operands.length !== 1 || typeof operands[0] !== 'string') {
    throw new CodegenError(`${where}: expected one string operand, got ${JSON.stringify(operands)}`);
  }
  const operand = operands[0];
  if (factory.startsWith('number')) {
    const n = Number(operand);
    if (operand.trim() === '' || String(n) !== operand) {
      throw new CodegenError(`${where}: the operand "${operand}" of ${op} is not written as FlowCondition.${factory}() writes a number`);
    }
    return code.static(lib('FlowCondition'), factory, code.num(n));
  }
  return code.static(lib('FlowCondition'), factory, str(operand));
}

/** The parts of an action's transitions, normalized. */
function transitionsOf(action: any): { next?: string; conditions: any[]; errors: Array<{ ErrorType: string; NextAction: string }> } {
  const t = action.Transitions ?? {};
  return { next: typeof t.NextAction === 'string' ? t.NextAction : undefined, conditions: t.Conditions ?? [], errors: t.Errors ?? [] };
}

/** Whether a reference names a construct of the class a typed block takes (declared from a concrete ARN, or a parameter). */
function usable(ref: CodeReference | undefined, className: string): ref is CodeReference {
  return ref !== undefined && (ref.found.concrete || ref.external) && ref.found.kind.className === className;
}

/**
 * A typed block for the action when one renders exactly these parameters and branches, else
 * undefined (the action becomes a `CustomBlock`).
 */
function typedBlock(action: any, id: Expr, refs: Map<string, CodeReference>): Expr | undefined {
  const p = action.Parameters ?? {};
  const keys = Object.keys(p);
  const t = transitionsOf(action);
  const onlyErrors = (allowed: string[]) => t.errors.every((e) => allowed.includes(e.ErrorType));
  switch (action.Type === 'GetParticipantInput' && p.StoreInput === 'True' ? 'GetParticipantInput:store' : action.Type) {
    case 'DisconnectParticipant':
    case 'EndFlowExecution':
      if (keys.length > 0 || t.next !== undefined || t.conditions.length > 0 || t.errors.length > 0) return undefined;
      return block(action.Type === 'DisconnectParticipant' ? 'Disconnect' : 'EndFlow', id);
    case 'UpdateFlowLoggingBehavior':
      if (keys.length !== 1 || !['Enabled', 'Disabled'].includes(p.FlowLoggingBehavior) || t.conditions.length > 0 || t.errors.length > 0) return undefined;
      return block('SetLogging', id, [['enabled', p.FlowLoggingBehavior === 'Enabled' ? undefined : code.bool(false)]]);
    case 'MessageParticipant': {
      const kind = keys.length === 1 && typeof p[keys[0]] === 'string' && p[keys[0]].length > 0 ? keys[0] : undefined;
      if ((kind !== 'Text' && kind !== 'SSML') || p[kind].length > 6000 || t.conditions.length > 0 || !onlyErrors(['NoMatchingError'])) return undefined;
      return block('PlayPrompt', id, [['message', message(kind, p[kind])]]);
    }
    case 'TransferContactToQueue': {
      const error = t.errors.find((e) => e.ErrorType === 'NoMatchingError');
      if (keys.length > 0 || t.conditions.length > 0 || !onlyErrors(['QueueAtCapacity', 'NoMatchingError']) || !error || t.next !== error.NextAction) return undefined;
      return block('TransferToQueue', id);
    }
    case 'UpdateContactTargetQueue': {
      if (keys.length !== 1 || t.conditions.length > 0 || !onlyErrors(['NoMatchingError'])) return undefined;
      const ref = typeof p.QueueId === 'string' ? refs.get(p.QueueId) : undefined;
      if (usable(ref, 'Queue')) return block('SetWorkingQueue', id, [['queue', code.v(ref.variable)]]);
      const dynamic = keys[0] === 'QueueId' ? 'queueFromValue' : keys[0] === 'AgentId' ? 'agentFromValue' : undefined;
      if (!dynamic || !isJsonPath(p[keys[0]])) return undefined;
      return block('SetWorkingQueue', id, [['target', code.static(lib('FlowTarget'), dynamic, flowValue(p[keys[0]]))]]);
    }
    case 'InvokeLambdaFunction': {
      const ref = typeof p.LambdaFunctionARN === 'string' ? refs.get(p.LambdaFunctionARN) : undefined;
      const n = Number(p.InvocationTimeLimitSeconds);
      const attributes = p.LambdaInvocationAttributes;
      const okAttributes = attributes === undefined || (attributes !== null && typeof attributes === 'object' && !Array.isArray(attributes)
        && Object.keys(attributes).length > 0
        && Object.entries(attributes).every(([k, v]) => typeof v === 'string' && /^[^$.]{1,127}$/.test(k)));
      const known = ['LambdaFunctionARN', 'InvocationTimeLimitSeconds', 'InvocationType', 'LambdaInvocationAttributes', 'ResponseValidation'];
      if (!usable(ref, 'lambda.Function') || !keys.every((k) => known.includes(k))
        || !Number.isInteger(n) || n < 1 || n > 8 || String(n) !== p.InvocationTimeLimitSeconds
        || (p.InvocationType !== undefined && !['SYNCHRONOUS', 'ASYNCHRONOUS'].includes(p.InvocationType))
        || !okAttributes || keys.includes('ResponseValidation') === false
        || Object.keys(p.ResponseValidation ?? {}).join() !== 'ResponseType' || !['STRING_MAP', 'JSON'].includes(p.ResponseValidation.ResponseType)
        || t.conditions.length > 0 || !onlyErrors(['NoMatchingError'])) return undefined;
      return block('InvokeLambda', id, [
        ['lambdaFunction', code.v(ref.variable)],
        ['timeout', seconds(n)],
        ['invocationType', p.InvocationType !== undefined ? code.enum(lib('LambdaInvocationType'), p.InvocationType) : undefined],
        ['parameters', attributes !== undefined ? attributeMap(attributes) : undefined],
        ['responseType', p.ResponseValidation.ResponseType !== 'STRING_MAP' ? code.enum(lib('LambdaResponseType'), p.ResponseValidation.ResponseType) : undefined],
      ]);
    }
    case 'Compare': {
      const fallback = t.errors.find((e) => e.ErrorType === 'NoMatchingCondition');
      if (keys.join() !== 'ComparisonValue' || !isJsonPath(p.ComparisonValue) || !onlyErrors(['NoMatchingCondition']) || !fallback
        || t.next !== fallback.NextAction || t.conditions.length === 0 || !t.conditions.every((c) => printableCondition(c))) return undefined;
      return block('Compare', id, [['value', flowValue(p.ComparisonValue)]]);
    }
    case 'UpdateContactAttributes': {
      const attributes = p.Attributes;
      if (keys.length !== 2 || !['Current', 'Related'].includes(p.TargetContact) || attributes === null || typeof attributes !== 'object'
        || Array.isArray(attributes) || Object.keys(attributes).length === 0
        || !Object.entries(attributes).every(([k, v]) => typeof v === 'string' && /^[^$.]{1,127}$/.test(k))
        || t.conditions.length > 0 || !onlyErrors(['NoMatchingError'])) return undefined;
      return block('SetAttributes', id, [
        ['attributes', attributeMap(attributes)],
        ['targetContact', p.TargetContact === 'Related' ? code.enum(lib('TargetContact'), 'RELATED') : undefined],
      ]);
    }
    case 'UpdateContactCallbackNumber':
      if (keys.join() !== 'CallbackNumber' || !isJsonPath(p.CallbackNumber) || t.conditions.length > 0
        || !onlyErrors(['InvalidCallbackNumber', 'CallbackNumberNotDialable'])) return undefined;
      return block('SetCallbackNumber', id, [['callbackNumber', flowValue(p.CallbackNumber)]]);
    case 'Loop': {
      const n = Number(p.LoopCount);
      const operands = t.conditions.map((c) => (c?.Condition?.Operator === 'Equals' && c.Condition.Operands?.length === 1 ? c.Condition.Operands[0] : undefined));
      const done = t.conditions.find((c) => c?.Condition?.Operands?.[0] === 'DoneLooping');
      if (keys.join() !== 'LoopCount' || !Number.isInteger(n) || n < 0 || n > 100 || String(n) !== p.LoopCount || t.errors.length > 0
        || !operands.every((o) => o === 'ContinueLooping' || o === 'DoneLooping') || new Set(operands).size !== operands.length
        || !done || t.next !== done.NextAction) return undefined;
      return block('Loop', id, [['loopCount', code.num(n)]]);
    }
    case 'CheckHoursOfOperation': {
      const ref = typeof p.HoursOfOperationId === 'string' ? refs.get(p.HoursOfOperationId) : undefined;
      const error = t.errors.find((e) => e.ErrorType === 'NoMatchingError');
      const operands = t.conditions.map((c) => (c?.Condition?.Operator === 'Equals' && c.Condition.Operands?.length === 1 ? c.Condition.Operands[0] : undefined));
      if (!(keys.length === 0 || (keys.join() === 'HoursOfOperationId' && usable(ref, 'HoursOfOperation')))
        || !operands.every((o) => o === 'True' || o === 'False') || new Set(operands).size !== operands.length
        || !onlyErrors(['NoMatchingError']) || !error || t.next !== error.NextAction) return undefined;
      return block('CheckHoursOfOperation', id, [['hoursOfOperation', ref ? code.v(ref.variable) : undefined]]);
    }
    case 'TransferToFlow': {
      const ref = typeof p.ContactFlowId === 'string' ? refs.get(p.ContactFlowId) : undefined;
      const error = t.errors.find((e) => e.ErrorType === 'NoMatchingError');
      const byRef = usable(ref, 'ContactFlow');
      if (keys.join() !== 'ContactFlowId' || !(byRef || isJsonPath(p.ContactFlowId)) || t.conditions.length > 0
        || !onlyErrors(['NoMatchingError']) || !error || t.next !== error.NextAction) return undefined;
      return byRef
        ? block('TransferToFlow', id, [['flow', code.v(ref!.variable)]])
        : block('TransferToFlow', id, [['flowValue', flowValue(p.ContactFlowId)]]);
    }
    case 'GetParticipantInput': {
      const kind = ['Text', 'SSML'].find((k) => typeof p[k] === 'string' && p[k].length > 0 && p[k].length <= 6000);
      const n = Number(p.InputTimeLimitSeconds);
      const digits = t.conditions.map((c) => (c?.Condition?.Operator === 'Equals' && c.Condition.Operands?.length === 1 ? c.Condition.Operands[0] : undefined));
      const errorTo = (type: string) => t.errors.find((e) => e.ErrorType === type)?.NextAction;
      const mirrored = errorTo('NoMatchingError') ?? errorTo('NoMatchingCondition') ?? t.errors[0]?.NextAction;
      if (!kind || keys.length !== 3 || p.StoreInput !== 'False' || !Number.isInteger(n) || n < 1 || n > 180
        || String(n) !== p.InputTimeLimitSeconds || !digits.every((d) => typeof d === 'string' && /^[0-9*#]$/.test(d))
        || new Set(digits).size !== digits.length || !onlyErrors(['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'])
        || mirrored === undefined || t.next !== mirrored) return undefined;
      return block('GetCustomerInput', id, [['prompt', message(kind, p[kind])], ['timeout', seconds(n)]]);
    }
    case 'CreateCallbackContact': {
      const ref = typeof p.QueueId === 'string' ? refs.get(p.QueueId) : undefined;
      const within = (name: string, min?: number) => {
        const range = paramRange(ActionType.CREATE_CALLBACK_CONTACT, name);
        const n = Number(p[name]);
        return Number.isInteger(n) && String(n) === p[name] && n >= Math.max(range.min, min ?? range.min) && n <= range.max;
      };
      if (keys.length !== 4 || !usable(ref, 'Queue') || !within('InitialCallDelaySeconds')
        || !within('MaximumConnectionAttempts', 1) || !within('RetryDelaySeconds') || t.conditions.length > 0 || !onlyErrors(['NoMatchingError'])) return undefined;
      return block('CreateCallback', id, [
        ['queue', code.v(ref.variable)],
        ['initialDelay', seconds(Number(p.InitialCallDelaySeconds))],
        ['maxAttempts', code.num(Number(p.MaximumConnectionAttempts))],
        ['retryDelay', seconds(Number(p.RetryDelaySeconds))],
      ]);
    }
    case 'GetParticipantInput:store': {
      const kind = ['Text', 'SSML'].find((k) => typeof p[k] === 'string' && p[k].length > 0 && p[k].length <= 6000);
      const n = Number(p.InputTimeLimitSeconds);
      const v = p.InputValidation;
      const custom = v?.CustomValidation;
      const max = Number(custom?.MaximumLength);
      const isCustom = v && Object.keys(v).join() === 'CustomValidation' && custom && Object.keys(custom).join() === 'MaximumLength'
        && Number.isInteger(max) && String(max) === custom.MaximumLength && max >= 1 && max <= 20;
      const isE164 = v && Object.keys(v).join() === 'PhoneNumberValidation' && JSON.stringify(v.PhoneNumberValidation) === '{"NumberFormat":"E164"}';
      const local = v && Object.keys(v).join() === 'PhoneNumberValidation' && v.PhoneNumberValidation?.NumberFormat === 'Local'
        && Object.keys(v.PhoneNumberValidation).length === 2 && /^[A-Z]{2}$/.test(v.PhoneNumberValidation.CountryCode ?? '')
        ? v.PhoneNumberValidation.CountryCode as string : undefined;
      const phone = isE164 || local !== undefined;
      const dtmf = p.DTMFConfiguration;
      const dtmfKeys = dtmf && typeof dtmf === 'object' ? Object.keys(dtmf) : [];
      const okDtmf = dtmf === undefined || (dtmfKeys.length > 0 && dtmfKeys.every((k) => ['InputTerminationSequence', 'DisableCancelKey'].includes(k))
        && (dtmf.InputTerminationSequence === undefined || /^[0-9*#]{1,5}$/.test(dtmf.InputTerminationSequence))
        && (dtmf.DisableCancelKey === undefined || ['True', 'False'].includes(dtmf.DisableCancelKey)));
      const known = [kind, 'StoreInput', 'InputTimeLimitSeconds', 'InputValidation', 'DTMFConfiguration'];
      if (!kind || !keys.every((k) => known.includes(k)) || !Number.isInteger(n) || n < 1 || n > 180
        || String(n) !== p.InputTimeLimitSeconds || !(isCustom || phone) || !okDtmf || t.conditions.length > 0
        || !onlyErrors(phone ? ['NoMatchingError', 'InvalidPhoneNumber'] : ['NoMatchingError'])) return undefined;
      const format = lib('PhoneNumberFormat');
      return block('StoreCustomerInput', id, [
        ['prompt', message(kind, p[kind])],
        ['timeout', seconds(n)],
        ['phoneNumberFormat', phone ? code.enum(format, local !== undefined ? 'LOCAL' : 'E164') : undefined],
        ['countryCode', local !== undefined ? str(local) : undefined],
        ['maxDigits', phone ? undefined : code.num(max)],
        ['terminationSequence', dtmf?.InputTerminationSequence !== undefined ? str(dtmf.InputTerminationSequence) : undefined],
        ['disableCancelKey', dtmf?.DisableCancelKey !== undefined ? code.bool(dtmf.DisableCancelKey === 'True') : undefined],
      ]);
    }
    case 'UpdateContactTextToSpeechVoice':
      if (keys.join() !== 'TextToSpeechVoice' || typeof p.TextToSpeechVoice !== 'string' || !/^[A-Za-z-]{1,50}$/.test(p.TextToSpeechVoice)
        || t.conditions.length > 0 || !onlyErrors(['NoMatchingError'])) return undefined;
      return block('SetVoice', id, [['voice', str(p.TextToSpeechVoice)]]);
    default:
      return undefined;
  }
}

/** A map of attribute names to `FlowValue`s. */
function attributeMap(attributes: { [k: string]: string }): Expr {
  return code.map(Object.entries(attributes).map(([k, v]) => [k, flowValue(v)] as const));
}

/**
 * Closed sub-graphs (a first action and everything it reaches, entered only through that first
 * action) of at least two actions that occur more than once with the same types, parameters and
 * branches: each group lists its occurrences, as the source identifiers in walking order.
 */
function repeatedParts(order: any[]): string[][][] {
  const byId = new Map<string, any>(order.map((a) => [a.Identifier, a]));
  const preds = new Map<string, Set<string>>();
  for (const a of order) for (const t of successorIds(a)) (preds.get(t) ?? preds.set(t, new Set()).get(t)!).add(a.Identifier);
  const walk = (start: string): string[] => {
    const seen: string[] = [];
    const queue = [start];
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (seen.includes(id)) continue;
      seen.push(id);
      queue.push(...successorIds(byId.get(id)));
    }
    return seen;
  };
  const groups = new Map<string, string[][]>();
  for (const a of order.slice(1)) {
    const reach = walk(a.Identifier);
    if (reach.length < 2) continue;
    const inside = new Set(reach);
    const closed = reach.every((id, i) => [...(preds.get(id) ?? [])].every((p) => (i === 0 ? !inside.has(p) : inside.has(p))));
    if (!closed) continue;
    const index = new Map(reach.map((id, i) => [id, i]));
    const form = JSON.stringify(reach.map((id) => {
      const x = byId.get(id);
      const t = transitionsOf(x);
      return [x.Type, canonicalJson(x.Parameters ?? {}), t.next === undefined ? null : index.get(t.next),
        t.conditions.map((c) => [c.Condition, index.get(c.NextAction)]), t.errors.map((e) => [e.ErrorType, index.get(e.NextAction)])];
    }));
    (groups.get(form) ?? groups.set(form, []).get(form)!).push(reach);
  }
  const taken = new Set<string>();
  const out: string[][][] = [];
  for (const members of [...groups.values()].sort((x, y) => y[0].length - x[0].length)) {
    const free = members.filter((m) => m.every((id) => !taken.has(id)));
    if (free.length < 2) continue;
    free.forEach((m) => m.forEach((id) => taken.add(id)));
    out.push(free);
  }
  return out;
}

function canonicalJson(v: any): string {
  const sort = (x: any): any => (Array.isArray(x) ? x.map(sort) : x !== null && typeof x === 'object'
    ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sort(x[k])])) : x);
  return JSON.stringify(sort(v));
}


/** Where a branch goes: the block, or the fragment instance that starts with it. */
function targetOf(b: ModelBlock): Expr {
  return code.v(b.outside ?? b.variable);
}

/**
 * The `next()` connections as chains: `a.next(b).next(c);` runs on through each block that only
 * its predecessor's `next()` reaches.
 */
function chains(blocks: ModelBlock[]): Stmt[] {
  const inbound = new Map<ModelBlock, number>();
  const bump = (b: ModelBlock) => inbound.set(b, (inbound.get(b) ?? 0) + 1);
  bump(blocks[0]);
  const listed = new Set(blocks);
  for (const b of blocks) {
    if (b.next) bump(b.next);
    // A branch to a fragment instance is no entry into the block itself.
    for (const branch of b.branches) if (branch.target.outside === undefined && listed.has(branch.target)) bump(branch.target);
  }
  const continues = (b: ModelBlock) => inbound.get(b) === 1;
  const inChain = new Set<ModelBlock>();
  const out: Stmt[] = [];
  for (const b of blocks) {
    if (!b.next || inChain.has(b)) continue;
    // Start at the head: a block that is not itself the single-entry next of a chain.
    const isContinuation = blocks.some((x) => x.next === b) && continues(b);
    if (isContinuation) continue;
    let chain = code.v(b.variable);
    inChain.add(b);
    let at: ModelBlock = b;
    while (at.next) {
      const next: ModelBlock = at.next;
      chain = code.method(chain, 'next', targetOf(next));
      if (!continues(next) || inChain.has(next)) break;
      inChain.add(next);
      at = next;
    }
    out.push({ k: 'expr', value: chain });
  }
  // Cycles made only of next() links: connect what is left one by one.
  for (const b of blocks) if (b.next && !inChain.has(b)) out.push({ k: 'expr', value: code.method(code.v(b.variable), 'next', targetOf(b.next)) });
  return out;
}

/** The statements of a block's other branches: `block.onError(target);`… */
function branchStatements(blocks: ModelBlock[]): Stmt[] {
  return blocks.flatMap((b) => b.branches.map((br): Stmt => ({ k: 'expr', value: code.method(code.v(b.variable), br.method, ...br.args, targetOf(br.target)) })));
}

/** A JSONPath reference as a whole value (`$.Attributes.x`). */
function isJsonPath(value: unknown): value is string {
  return typeof value === 'string' && /^\$\.[A-Za-z0-9_.\[\]'"-]+$/.test(value);
}

/** Whether a source condition can be written with a `FlowCondition` factory. */
function printableCondition(condition: any): boolean {
  try {
    conditionExpr({ Identifier: '', Type: '' }, 0, condition);
    return true;
  } catch {
    return false;
  }
}

/** A `FlowValue` for a parameter value: an attribute or external reference, else text (with references inline). */
function flowValue(value: string): Expr {
  if (!value.includes('$.')) return code.static(FLOW_VALUE, 'literal', str(value));
  if (value === '$.StoredCustomerInput') return code.static(FLOW_VALUE, 'storedInput');
  const attribute = /^\$\.Attributes\.([A-Za-z0-9_-]{1,127})$/.exec(value);
  if (attribute) return code.static(FLOW_VALUE, 'attribute', str(attribute[1]));
  const external = /^\$\.External\.([A-Za-z0-9_-]{1,127})$/.exec(value);
  if (external) return code.static(FLOW_VALUE, 'external', str(external[1]));
  return code.static(FLOW_VALUE, 'text', str(value));
}

/** The code name of the class that imports a kind of resource (`lambda.Function` from aws-cdk-lib). */
function classOf(found: FoundArn): CodeName {
  return found.kind.module === 'aws-cdk-lib'
    ? { library: CodeLibrary.LAMBDA, name: found.kind.className.replace(/^lambda\./, '') }
    : lib(found.kind.className);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The `externalReferences` option, checked: each name a free identifier, once. */
function checkExternals(externals: { readonly [arn: string]: ExternalReference }): void {
  const names = new Set<string>();
  for (const [arn, ext] of Object.entries(externals)) {
    const name = ext?.name;
    if (typeof name !== 'string' || !IDENTIFIER.test(name) || RESERVED_WORDS.has(name) || name === 'scope' || name === 'prefix') {
      throw new CodegenError(`externalReferences["${arn}"].name ${JSON.stringify(name)} is not a free identifier (letters, digits and "_"; not a reserved word, "scope" or "prefix")`);
    }
    if (names.has(name)) throw new CodegenError(`externalReferences: the name "${name}" is given to more than one ARN`);
    if (typeof ext.type?.name !== 'string' || !IDENTIFIER.test(ext.type.name)) {
      throw new CodegenError(`externalReferences["${arn}"].type must name a type (e.g. code.lib('IQueue'))`);
    }
    names.add(name);
  }
}

/**
 * Generate the module of a flow. Throws a `CodegenError` naming the action for what the builder
 * cannot express (an unknown action type without `allowUnknownActions`, a condition no
 * `FlowCondition` writes).
 */
export function generateFlowCode(document: any, options: CodegenOptions = {}): CodegenResult {
  const doc = parseFlowDocument(document, options.source ?? 'flow');
  const file = options.source ?? 'flow';
  const language = options.language ?? 'typescript';
  if (!CODEGEN_LANGUAGES.includes(language)) throw new CodegenError(`language "${language}" is not one of ${CODEGEN_LANGUAGES.join(', ')}`);
  const functionName = options.functionName ?? 'buildFlow';
  if (!IDENTIFIER.test(functionName) || RESERVED_WORDS.has(functionName)) throw new CodegenError(`functionName "${functionName}" is not an identifier`);
  const externals = options.externalReferences ?? {};
  checkExternals(externals);
  const { order, unreachable } = reachableActions(doc, file);
  const isModule = options.flowType === 'MODULE' || (doc.Settings !== undefined && options.flowType === undefined);

  // Check types first: an unknown type is named with its identifier.
  const warnings: string[] = [];
  const unknownTypes = new Set<any>();
  for (const a of order) {
    if (specOf(a.Type)) continue;
    const right = typeof a.Type === 'string' ? suggestActionType(a.Type) : undefined;
    const what = `"${file}": action "${a.Identifier}" has the type ${JSON.stringify(a.Type)}, which is no action type of the flow language`;
    if (right !== undefined || !options.allowUnknownActions || typeof a.Type !== 'string' || !IDENTIFIER.test(a.Type)) {
      throw new CodegenError(what + (right ? ` (the service takes "${right}")`
        : options.allowUnknownActions ? ' (an action type is letters, digits and "_")'
          : ' (if it is newer than this library, generate with --allow-unknown-actions: it becomes a CustomBlock)'));
    }
    unknownTypes.add(a);
    warnings.push(`${what} this library knows: kept as a CustomBlock with its parameters and branches as written`);
  }

  const names = resourceNames(doc);
  // References: each source ARN once, named after its kind and resource; the external ones are parameters.
  const refs = new Map<string, CodeReference>();
  const variables = new Variables();
  for (const e of Object.values(externals)) {
    if (!variables.take(e.name)) {
      throw new CodegenError(`externalReferences: the name "${e.name}" is taken in Python (${pythonName(e.name)}) by another name or a name the generated code uses`);
    }
  }
  for (const [arn, ext] of Object.entries(externals)) {
    const found = classifyArn(arn);
    if (!found) continue;
    const value = code.prop(code.v(ext.name), found.kind.arnProperty);
    refs.set(arn, { variable: ext.name, arn, found, expression: tsExpr(value), value, external: true });
  }
  const declared: CodeReference[] = [];
  for (const a of order) {
    for (const { found } of findArns(a.Parameters ?? {}, '')) {
      if (refs.has(found.arn)) continue;
      const name = names.get(found.arn);
      const suffix = KIND_WORDS[found.kind.label] ?? 'Ref';
      const base = name !== undefined && words(name, 4)
        ? camel(`${words(name, 4)}${words(name, 4).endsWith(suffix) ? '' : suffix}`)
        : camel(`${found.kind.label} ${words(found.resourceId.replace(/\$\{[A-Z]:([^:}]*):[A-Z]\}/g, '$1'), 3) || 'Ref'}`);
      const variable = variables.unique(found.concrete ? base : `${base}Arn`, 60);
      const value = found.concrete ? code.prop(code.v(variable), found.kind.arnProperty) : code.v(variable);
      const ref: CodeReference = { variable, arn: found.arn, found, expression: tsExpr(value), value, external: false };
      refs.set(found.arn, ref);
      declared.push(ref);
    }
  }
  const usedRefs = new Set<CodeReference>();
  for (const a of order) for (const { found } of findArns(a.Parameters ?? {}, '')) usedRefs.add(refs.get(found.arn)!);

  // Blocks: readable, unique IDs.
  const ids = new Set<string>();
  const blocks: ModelBlock[] = order.map((a) => {
    const name = Object.prototype.hasOwnProperty.call(BLOCK_NAMES, a.Type) ? BLOCK_NAMES[a.Type] : a.Type;
    const text = words(describe(a, names), 4);
    const id = uniqueName(`${name}${text ? `-${text}` : ''}`.slice(0, 50), ids, 50);
    let variable = camel(id);
    if (RESERVED_WORDS.has(variable)) variable = `${variable}Block`;
    variable = variables.unique(variable, 80);
    return { sourceId: a.Identifier, id, variable, action: a, branches: [], typed: false };
  });
  const byId = new Map(blocks.map((b) => [b.sourceId, b]));

  // Repeated parts: the same closed sub-graph (types, parameters and branches) more than once
  // becomes a FlowFragment class placed once per occurrence.
  const parts = repeatedParts(order);
  const inFragment = new Set<ModelBlock>();
  const hidden = new Set<ModelBlock>();
  const fragments: Array<{ className: string; template: ModelBlock[]; instances: Array<{ variable: string; prefix: string }> }> = [];
  const classNames = new Set<string>();
  parts.forEach((members) => {
    const template = members[0].map((id) => byId.get(id)!);
    const head = template[0];
    const className = uniqueName(`Repeated${head.id.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 60), classNames, 60);
    const instances = members.map((m, i) => {
      const prefix = `${head.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 16)}${i + 1}-`;
      const variable = variables.unique(`${camel(head.id)}Part${i + 1}`, 80);
      byId.get(m[0])!.outside = variable;
      if (i > 0) m.forEach((id) => hidden.add(byId.get(id)!));
      return { variable, prefix };
    });
    template.forEach((b) => inFragment.add(b));
    fragments.push({ className, template, instances });
  });
  // Inside a fragment, IDs are the prefix and a name of at most 30 characters.
  for (const b of inFragment) (b as { id: string }).id = b.id.slice(0, 30);

  for (const b of blocks) {
    const a = b.action;
    const t = transitionsOf(a);
    const id = inFragment.has(b) ? code.protectedMethod(code.self(), 'blockId', str(b.id)) : str(b.id);
    const typed = unknownTypes.has(a) ? undefined : typedBlock(a, id, refs);
    const target = (sourceId: string) => byId.get(sourceId)!;
    if (typed) {
      b.typed = true;
      b.declaration = typed;
      const stores = a.Type === 'GetParticipantInput' && a.Parameters?.StoreInput === 'True';
      if (t.next !== undefined && (!NO_NEXT.includes(a.Type) || stores)) b.next = byId.get(t.next);
      t.conditions.forEach((c, i) => {
        const operand = c.Condition.Operands[0];
        if (a.Type === 'Loop') {
          b.branches.push({ method: operand === 'DoneLooping' ? 'onDone' : 'onContinue', args: [], target: target(c.NextAction) });
        } else if (a.Type === 'GetParticipantInput') {
          b.branches.push({ method: 'onDigit', args: [str(operand)], target: target(c.NextAction) });
        } else if (a.Type === 'CheckHoursOfOperation') {
          b.branches.push({ method: operand === 'True' ? 'onInHours' : 'onOutOfHours', args: [], target: target(c.NextAction) });
        } else {
          b.branches.push({ method: 'when', args: [conditionExpr(a, i, c)], target: target(c.NextAction) });
        }
      });
      // Typed blocks render their error branches in their own order (the round trip matches them by type).
      for (const e of t.errors) {
        const method = a.Type === 'GetParticipantInput' && e.ErrorType === 'NoMatchingCondition' ? 'onNoMatch' : TYPED_ERROR_METHODS[e.ErrorType] ?? 'onError';
        b.branches.push({ method, args: [], target: target(e.NextAction) });
      }
      continue;
    }
    const params = a.Parameters ?? {};
    if (params === null || typeof params !== 'object' || Array.isArray(params)) {
      throw new CodegenError(`"${file}": action "${a.Identifier}" (${a.Type}): Parameters must be an object`);
    }
    const unknown = unknownTypes.has(a);
    b.declaration = block('CustomBlock', id, [
      ['actionType', str(a.Type)],
      ['parameters', Object.keys(params).length === 0 ? undefined : jsonValue(params, refs)],
      ['allowUnknownActionType', unknown ? code.bool(true) : undefined],
    ]);
    if (unknown) {
      b.comment = [`${a.Type} is no action type this library knows: the validator reports it unless the app sets the context`,
        'cdk-contact-center:allowUnknownActions to true.'];
    }
    const spec = specOf(a.Type);
    if (t.next !== undefined && spec?.exit !== Exit.TERMINAL) b.next = byId.get(t.next);
    t.conditions.forEach((c, i) => b.branches.push({ method: 'onCondition', args: [conditionExpr(a, i, c)], target: target(c.NextAction) }));
    const allowed = spec ? errorRules(spec, params).allowed : undefined;
    for (const e of t.errors) {
      if (allowed && !allowed.includes(e.ErrorType)) {
        throw new CodegenError(`"${file}": action "${a.Identifier}" (${a.Type}) has the error branch "${e.ErrorType}", which ${a.Type} does not raise`
          + ` (it raises ${allowed.length > 0 ? allowed.join(', ') : 'no errors'})`);
      }
      if (!allowed && (typeof e.ErrorType !== 'string' || e.ErrorType === '')) {
        throw new CodegenError(`"${file}": action "${a.Identifier}" (${a.Type}) has an error branch without an ErrorType`);
      }
      b.branches.push(e.ErrorType === 'NoMatchingError'
        ? { method: 'onError', args: [], target: target(e.NextAction) }
        : { method: 'onErrorType', args: [str(e.ErrorType)], target: target(e.NextAction) });
    }
  }

  const declare = (b: ModelBlock): Stmt[] => [
    ...(b.comment ? [{ k: 'comment', lines: b.comment } as Stmt] : []),
    { k: 'const', name: b.variable, value: b.declaration! },
  ];
  const body: Stmt[] = [];
  if (declared.length > 0) {
    body.push({ k: 'comment', lines: ['Resources of the source instance: swap them for your constructs.'] });
    for (const r of declared) {
      const k = r.found.kind;
      if (!r.found.concrete) {
        body.push({ k: 'const', name: r.variable, value: str(r.arn), comment: `a ${k.label} ARN with placeholders` });
      } else {
        const constructId = r.variable[0].toUpperCase() + r.variable.slice(1);
        const args = k.scoped ? [code.v('scope'), str(constructId), str(r.arn)] : [str(r.arn)];
        body.push({ k: 'const', name: r.variable, value: code.static(classOf(r.found), k.method, ...args) });
      }
    }
    body.push({ k: 'blank' });
  }
  const flowBlock = lib('FlowBlock');
  for (const f of fragments) {
    body.push({
      k: 'class',
      name: f.className,
      base: lib('FlowFragment'),
      doc: [`A part of the flow that appears ${f.instances.length} times in the source (its block IDs carry the prefix).`],
      params: [{ name: 'prefix', type: { k: 'string' } }],
      superArgs: [code.v('prefix')],
      fields: [
        { name: 'startBlock', type: code.named(flowBlock) },
        { name: 'endBlocks', type: { k: 'list', of: code.named(flowBlock) }, value: code.list([]) },
      ],
      body: [
        ...f.template.flatMap(declare),
        ...chains(f.template),
        ...branchStatements(f.template),
        { k: 'assign', name: 'startBlock', value: code.v(f.template[0].variable) },
      ],
    });
    for (const inst of f.instances) body.push({ k: 'const', name: inst.variable, value: code.new({ library: CodeLibrary.THIS_MODULE, name: f.className }, str(inst.prefix)) });
    body.push({ k: 'blank' });
  }
  const top = blocks.filter((b) => !inFragment.has(b) && !hidden.has(b));
  body.push(...top.flatMap(declare));
  const connections = [...chains(top), ...branchStatements(top)];
  if (connections.length > 0) body.push({ k: 'blank' }, ...connections);
  body.push({ k: 'blank' });
  body.push({ k: 'return', value: code.static(lib('FlowDefinition'), 'startWith', targetOf(blocks[0])) });

  // A scope without declared references is unused: named so that noUnusedParameters accepts it.
  const scopeUsed = declared.some((r) => r.found.concrete && r.found.kind.scoped);
  const params: CodeParam[] = [
    { name: 'scope', type: code.named({ library: CodeLibrary.CONSTRUCTS, name: 'Construct' }), unused: !scopeUsed },
    ...Object.entries(externals).map(([arn, ext]): CodeParam => {
      const ref = refs.get(arn);
      return { name: ext.name, type: code.named(ext.type), unused: ref === undefined || !usedRefs.has(ref) };
    }),
  ];
  // With external references the function takes the constructs too: `(this, …)`.
  const more = Object.keys(options.externalReferences ?? {}).length > 0 ? ', …' : '';
  const call = language === 'python'
    ? `FlowContent.from_definition(${pythonName(functionName)}(self${more}))` : `FlowContent.fromDefinition(${functionName}(this${more}))`;
  const refCount = declared.length + [...usedRefs].filter((r) => r.external).length;
  const header = [`Generated by \`cdk-contact-center codegen\`${options.source ? ` from ${options.source}` : ''}.`,
    `${isModule ? 'A flow module' : `A flow${options.flowType ? ` of type ${options.flowType}` : ''}`}: `
    + `${blocks.length} block${blocks.length === 1 ? '' : 's'}, ${refCount} reference${refCount === 1 ? '' : 's'} to resources of the source instance.`];
  if (unreachable.length > 0) header.push(`Left out, unreachable from the start: ${unreachable.map((u) => JSON.stringify(u)).join(', ')}.`);
  const module: CodeModule = {
    header,
    body: [{
      k: 'function',
      name: functionName,
      exported: true,
      params,
      returns: code.named(lib('FlowDefinition')),
      doc: [`Builds the ${isModule ? 'flow module' : 'flow'}. Use it as \`${call}\`${isModule ? ' in a `ContactFlowModule`' : ' in a `ContactFlow`'}.`],
      body,
    }],
  };

  const blockIds: { [sourceId: string]: string } = {};
  for (const b of blocks) blockIds[b.sourceId] = b.id;
  return {
    code: language === 'python' ? printPython(module) : printTypeScript(module),
    language,
    module,
    unreachable,
    blockIds,
    references: [...refs.values()].filter((r) => !r.external || usedRefs.has(r)),
    typedBlocks: blocks.filter((b) => b.typed).length,
    customBlocks: blocks.filter((b) => !b.typed).length,
    isModule,
    warnings,
  };
}
