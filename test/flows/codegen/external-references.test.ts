import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack, aws_lambda as lambda } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as ts from 'typescript';
import {
  Agent, ContactFlow, ContactFlowModule, HoursOfOperation, LexBotAlias, Prompt, Queue, QuickConnect,
} from '../../../src';
import {
  CodeLibrary, CodeName, CodegenError, CodegenResult, ExternalReference, classifyArn, code, compareRoundTrip, generateFlowCode,
} from '../../../src/flows/codegen';
import { typeCheck } from '../../typecheck';
import { loadCorpus } from '../corpus';

const ROOT = path.join(__dirname, '../../..');
/** Generated modules are written inside the repository (git-ignored) so that they resolve aws-cdk-lib. */
const OUT = path.join(ROOT, 'cdk.out', 'codegen-external-test');
const NEW_INSTANCE = 'arn:aws:connect:eu-central-1:999988887777:instance/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

/** By kind (the class that imports it): the parameter type, and a construct of the new app with its own ARN. */
const KINDS: { [className: string]: { type: CodeName; make: (scope: Construct, id: string) => any } } = {
  'Queue': { type: code.lib('IQueue'), make: (s, id) => Queue.fromQueueArn(s, id, `${NEW_INSTANCE}/queue/${id}`) },
  'ContactFlow': { type: code.lib('IContactFlow'), make: (s, id) => ContactFlow.fromContactFlowArn(s, id, `${NEW_INSTANCE}/contact-flow/${id}`) },
  'ContactFlowModule': {
    type: code.lib('IContactFlowModule'),
    make: (s, id) => ContactFlowModule.fromContactFlowModuleArn(s, id, `${NEW_INSTANCE}/flow-module/${id}`),
  },
  'Prompt': { type: code.lib('IPrompt'), make: (s, id) => Prompt.fromPromptArn(s, id, `${NEW_INSTANCE}/prompt/${id}`) },
  'HoursOfOperation': {
    type: code.lib('IHoursOfOperation'),
    make: (s, id) => HoursOfOperation.fromHoursOfOperationArn(s, id, `${NEW_INSTANCE}/operating-hours/${id}`),
  },
  'Agent': { type: code.lib('IAgent'), make: (s, id) => Agent.fromUserArn(s, id, `${NEW_INSTANCE}/agent/${id}`) },
  'QuickConnect': { type: code.lib('IQuickConnect'), make: (s, id) => QuickConnect.fromQuickConnectArn(s, id, `${NEW_INSTANCE}/transfer-destination/${id}`) },
  'lambda.Function': {
    type: { library: CodeLibrary.LAMBDA, name: 'IFunction' },
    make: (s, id) => lambda.Function.fromFunctionArn(s, id, `arn:aws:lambda:eu-central-1:999988887777:function:${id}`),
  },
  'LexBotAlias': { type: code.lib('ILexBotAlias'), make: (_s, id) => LexBotAlias.fromBotAliasArn(`arn:aws:lex:eu-central-1:999988887777:bot-alias/${id}/ALIAS${id}`) },
};


/** The exported function of a generated module, transpiled and run with `cdk-contact-center` resolved to the sources. */
function load(result: CodegenResult, functionName: string): (...args: any[]) => { toDocument(): any } {
  const js = ts.transpileModule(result.code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const req = (name: string) => (name === 'cdk-contact-center' ? require(path.join(ROOT, 'src', 'index')) : require(name));
  const mod = { exports: {} as any };
  // eslint-disable-next-line no-new-func
  new Function('require', 'exports', 'module', js)(req, mod.exports, mod);
  return mod.exports[functionName];
}

/** Every ARN string in a document replaced by its new one. */
function replaceArns(v: any, arns: Map<string, string>): any {
  if (typeof v === 'string') return arns.get(v) ?? v;
  if (Array.isArray(v)) return v.map((x) => replaceArns(x, arns));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replaceArns(x, arns)]));
  return v;
}

