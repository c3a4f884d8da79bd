/**
 * Flow → code: a flow-language document becomes a TypeScript module that builds the same flow
 * with the typed flow builder (`cdk-contact-center codegen`).
 *
 * The generator first builds a model of the flow (blocks with readable IDs, their parameters with
 * source ARNs replaced by references, their branches) and then prints it. Only the package's public
 * API is used by the printed code.
 */
import { FoundArn, findArns, resourceNames } from './references';
import { ActionType, Exit, OPERATORS, errorRules, isLegacyExport, paramRange, specOf, suggestActionType } from '../language';

/** An input the generator cannot turn into code: the message names the file's action and why. */
export class CodegenError extends Error {}

/** Options of the generator. */
export interface CodegenOptions {
  /** The flow type (`CONTACT_FLOW`, `AGENT_WHISPER`…) or `MODULE`, for the module's comment. */
  readonly flowType?: string;
  /** Where the flow comes from, for the module's comment. */
  readonly source?: string;
}

/** A reference to a resource of the source instance, declared at the top of the module. */
export interface CodeReference {
  readonly variable: string;
  readonly arn: string;
  readonly found: FoundArn;
  /** The expression that gives the ARN back in parameters. */
  readonly expression: string;
}

/** A block of the model. */
interface ModelBlock {
  readonly sourceId: string;
  readonly id: string;
  readonly variable: string;
  readonly action: any;
  /** `new X(...)`; set when printed. */
  declaration: string;
  /** The block `next()` connects, if any. */
  next?: ModelBlock;
  /** For the first block of a repeated part: the fragment instance the rest of the flow goes to. */
  outside?: string;
  /** One statement per other branch. */
  branches: string[];
  typed: boolean;
}

/** What the generator produced. */
export interface CodegenResult {
  /** The TypeScript module. */
  readonly code: string;
  /** Source identifiers of actions not reachable from `StartAction`, left out. */
  readonly unreachable: string[];
  /** The block ID given to each source identifier. */
  readonly blockIds: { [sourceId: string]: string };
  /** The references declared at the top. */
  readonly references: CodeReference[];
  /** How many blocks are typed blocks, and how many `CustomBlock`s. */
  readonly typedBlocks: number;
  readonly customBlocks: number;
  /** Whether the flow is a module (has a top-level `Settings` block or `--type MODULE`). */
  readonly module: boolean;
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
  + 'implements interface package private protected public await scope constructor').split(' '));

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