const PLACEHOLDERS = 'arn:aws:connect:$.AwsRegion:$.AwsAccountId:instance/${INSTANCE_ID}';
/** Typed blocks that take a construct, with ARNs in placeholders: without a construct to pass in, they are CustomBlocks. */
const TEMPLATED = {
  Version: '2019-10-30',
  StartAction: 'hours',
  Actions: [
    {
      Identifier: 'hours',
      Type: 'CheckHoursOfOperation',
      Parameters: { HoursOfOperationId: `${PLACEHOLDERS}/operating-hours/office` },
      Transitions: {
        NextAction: 'queue',
        Conditions: [{ NextAction: 'queue', Condition: { Operator: 'Equals', Operands: ['True'] } }, { NextAction: 'flow', Condition: { Operator: 'Equals', Operands: ['False'] } }],
        Errors: [{ NextAction: 'queue', ErrorType: 'NoMatchingError' }],
      },
    },
    {
      Identifier: 'queue',
      Type: 'UpdateContactTargetQueue',
      Parameters: { QueueId: `${PLACEHOLDERS}/queue/sales` },
      Transitions: { NextAction: 'lambda', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
    },
    {
      Identifier: 'lambda',
      Type: 'InvokeLambdaFunction',
      Parameters: { LambdaFunctionARN: 'arn:aws:lambda:$.AwsRegion:$.AwsAccountId:function:lookup', InvocationTimeLimitSeconds: '3', ResponseValidation: { ResponseType: 'STRING_MAP' } },
      Transitions: { NextAction: 'transfer', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
    },
    {
      Identifier: 'transfer',
      Type: 'TransferContactToQueue',
      Parameters: {},
      Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'QueueAtCapacity' }, { NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
    },
    {
      Identifier: 'flow',
      Type: 'TransferToFlow',
      Parameters: { ContactFlowId: `${PLACEHOLDERS}/contact-flow/closed` },
      Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
    },
    { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
};

// Corpus flows whose ARNs are of every kind a flow holds in practice: placeholders (Lambda, flows, a
// module, queues, a Lex bot alias, a prompt), concrete Lambda functions, a concrete queue; and typed
// blocks given placeholders.
const FLOWS: Array<{ file: string; document: any }> = [
  ...['acme-main-lex-lambda.json', 'acme-customer-queue.json', 'callbackmgmt-agent-whisper.json', 'gts-callback-module.json']
    .map((file) => ({ file, document: loadCorpus(file) })),
  { file: 'templated.json', document: TEMPLATED },
];
/** An ARN the flows do not hold: an unused parameter. */
const UNUSED_ARN = `${'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555'}/operating-hours/unused`;

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const generated = FLOWS.map(({ file, document }) => {
  const plain = generateFlowCode(document, { source: file });
  // Each ARN the plain module references becomes a parameter, named after its variable.
  const externalReferences: { [arn: string]: ExternalReference } = {};
  plain.references.forEach((r, i) => {
    externalReferences[r.arn] = { name: `ext${i + 1}${r.variable[0].toUpperCase()}${r.variable.slice(1)}`, type: KINDS[r.found.kind.className].type };
  });
  externalReferences[UNUSED_ARN] = { name: 'unusedHours', type: code.lib('IHoursOfOperation') };
  const functionName = `build${file.replace(/\.json$/, '').split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`;
  const result = generateFlowCode(document, { source: file, functionName, externalReferences });
  const out = path.join(OUT, file.replace(/\.json$/, '.ts'));
  fs.writeFileSync(out, result.code);
  return { file, document, plain, externalReferences, functionName, result, out };
});

describe('codegen with external references (an app passes its constructs in)', () => {
  test('the referenced ARNs are parameters after scope, in the order given, and are not declared', () => {
    for (const g of generated) {
      const params = Object.values(g.externalReferences).map((e) => `${e.name === 'unusedHours' ? '_' : ''}${e.name}: ${e.type.library === CodeLibrary.LAMBDA ? 'lambda.' : ''}${e.type.name}`);
      const signature = new RegExp(`export function ${g.functionName}\\(([^)]*)\\): FlowDefinition \\{`).exec(g.result.code);
      expect(signature![1].split(',').map((p) => p.trim()).filter((p) => p !== '')).toEqual(['_scope: Construct', ...params]);
      expect(g.result.code).not.toMatch(/\.from[A-Za-z]+Arn\(/);
      expect(g.result.code).not.toContain('Resources of the source instance');
      expect(g.result.references.every((r) => r.external)).toBe(true);
      expect(g.result.references.length).toBe(g.plain.references.length);
    }
    expect(generated.map((g) => g.plain.references.length)).toEqual([7, 1, 2, 1, 4]);
  });

  test('the modules type-check against the package (strict, no unused names): typed blocks take the constructs', () => {
    expect(typeCheck(generated.map((g) => g.out), { noUnused: true, mapPackage: true })).toEqual([]);
  });

  test('typed blocks take the parameters, also where they could not take a placeholder ARN', () => {
    const templated = generated.find((g) => g.file === 'templated.json')!;
    expect([templated.plain.typedBlocks, templated.plain.customBlocks]).toEqual([2, 4]);
    expect([templated.result.typedBlocks, templated.result.customBlocks]).toEqual([6, 0]);
    expect(templated.result.code).toContain("new CheckHoursOfOperation('CheckHours-Office', { hoursOfOperation: ext1HoursOfOperationOfficeArn })");
    expect(templated.result.code).toContain("new SetWorkingQueue('SetWorkingQueue-Sales', { queue: ext2QueueSalesArn })");
    expect(templated.result.code).toContain('{ lambdaFunction: ext4LambdaFunctionLookupArn, timeout: Duration.seconds(3) }');
    expect(templated.result.code).toContain("new TransferToFlow('TransferToFlow-Closed', { flow: ext3FlowClosedArn })");
    const whisper = generated.find((g) => g.file === 'callbackmgmt-agent-whisper.json')!;
    expect(whisper.result.code).toMatch(/new InvokeLambda\('InvokeLambda-[A-Za-z0-9-]+', \{\s+lambdaFunction: ext1[A-Za-z0-9]+Function,/);
    const callback = generated.find((g) => g.file === 'gts-callback-module.json')!;
    expect(callback.result.code).toMatch(/new CreateCallback\('CreateCallback-GeneralCallback', \{\s+queue: ext1GeneralCallbackQueue,/);
  });

  test.each(FLOWS.map((f) => f.file))('%s renders the source flow with the ARNs of the constructs passed in', (file) => {
    const g = generated.find((x) => x.file === file)!;
    const stack = new Stack(new App(), 'External');
    const arns = new Map<string, string>();
    const args = Object.keys(g.externalReferences).map((arn, i) => {
      const kind = classifyArn(arn)!.kind.className;
      const construct = KINDS[kind].make(stack, `Ext${i + 1}`);
      arns.set(arn, stack.resolve(construct[classifyArn(arn)!.kind.arnProperty]));
      return construct;
    });
    const rendered = stack.resolve(load(g.result, g.functionName)(stack, ...args).toDocument());
    const expected = replaceArns(g.document, arns);
    const trip = compareRoundTrip(expected, rendered);
    expect(trip.differences).toEqual([]);
    // Every ARN of the source is gone: the flow holds the new ones.
    const text = JSON.stringify(rendered);
    for (const [from, to] of arns) {
      if (from === UNUSED_ARN) continue;
      expect(text).not.toContain(from);
      expect(text).toContain(to);
    }
  });

  test('the Python takes the same parameters', () => {
    const main = generated.find((g) => g.file === 'acme-main-lex-lambda.json')!;
    const py = generateFlowCode(main.document, { language: 'python', functionName: main.functionName, externalReferences: main.externalReferences });
    expect(py.code).toMatch(/\ndef build_acme_main_lex_lambda\(\n {4}scope: Construct,\n {4}ext1_lambda_function_acme_example_function_use1_arn: lambda_\.IFunction,\n/);
    expect(py.code).toContain('    unused_hours: IHoursOfOperation,\n) -> FlowDefinition:\n');
    expect(py.code).toContain('"Value": ext1_lambda_function_acme_example_function_use1_arn.function_arn,');
    const templated = generated.find((g) => g.file === 'templated.json')!;
    const typed = generateFlowCode(templated.document, { language: 'python', externalReferences: templated.externalReferences }).code;
    expect(typed).toContain('CheckHoursOfOperation("CheckHours-Office", hours_of_operation=ext1_hours_of_operation_office_arn)');
    expect(typed).toContain('lambda_function=ext4_lambda_function_lookup_arn,');
    const files = [[main, py.code], [templated, typed]].map(([g, text]) => {
      const file = path.join(OUT, `${(g as typeof main).file.replace(/[^a-z]+/g, '_')}.py`);
      fs.writeFileSync(file, text as string);
      return file;
    });
    expect(() => execFileSync('python3', ['-m', 'py_compile', ...files], { stdio: 'pipe' })).not.toThrow();
  });

  test.each([
    ['a name that is no identifier', { 'arn:x': { name: 'my-queue', type: code.lib('IQueue') } }, /externalReferences\["arn:x"\].name "my-queue" is not a free identifier/],
    ['scope', { 'arn:x': { name: 'scope', type: code.lib('IQueue') } }, /externalReferences\["arn:x"\].name "scope" is not a free identifier/],
    ['a reserved word', { 'arn:x': { name: 'class', type: code.lib('IQueue') } }, /externalReferences\["arn:x"\].name "class" is not a free identifier/],
    ['a name given twice', { 'arn:x': { name: 'q', type: code.lib('IQueue') }, 'arn:y': { name: 'q', type: code.lib('IQueue') } }, /the name "q" is given to more than one ARN/],
  ])('%s: a CodegenError naming the option', (_name, externalReferences, message) => {
    expect(() => generateFlowCode(loadCorpus('gts-callback-module.json'), { externalReferences })).toThrow(CodegenError);
    expect(() => generateFlowCode(loadCorpus('gts-callback-module.json'), { externalReferences })).toThrow(message);
  });
});