function uniqueName(base: string, taken: Set<string>, max: number): string {
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

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
    .replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'))}'`;
}

function printKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : quote(key);
}

/** A JSON value as a TypeScript literal, with source ARNs replaced by their references. */
function printValue(value: any, refs: Map<string, CodeReference>, indent: string): string {
  if (typeof value === 'string') return refs.get(value)?.expression ?? quote(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${printValue(v, refs, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${printKey(k)}: ${printValue(v, refs, inner)},`).join('\n')}\n${indent}}`;
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
function printCondition(action: any, index: number, condition: any): string {
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
    return `FlowCondition.${factory}(${operand})`;
  }
  return `FlowCondition.${factory}(${quote(operand)})`;
}

/** The parts of an action's transitions, normalized. */
function transitionsOf(action: any): { next?: string; conditions: any[]; errors: Array<{ ErrorType: string; NextAction: string }> } {
  const t = action.Transitions ?? {};
  return { next: typeof t.NextAction === 'string' ? t.NextAction : undefined, conditions: t.Conditions ?? [], errors: t.Errors ?? [] };
}

/**
 * A typed block for the action when one renders exactly these parameters and branches:
 * `[declaration, class names it needs]`, else undefined (the action becomes a `CustomBlock`).
 */
function typedBlock(action: any, idExpr: string, refs: Map<string, CodeReference>): { declaration: string; imports: string[] } | undefined {
  const p = action.Parameters ?? {};
  const keys = Object.keys(p);
  const t = transitionsOf(action);
  const onlyErrors = (allowed: string[]) => t.errors.every((e) => allowed.includes(e.ErrorType));
  switch (action.Type === 'GetParticipantInput' && p.StoreInput === 'True' ? 'GetParticipantInput:store' : action.Type) {
    case 'DisconnectParticipant':
    case 'EndFlowExecution':
      if (keys.length > 0 || t.next !== undefined || t.conditions.length > 0 || t.errors.length > 0) return undefined;
      return action.Type === 'DisconnectParticipant'
        ? { declaration: `new Disconnect(${idExpr})`, imports: ['Disconnect'] }
        : { declaration: `new EndFlow(${idExpr})`, imports: ['EndFlow'] };
    case 'UpdateFlowLoggingBehavior':
      if (keys.length !== 1 || !['Enabled', 'Disabled'].includes(p.FlowLoggingBehavior) || t.conditions.length > 0 || t.errors.length > 0) return undefined;
      return {
        declaration: p.FlowLoggingBehavior === 'Enabled' ? `new SetLogging(${idExpr})` : `new SetLogging(${idExpr}, { enabled: false })`,
        imports: ['SetLogging'],
      };
    case 'MessageParticipant': {
      const kind = keys.length === 1 && typeof p[keys[0]] === 'string' && p[keys[0]].length > 0 ? keys[0] : undefined;
      if ((kind !== 'Text' && kind !== 'SSML') || p[kind].length > 6000 || t.conditions.length > 0 || !onlyErrors(['NoMatchingError'])) return undefined;
      const message = kind === 'Text' ? `Message.text(${quote(p.Text)})` : `Message.ssml(${quote(p.SSML)})`;
      return { declaration: `new PlayPrompt(${idExpr}, { message: ${message} })`, imports: ['PlayPrompt', 'Message'] };
    }
    case 'TransferContactToQueue': {
      const error = t.errors.find((e) => e.ErrorType === 'NoMatchingError');
      if (keys.length > 0 || t.conditions.length > 0 || !onlyErrors(['QueueAtCapacity', 'NoMatchingError']) || !error || t.next !== error.NextAction) return undefined;
      return { declaration: `new TransferToQueue(${idExpr})`, imports: ['TransferToQueue'] };
    }
    case 'UpdateContactTargetQueue': {
      if (keys.length !== 1 || t.conditions.length > 0 || !onlyErrors(['NoMatchingError'])) return undefined;
      const ref = typeof p.QueueId === 'string' ? refs.get(p.QueueId) : undefined;
      if (ref && ref.found.concrete && ref.found.kind.className === 'Queue') {
        return { declaration: `new SetWorkingQueue(${idExpr}, { queue: ${ref.variable} })`, imports: ['SetWorkingQueue'] };
      }
      const dynamic = keys[0] === 'QueueId' ? 'queueFromValue' : keys[0] === 'AgentId' ? 'agentFromValue' : undefined;
      if (!dynamic || !isJsonPath(p[keys[0]])) return undefined;
      return {
        declaration: `new SetWorkingQueue(${idExpr}, { target: FlowTarget.${dynamic}(${flowValue(p[keys[0]])}) })`,
        imports: ['SetWorkingQueue', 'FlowTarget', 'FlowValue'],
      };
    }
    case 'InvokeLambdaFunction': {
      const ref = typeof p.LambdaFunctionARN === 'string' ? refs.get(p.LambdaFunctionARN) : undefined;
      const seconds = Number(p.InvocationTimeLimitSeconds);
      const attributes = p.LambdaInvocationAttributes;
      const okAttributes = attributes === undefined || (attributes !== null && typeof attributes === 'object' && !Array.isArray(attributes)
        && Object.keys(attributes).length > 0
        && Object.entries(attributes).every(([k, v]) => typeof v === 'string' && /^[^$.]{1,127}$/.test(k)));
      const known = ['LambdaFunctionARN', 'InvocationTimeLimitSeconds', 'InvocationType', 'LambdaInvocationAttributes', 'ResponseValidation'];
      if (!ref || !ref.found.concrete || ref.found.kind.className !== 'lambda.Function' || !keys.every((k) => known.includes(k))
        || !Number.isInteger(seconds) || seconds < 1 || seconds > 8 || String(seconds) !== p.InvocationTimeLimitSeconds
        || (p.InvocationType !== undefined && !['SYNCHRONOUS', 'ASYNCHRONOUS'].includes(p.InvocationType))
        || !okAttributes || keys.includes('ResponseValidation') === false
        || Object.keys(p.ResponseValidation ?? {}).join() !== 'ResponseType' || !['STRING_MAP', 'JSON'].includes(p.ResponseValidation.ResponseType)
        || t.conditions.length > 0 || !onlyErrors(['NoMatchingError'])) return undefined;
      const props = [`lambdaFunction: ${ref.variable}`, `timeout: Duration.seconds(${seconds})`];
      const imports = ['InvokeLambda', 'Duration'];
      if (p.InvocationType !== undefined) {
        props.push(`invocationType: LambdaInvocationType.${p.InvocationType}`);
        imports.push('LambdaInvocationType');
      }
      if (attributes !== undefined) {
        imports.push('FlowValue');
        const entries = Object.entries(attributes as { [k: string]: string }).map(([k, v]) => `${printKey(k)}: ${flowValue(v)}`);
        props.push(`parameters: { ${entries.join(', ')} }`);
      }
      if (p.ResponseValidation.ResponseType !== 'STRING_MAP') {
        props.push(`responseType: LambdaResponseType.${p.ResponseValidation.ResponseType}`);
        imports.push('LambdaResponseType');
      }
      return { declaration: `new InvokeLambda(${idExpr}, { ${props.join(', ')} })`, imports };
    }
    case 'Compare': {
      const fallback = t.errors.find((e) => e.ErrorType === 'NoMatchingCondition');
      if (keys.join() !== 'ComparisonValue' || !isJsonPath(p.ComparisonValue) || !onlyErrors(['NoMatchingCondition']) || !fallback
        || t.next !== fallback.NextAction || t.conditions.length === 0 || !t.conditions.every((c) => printableCondition(c))) return undefined;
      return { declaration: `new Compare(${idExpr}, { value: ${flowValue(p.ComparisonValue)} })`, imports: ['Compare', 'FlowValue'] };
    }
    case 'UpdateContactAttributes': {
      const attributes = p.Attributes;
      if (keys.length !== 2 || !['Current', 'Related'].includes(p.TargetContact) || attributes === null || typeof attributes !== 'object'
        || Array.isArray(attributes) || Object.keys(attributes).length === 0
        || !Object.entries(attributes).every(([k, v]) => typeof v === 'string' && /^[^$.]{1,127}$/.test(k))
        || t.conditions.length > 0 || !onlyErrors(['NoMatchingError'])) return undefined;
      const entries = Object.entries(attributes as { [k: string]: string }).map(([k, v]) => `${printKey(k)}: ${flowValue(v)}`);
      const target = p.TargetContact === 'Related' ? ', targetContact: TargetContact.RELATED' : '';
      return {
        declaration: `new SetAttributes(${idExpr}, { attributes: { ${entries.join(', ')} }${target} })`,
        imports: ['SetAttributes', 'FlowValue', ...(target ? ['TargetContact'] : [])],
      };
    }
    case 'UpdateContactCallbackNumber':
      if (keys.join() !== 'CallbackNumber' || !isJsonPath(p.CallbackNumber) || t.conditions.length > 0
        || !onlyErrors(['InvalidCallbackNumber', 'CallbackNumberNotDialable'])) return undefined;
      return { declaration: `new SetCallbackNumber(${idExpr}, { callbackNumber: ${flowValue(p.CallbackNumber)} })`, imports: ['SetCallbackNumber', 'FlowValue'] };
    case 'Loop': {
      const n = Number(p.LoopCount);
      const operands = t.conditions.map((c) => (c?.Condition?.Operator === 'Equals' && c.Condition.Operands?.length === 1 ? c.Condition.Operands[0] : undefined));
      const done = t.conditions.find((c) => c?.Condition?.Operands?.[0] === 'DoneLooping');
      if (keys.join() !== 'LoopCount' || !Number.isInteger(n) || n < 0 || n > 100 || String(n) !== p.LoopCount || t.errors.length > 0
        || !operands.every((o) => o === 'ContinueLooping' || o === 'DoneLooping') || new Set(operands).size !== operands.length
        || !done || t.next !== done.NextAction) return undefined;
      return { declaration: `new Loop(${idExpr}, { loopCount: ${n} })`, imports: ['Loop'] };
    }
    case 'CheckHoursOfOperation': {
      const ref = typeof p.HoursOfOperationId === 'string' ? refs.get(p.HoursOfOperationId) : undefined;
      const error = t.errors.find((e) => e.ErrorType === 'NoMatchingError');
      const operands = t.conditions.map((c) => (c?.Condition?.Operator === 'Equals' && c.Condition.Operands?.length === 1 ? c.Condition.Operands[0] : undefined));
      if (!(keys.length === 0 || (keys.join() === 'HoursOfOperationId' && ref?.found.concrete && ref.found.kind.className === 'HoursOfOperation'))
        || !operands.every((o) => o === 'True' || o === 'False') || new Set(operands).size !== operands.length
        || !onlyErrors(['NoMatchingError']) || !error || t.next !== error.NextAction) return undefined;
      return {
        declaration: `new CheckHoursOfOperation(${idExpr}${ref ? `, { hoursOfOperation: ${ref.variable} }` : ''})`,
        imports: ['CheckHoursOfOperation'],
      };
    }
    case 'TransferToFlow': {
      const ref = typeof p.ContactFlowId === 'string' ? refs.get(p.ContactFlowId) : undefined;
      const error = t.errors.find((e) => e.ErrorType === 'NoMatchingError');
      const byRef = ref?.found.concrete && ref.found.kind.className === 'ContactFlow';
      if (keys.join() !== 'ContactFlowId' || !(byRef || isJsonPath(p.ContactFlowId)) || t.conditions.length > 0
        || !onlyErrors(['NoMatchingError']) || !error || t.next !== error.NextAction) return undefined;
      return byRef
        ? { declaration: `new TransferToFlow(${idExpr}, { flow: ${ref!.variable} })`, imports: ['TransferToFlow'] }
        : { declaration: `new TransferToFlow(${idExpr}, { flowValue: ${flowValue(p.ContactFlowId)} })`, imports: ['TransferToFlow', 'FlowValue'] };
    }
    case 'GetParticipantInput': {
      const kind = ['Text', 'SSML'].find((k) => typeof p[k] === 'string' && p[k].length > 0 && p[k].length <= 6000);
      const seconds = Number(p.InputTimeLimitSeconds);
      const digits = t.conditions.map((c) => (c?.Condition?.Operator === 'Equals' && c.Condition.Operands?.length === 1 ? c.Condition.Operands[0] : undefined));
      const errorTo = (type: string) => t.errors.find((e) => e.ErrorType === type)?.NextAction;
      const mirrored = errorTo('NoMatchingError') ?? errorTo('NoMatchingCondition') ?? t.errors[0]?.NextAction;
      if (!kind || keys.length !== 3 || p.StoreInput !== 'False' || !Number.isInteger(seconds) || seconds < 1 || seconds > 180
        || String(seconds) !== p.InputTimeLimitSeconds || !digits.every((d) => typeof d === 'string' && /^[0-9*#]$/.test(d))
        || new Set(digits).size !== digits.length || !onlyErrors(['InputTimeLimitExceeded', 'NoMatchingCondition', 'NoMatchingError'])
        || mirrored === undefined || t.next !== mirrored) return undefined;
      const message = kind === 'Text' ? `Message.text(${quote(p.Text)})` : `Message.ssml(${quote(p.SSML)})`;
      return {
        declaration: `new GetCustomerInput(${idExpr}, { prompt: ${message}, timeout: Duration.seconds(${seconds}) })`,
        imports: ['GetCustomerInput', 'Message', 'Duration'],
      };
    }
    case 'CreateCallbackContact': {
      const ref = typeof p.QueueId === 'string' ? refs.get(p.QueueId) : undefined;
      const within = (name: string, min?: number) => {
        const range = paramRange(ActionType.CREATE_CALLBACK_CONTACT, name);
        const n = Number(p[name]);
        return Number.isInteger(n) && String(n) === p[name] && n >= Math.max(range.min, min ?? range.min) && n <= range.max;
      };
      if (keys.length !== 4 || !ref?.found.concrete || ref.found.kind.className !== 'Queue' || !within('InitialCallDelaySeconds')
        || !within('MaximumConnectionAttempts', 1) || !within('RetryDelaySeconds') || t.conditions.length > 0 || !onlyErrors(['NoMatchingError'])) return undefined;
      return {
        declaration: `new CreateCallback(${idExpr}, { queue: ${ref.variable}, initialDelay: Duration.seconds(${p.InitialCallDelaySeconds}), `
          + `maxAttempts: ${p.MaximumConnectionAttempts}, retryDelay: Duration.seconds(${p.RetryDelaySeconds}) })`,
        imports: ['CreateCallback', 'Duration'],
      };
    }
    case 'GetParticipantInput:store': {
      const kind = ['Text', 'SSML'].find((k) => typeof p[k] === 'string' && p[k].length > 0 && p[k].length <= 6000);
      const seconds = Number(p.InputTimeLimitSeconds);
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
      if (!kind || !keys.every((k) => known.includes(k)) || !Number.isInteger(seconds) || seconds < 1 || seconds > 180
        || String(seconds) !== p.InputTimeLimitSeconds || !(isCustom || phone) || !okDtmf || t.conditions.length > 0
        || !onlyErrors(phone ? ['NoMatchingError', 'InvalidPhoneNumber'] : ['NoMatchingError'])) return undefined;
      const props = [`prompt: ${kind === 'Text' ? `Message.text(${quote(p.Text)})` : `Message.ssml(${quote(p.SSML)})`}`, `timeout: Duration.seconds(${seconds})`];
      const imports = ['StoreCustomerInput', 'Message', 'Duration'];
      if (phone) {
        props.push(local !== undefined ? `phoneNumberFormat: PhoneNumberFormat.LOCAL, countryCode: ${quote(local)}` : 'phoneNumberFormat: PhoneNumberFormat.E164');
        imports.push('PhoneNumberFormat');
      } else {
        props.push(`maxDigits: ${max}`);
      }
      if (dtmf?.InputTerminationSequence !== undefined) props.push(`terminationSequence: ${quote(dtmf.InputTerminationSequence)}`);
      if (dtmf?.DisableCancelKey !== undefined) props.push(`disableCancelKey: ${dtmf.DisableCancelKey === 'True'}`);
      return { declaration: `new StoreCustomerInput(${idExpr}, { ${props.join(', ')} })`, imports };
    }
    case 'UpdateContactTextToSpeechVoice':
      if (keys.join() !== 'TextToSpeechVoice' || typeof p.TextToSpeechVoice !== 'string' || !/^[A-Za-z-]{1,50}$/.test(p.TextToSpeechVoice)
        || t.conditions.length > 0 || !onlyErrors(['NoMatchingError'])) return undefined;
      return { declaration: `new SetVoice(${idExpr}, { voice: ${quote(p.TextToSpeechVoice)} })`, imports: ['SetVoice'] };
    default:
      return undefined;
  }
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

/**
 * The `next()` connections as chains: `a.next(b).next(c);` runs on through each block that only
 * its predecessor's `next()` reaches.
 */
function chains(blocks: ModelBlock[]): string[] {
  const inbound = new Map<ModelBlock, number>();
  const bump = (b: ModelBlock) => inbound.set(b, (inbound.get(b) ?? 0) + 1);
  bump(blocks[0]);
  const byVariable = new Map(blocks.map((b) => [b.variable, b]));
  for (const b of blocks) {
    if (b.next) bump(b.next);
    // The targets of the other branches are the last argument of each statement.
    for (const line of b.branches) {
      const m = /, ?([A-Za-z_$][A-Za-z0-9_$]*)\);$|\(([A-Za-z_$][A-Za-z0-9_$]*)\);$/.exec(line);
      const t = m ? byVariable.get(m[1] ?? m[2]) : undefined;
      if (t) bump(t);
    }
  }
  const continues = (b: ModelBlock) => inbound.get(b) === 1;
  const inChain = new Set<ModelBlock>();
  const out: string[] = [];
  for (const b of blocks) {
    if (!b.next || inChain.has(b)) continue;
    // Start at the head: a block that is not itself the single-entry next of a chain.
    const isContinuation = blocks.some((x) => x.next === b) && continues(b);
    if (isContinuation) continue;
    const parts = [b.variable];
    inChain.add(b);
    let at: ModelBlock = b;
    while (at.next) {
      const next: ModelBlock = at.next;
      parts.push(`.next(${next.outside ?? next.variable})`);
      if (!continues(next) || inChain.has(next)) break;
      inChain.add(next);
      at = next;
    }
    out.push(`${parts.join('')};`);
  }
  // Cycles made only of next() links: connect what is left one by one.
  for (const b of blocks) if (b.next && !inChain.has(b)) out.push(`${b.variable}.next(${b.next.outside ?? b.next.variable});`);
  return out;
}

/** A JSONPath reference as a whole value (`$.Attributes.x`). */
function isJsonPath(value: unknown): value is string {
  return typeof value === 'string' && /^\$\.[A-Za-z0-9_.\[\]'"-]+$/.test(value);
}

/** Whether a source condition can be written with a `FlowCondition` factory. */
function printableCondition(condition: any): boolean {
  try {
    printCondition({ Identifier: '', Type: '' }, 0, condition);
    return true;
  } catch {
    return false;
  }
}

/** A `FlowValue` for a parameter value: an attribute or external reference, else text (with references inline). */
function flowValue(value: string): string {
  if (!value.includes('$.')) return `FlowValue.literal(${quote(value)})`;
  if (value === '$.StoredCustomerInput') return 'FlowValue.storedInput()';
  const attribute = /^\$\.Attributes\.([A-Za-z0-9_-]{1,127})$/.exec(value);
  if (attribute) return `FlowValue.attribute(${quote(attribute[1])})`;
  const external = /^\$\.External\.([A-Za-z0-9_-]{1,127})$/.exec(value);
  if (external) return `FlowValue.external(${quote(external[1])})`;
  return `FlowValue.text(${quote(value)})`;
}

/**
 * Generate the TypeScript module of a flow. Throws a `CodegenError` naming the action for what the
 * builder cannot express (an unknown action type, a condition no `FlowCondition` writes).
 */
export function generateFlowCode(document: any, options: CodegenOptions = {}): CodegenResult {
  const doc = parseFlowDocument(document, options.source ?? 'flow');
  const file = options.source ?? 'flow';
  const { order, unreachable } = reachableActions(doc, file);
  const isModule = options.flowType === 'MODULE' || (doc.Settings !== undefined && options.flowType === undefined);

  // Check types first: an unknown type is named with its identifier.
  for (const a of order) {
    if (!specOf(a.Type)) {
      const right = typeof a.Type === 'string' ? suggestActionType(a.Type) : undefined;
      throw new CodegenError(`"${file}": action "${a.Identifier}" has the type ${JSON.stringify(a.Type)}, which is no action type of the flow language`
        + (right ? ` (the service takes "${right}")` : ''));
    }
  }

  const names = resourceNames(doc);
  // References: each source ARN once, named after its kind and resource.
  const refs = new Map<string, CodeReference>();
  const variables = new Set<string>(['scope']);
  for (const a of order) {
    for (const { found } of findArns(a.Parameters ?? {}, '')) {
      if (refs.has(found.arn)) continue;
      const name = names.get(found.arn);
      const suffix = KIND_WORDS[found.kind.label] ?? 'Ref';
      const base = name !== undefined && words(name, 4)
        ? camel(`${words(name, 4)}${words(name, 4).endsWith(suffix) ? '' : suffix}`)
        : camel(`${found.kind.label} ${words(found.resourceId.replace(/\$\{[A-Z]:([^:}]*):[A-Z]\}/g, '$1'), 3) || 'Ref'}`);
      if (found.concrete) {
        const variable = uniqueName(base, variables, 60);
        refs.set(found.arn, { variable, arn: found.arn, found, expression: `${variable}.${found.kind.arnProperty}` });
      } else {
        const variable = uniqueName(`${base}Arn`, variables, 60);
        refs.set(found.arn, { variable, arn: found.arn, found, expression: variable });
      }
    }
  }

  // Blocks: readable, unique IDs.
  const ids = new Set<string>();
  const blocks: ModelBlock[] = order.map((a) => {
    const name = BLOCK_NAMES[a.Type] ?? a.Type;
    const text = words(describe(a, names), 4);
    const id = uniqueName(`${name}${text ? `-${text}` : ''}`.slice(0, 50), ids, 50);
    let variable = camel(id);
    if (RESERVED_WORDS.has(variable)) variable = `${variable}Block`;
    variable = uniqueName(variable, variables, 80);
    return { sourceId: a.Identifier, id, variable, action: a, declaration: '', branches: [], typed: false };
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
      const variable = uniqueName(`${camel(head.id)}Part${i + 1}`, variables, 80);
      byId.get(m[0])!.outside = variable;
      if (i > 0) m.forEach((id) => hidden.add(byId.get(id)!));
      return { variable, prefix };
    });
    template.forEach((b) => inFragment.add(b));
    fragments.push({ className, template, instances });
  });
  // Inside a fragment, IDs are the prefix and a name of at most 30 characters.
  for (const b of inFragment) (b as { id: string }).id = b.id.slice(0, 30);

  const imports = new Set<string>(['FlowDefinition']);
  let needsLambda = false;
  for (const ref of refs.values()) {
    if (!ref.found.concrete) continue;
    if (ref.found.kind.module === 'aws-cdk-lib') needsLambda = true;
    else imports.add(ref.found.kind.className);
  }

  for (const b of blocks) {
    const a = b.action;
    const t = transitionsOf(a);
    const idExpr = inFragment.has(b) ? `this.blockId(${quote(b.id)})` : quote(b.id);
    const typed = typedBlock(a, idExpr, refs);
    const target = (sourceId: string) => byId.get(sourceId)!.outside ?? byId.get(sourceId)!.variable;
    if (typed) {
      b.typed = true;
      b.declaration = typed.declaration;
      typed.imports.forEach((i) => imports.add(i));
      const stores = a.Type === 'GetParticipantInput' && a.Parameters?.StoreInput === 'True';
      if (t.next !== undefined && (!NO_NEXT.includes(a.Type) || stores)) b.next = byId.get(t.next);
      t.conditions.forEach((c, i) => {
        if (a.Type === 'Loop') {
          b.branches.push(`${b.variable}.${c.Condition.Operands[0] === 'DoneLooping' ? 'onDone' : 'onContinue'}(${target(c.NextAction)});`);
        } else if (a.Type === 'GetParticipantInput') {
          b.branches.push(`${b.variable}.onDigit(${quote(c.Condition.Operands[0])}, ${target(c.NextAction)});`);
        } else if (a.Type === 'CheckHoursOfOperation') {
          b.branches.push(`${b.variable}.${c.Condition.Operands[0] === 'True' ? 'onInHours' : 'onOutOfHours'}(${target(c.NextAction)});`);
        } else {
          imports.add('FlowCondition');
          b.branches.push(`${b.variable}.when(${printCondition(a, i, c)}, ${target(c.NextAction)});`);
        }
      });
      // Typed blocks render their error branches in their own order (the round trip matches them by type).
      for (const e of t.errors) {
        const method = a.Type === 'GetParticipantInput' && e.ErrorType === 'NoMatchingCondition' ? 'onNoMatch' : TYPED_ERROR_METHODS[e.ErrorType] ?? 'onError';
        b.branches.push(`${b.variable}.${method}(${target(e.NextAction)});`);
      }
      continue;
    }
    imports.add('CustomBlock');
    const params = a.Parameters ?? {};
    if (params === null || typeof params !== 'object' || Array.isArray(params)) {
      throw new CodegenError(`"${file}": action "${a.Identifier}" (${a.Type}): Parameters must be an object`);
    }
    const paramText = Object.keys(params).length === 0 ? '' : `,\n    parameters: ${printValue(params, refs, '    ')}`;
    b.declaration = `new CustomBlock(${idExpr}, {\n    actionType: ${quote(a.Type)}${paramText},\n  })`;
    const spec = specOf(a.Type)!;
    if (t.next !== undefined && spec.exit !== Exit.TERMINAL) b.next = byId.get(t.next);
    t.conditions.forEach((c, i) => {
      imports.add('FlowCondition');
      b.branches.push(`${b.variable}.onCondition(${printCondition(a, i, c)}, ${target(c.NextAction)});`);
    });
    const allowed = errorRules(spec, params).allowed;
    for (const e of t.errors) {
      if (!allowed.includes(e.ErrorType)) {
        throw new CodegenError(`"${file}": action "${a.Identifier}" (${a.Type}) has the error branch "${e.ErrorType}", which ${a.Type} does not raise`
          + ` (it raises ${allowed.length > 0 ? allowed.join(', ') : 'no errors'})`);
      }
      b.branches.push(e.ErrorType === 'NoMatchingError'
        ? `${b.variable}.onError(${target(e.NextAction)});`
        : `${b.variable}.onErrorType(${quote(e.ErrorType)}, ${target(e.NextAction)});`);
    }
  }

  if (fragments.length > 0) imports.add('FlowFragment').add('FlowBlock');
  const lines: string[] = [];
  lines.push(`// Generated by \`cdk-contact-center codegen\`${options.source ? ` from ${options.source}` : ''}.`);
  lines.push(`// ${isModule ? 'A flow module' : `A flow${options.flowType ? ` of type ${options.flowType}` : ''}`}: `
    + `${blocks.length} block${blocks.length === 1 ? '' : 's'}, ${refs.size} reference${refs.size === 1 ? '' : 's'} to resources of the source instance.`);
  if (unreachable.length > 0) {
    lines.push(`// Left out, unreachable from the start: ${unreachable.map((u) => JSON.stringify(u)).join(', ')}.`);
  }
  const cdkImports = [...(imports.delete('Duration') ? ['Duration'] : []), ...(needsLambda ? ['aws_lambda as lambda'] : [])];
  if (cdkImports.length > 0) lines.push(`import { ${cdkImports.join(', ')} } from 'aws-cdk-lib';`);
  lines.push("import { Construct } from 'constructs';");
  lines.push(`import { ${[...imports].sort().join(', ')} } from 'cdk-contact-center';`);
  lines.push('');
  lines.push('/**');
  lines.push(` * Builds the ${isModule ? 'flow module' : 'flow'}. Use it as \`FlowContent.fromDefinition(buildFlow(this))\`${isModule ? ' in a `ContactFlowModule`' : ' in a `ContactFlow`'}.`);
  lines.push(' */');
  // A scope without references is unused: named so that noUnusedParameters accepts it.
  const scopeUsed = [...refs.values()].some((r) => r.found.concrete && r.found.kind.scoped);
  lines.push(`export function buildFlow(${scopeUsed ? 'scope' : '_scope'}: Construct): FlowDefinition {`);
  if (refs.size > 0) {
    lines.push('  // Resources of the source instance: swap them for your constructs.');
    for (const r of refs.values()) {
      if (!r.found.concrete) {
        lines.push(`  const ${r.variable} = ${quote(r.arn)}; // a ${r.found.kind.label} ARN with placeholders`);
      } else {
        const k = r.found.kind;
        const id = r.variable[0].toUpperCase() + r.variable.slice(1);
        lines.push(`  const ${r.variable} = ${k.className}.${k.method}(${k.scoped ? `scope, ${quote(id)}, ` : ''}${quote(r.arn)});`);
      }
    }
    lines.push('');
  }
  for (const f of fragments) {
    lines.push(`  /** A part of the flow that appears ${f.instances.length} times in the source (its block IDs carry the prefix). */`);
    lines.push(`  class ${f.className} extends FlowFragment {`);
    lines.push('    public readonly startBlock: FlowBlock;');
    lines.push('    public readonly endBlocks: FlowBlock[] = [];');
    lines.push('');
    lines.push('    constructor(prefix: string) {');
    lines.push('      super(prefix);');
    for (const b of f.template) lines.push(`      const ${b.variable} = ${b.declaration.replace(/\n/g, '\n    ')};`);
    for (const l of [...chains(f.template), ...f.template.flatMap((b) => b.branches)]) lines.push(`      ${l}`);
    lines.push(`      this.startBlock = ${f.template[0].variable};`);
    lines.push('    }');
    lines.push('  }');
    for (const inst of f.instances) lines.push(`  const ${inst.variable} = new ${f.className}(${quote(inst.prefix)});`);
    lines.push('');
  }
  const top = blocks.filter((b) => !inFragment.has(b) && !hidden.has(b));
  for (const b of top) lines.push(`  const ${b.variable} = ${b.declaration};`);
  const branchLines = [...chains(top), ...top.flatMap((b) => b.branches)];
  if (branchLines.length > 0) {
    lines.push('');
    for (const l of branchLines) lines.push(`  ${l}`);
  }
  lines.push('');
  lines.push(`  return FlowDefinition.startWith(${blocks[0].outside ?? blocks[0].variable});`);
  lines.push('}');
  lines.push('');

  const blockIds: { [sourceId: string]: string } = {};
  for (const b of blocks) blockIds[b.sourceId] = b.id;
  return {
    code: lines.join('\n'),
    unreachable,
    blockIds,
    references: [...refs.values()],
    typedBlocks: blocks.filter((b) => b.typed).length,
    customBlocks: blocks.filter((b) => !b.typed).length,
    module: isModule,
  };
}
