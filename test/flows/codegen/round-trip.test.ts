import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { App, CfnResource, Duration, Stack, aws_lambda as lambda } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { EXAMPLES } from '../../../examples/registry';
import {
  CheckHoursOfOperation, Compare, ContactFlow, ContactFlowModule, CreateCallback, Disconnect, FlowBlock, FlowCondition, FlowDefinition,
  FlowFragment, FlowValue, GetCustomerInput, HoursOfOperation, InvokeLambda, Loop, Message, PlayPrompt, Queue, SetCallbackNumber,
  SetLogging, SetWorkingQueue, StoreCustomerInput, SystemField, TransferToQueue,
} from '../../../src';
import { Normalization, compareRoundTrip, generateFlowCode } from '../../../src/flows/codegen';
import { typeCheck } from '../../typecheck';
import { CORPUS_TYPES, corpusFiles, loadCorpus } from '../corpus';

const ROOT = path.join(__dirname, '../../..');
/** Generated modules are written inside the repository (git-ignored) so that they resolve aws-cdk-lib. */
const OUT = path.join(ROOT, 'cdk.out', 'codegen-test');
const SRC_INDEX = path.join(ROOT, 'src', 'index');

const FAKE_INSTANCE = 'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555';
const CONNECT_SEGMENTS: { [type: string]: string } = {
  'AWS::Connect::Queue': 'queue',
  'AWS::Connect::ContactFlow': 'contact-flow',
  'AWS::Connect::ContactFlowModule': 'flow-module',
  'AWS::Connect::HoursOfOperation': 'operating-hours',
  'AWS::Connect::Prompt': 'prompt',
  'AWS::Connect::User': 'agent',
  'AWS::Connect::QuickConnect': 'transfer-destination',
};

/**
 * A synthesized flow as a console export would hold it: each reference to a resource of the stack
 * becomes a concrete ARN of its kind (named after the logical ID).
 */
function asExport(stack: Stack, document: any): any {
  const types = new Map<string, string>();
  for (const c of stack.node.findAll() as IConstruct[]) {
    if (CfnResource.isCfnResource(c)) types.set(stack.resolve((c as CfnResource).logicalId), (c as CfnResource).cfnResourceType);
  }
  const arnOf = (logicalId: string): string => {
    const type = types.get(logicalId);
    const id = logicalId.replace(/[^A-Za-z0-9]/g, '');
    if (type && CONNECT_SEGMENTS[type]) return `${FAKE_INSTANCE}/${CONNECT_SEGMENTS[type]}/${id}`;
    if (type === 'AWS::Lambda::Function') return `arn:aws:lambda:us-east-1:111122223333:function:${id}`;
    return `resolved-${id}`;
  };
  const walk = (v: any): any => {
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      if (typeof v.Ref === 'string') return arnOf(v.Ref);
      if (Array.isArray(v['Fn::GetAtt'])) return arnOf(v['Fn::GetAtt'][0]);
      if (Array.isArray(v['Fn::Join'])) return (v['Fn::Join'][1] as any[]).map((p) => (typeof p === 'string' ? p : walk(p))).join(v['Fn::Join'][0]);
      const out: any = {};
      for (const [k, item] of Object.entries(v)) out[k] = walk(item);
      return out;
    }
    return v;
  };
  return walk(stack.resolve(document));
}

/** Flows shaped like the builder's own tests (README examples, fragments, every branch kind). */
function builderFlows(): Array<{ name: string; document: any; type?: string }> {
  const stack = new Stack(new App(), 'Builder');
  const support = Queue.fromQueueArn(stack, 'Support', `${FAKE_INSTANCE}/queue/support`);
  const sales = Queue.fromQueueArn(stack, 'Sales', `${FAKE_INSTANCE}/queue/sales`);
  const hours = HoursOfOperation.fromHoursOfOperationArn(stack, 'Hours', `${FAKE_INSTANCE}/operating-hours/office`);
  const lookup = lambda.Function.fromFunctionArn(stack, 'Lookup', 'arn:aws:lambda:us-east-1:111122223333:function:lookup');

  // "Building a flow" of the README.
  const hangUp = new Disconnect('HangUp');
  const goodbye = new PlayPrompt('Goodbye', { message: Message.text('Thank you for calling. Goodbye.') });
  goodbye.next(hangUp);
  const toQueue = new TransferToQueue('ToQueue').onAtCapacity(goodbye);
  const supportQueue = new SetWorkingQueue('SupportQueue', { queue: support });
  supportQueue.next(toQueue);
  const menu = new GetCustomerInput('Menu', { prompt: Message.text('Press 1 for support, 2 to hang up.'), timeout: Duration.seconds(5) })
    .onDigit('1', supportQueue).onDigit('2', goodbye).onTimeout(goodbye).onNoMatch(goodbye);
  const greet = new PlayPrompt('Greet', {
    message: Message.fromValue(FlowValue.concat(FlowValue.literal('Hello '), FlowValue.external('firstName'), FlowValue.literal(', welcome back.'))),
  });
  greet.next(menu);
  const lookupCaller = new InvokeLambda('LookupCaller', {
    lambdaFunction: lookup, timeout: Duration.seconds(3), parameters: { caller: FlowValue.system(SystemField.CUSTOMER_NUMBER) },
  });
  lookupCaller.next(greet);
  lookupCaller.onError(menu);
  const logging = new SetLogging('Logging');
  logging.next(lookupCaller);
  const readme = FlowDefinition.startWith(logging, { errorHandler: goodbye });

  // "Chains, joins and fragments" of the README.
  class OfferCallback extends FlowFragment {
    public readonly startBlock: FlowBlock;
    public readonly endBlocks: FlowBlock[];
    constructor(prefix: string, queue: typeof sales, onFailure: FlowBlock) {
      super(prefix);
      const ask = new StoreCustomerInput(this.blockId('Ask'), { prompt: Message.text('Enter the number to call you back on.') });
      const setNumber = new SetCallbackNumber(this.blockId('Number'), { callbackNumber: FlowValue.storedInput() });
      const create = new CreateCallback(this.blockId('Create'), { queue });
      ask.next(setNumber).next(create);
      ask.onError(onFailure);
      setNumber.onInvalidNumber(onFailure).onNotDialable(onFailure);
      create.onError(onFailure);
      this.startBlock = ask;
      this.endBlocks = [create];
    }
  }
  const bye = new Disconnect('Bye');
  const sorry = new PlayPrompt('Sorry', { message: Message.text('Sorry, we could not take your number.') });
  sorry.next(bye);
  const callbacks = new GetCustomerInput('Menu', { prompt: Message.text('Press 1 for sales, 2 for support.') })
    .onDigit('1', new OfferCallback('Sales', sales, sorry)).onDigit('2', new OfferCallback('Support', support, sorry))
    .onTimeout(bye).onNoMatch(bye).onError(bye);
  callbacks.afterwards().next(new PlayPrompt('Thanks', { message: Message.text('We will call you back.') })).next(bye);
  const fragments = FlowDefinition.startWith(callbacks);

  // Hours, a comparison with numbers, a loop.
  const closed = new PlayPrompt('Closed', { message: Message.ssml('<speak>We are closed.</speak>') });
  closed.next(new Disconnect('End'));
  const retry = new Loop('Retry', { loopCount: 3 });
  const vip = new Compare('Vip', { value: FlowValue.attribute('tier') })
    .when(FlowCondition.textEquals('gold'), supportQueue)
    .when(FlowCondition.numberGreaterThan(3), closed)
    .otherwise(retry);
  retry.onContinue(vip).onDone(closed);
  const open = new CheckHoursOfOperation('Open', { hoursOfOperation: hours }).onInHours(vip).onOutOfHours(closed).onError(closed);
  const branching = FlowDefinition.startWith(open);

  return [
    { name: 'builder-readme', document: stack.resolve(readme.toDocument()) },
    { name: 'builder-fragments', document: stack.resolve(fragments.toDocument()) },
    { name: 'builder-branching', document: stack.resolve(branching.toDocument()) },
  ];
}

/** Every flow and module the examples synthesize, as exports. */
function exampleFlows(): Array<{ name: string; document: any; type?: string }> {
  const out: Array<{ name: string; document: any; type?: string }> = [];
  for (const example of EXAMPLES) {
    const stack = example.create(new App(), example.stackName);
    for (const c of stack.node.findAll() as IConstruct[]) {
      if (c instanceof ContactFlow) {
        out.push({ name: `example-${example.name}-${c.node.path.replace(/[^A-Za-z0-9]+/g, '-')}`, document: asExport(stack, c.document), type: c.contactFlowType });
      } else if (c instanceof ContactFlowModule) {
        out.push({ name: `example-${example.name}-${c.node.path.replace(/[^A-Za-z0-9]+/g, '-')}`, document: asExport(stack, (c as any).document), type: 'MODULE' });
      }
    }
  }
  return out;
}

interface Case {
  readonly name: string;
  readonly document: any;
  readonly type?: string;
}

const cases: Case[] = [
  ...corpusFiles().map((f) => ({ name: `corpus-${f.replace(/\.json$/, '')}`, document: loadCorpus(f), type: CORPUS_TYPES[f] ?? 'MODULE' })),
  ...exampleFlows(),
  ...builderFlows(),
  { name: 'repeated-part', document: JSON.parse(fs.readFileSync(path.join(__dirname, 'repeated-part.json'), 'utf-8')) },
  { name: 'readme-inbound-export', document: JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'codegen', 'inbound-export.json'), 'utf-8')) },
];

/** Each case's generated module, written with its import pointed at the sources. */
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const generated = cases.map((c) => {
  const result = generateFlowCode(c.document, { flowType: c.type, source: `${c.name}.json` });
  const file = path.join(OUT, `${c.name}.ts`);
  fs.writeFileSync(file, result.code.replace(/from 'cdk-contact-center'/g, `from ${JSON.stringify(SRC_INDEX)}`));
  return { ...c, result, file };
});

describe('codegen round trip', () => {
  test('covers the corpus, the examples and builder flows', () => {
    expect(cases.filter((c) => c.name.startsWith('corpus-')).length).toBe(corpusFiles().length);
    expect(cases.filter((c) => c.name.startsWith('example-')).length).toBeGreaterThanOrEqual(EXAMPLES.length);
  });

  test('every generated module compiles (strict)', () => {
    const files = generated.map((g) => g.file);
    const messages = typeCheck(files, { noUnused: true });
    expect(messages).toEqual([]);
  });

  let pythonCompiled = 0;
  test('every case\'s Python module compiles (python3 -m py_compile)', () => {
    const dir = path.join(OUT, 'python');
    fs.mkdirSync(dir, { recursive: true });
    const files = cases.map((c) => {
      const file = path.join(dir, `${c.name.replace(/[^A-Za-z0-9]+/g, '_')}.py`);
      fs.writeFileSync(file, generateFlowCode(c.document, { flowType: c.type, source: `${c.name}.json`, language: 'python' }).code);
      return file;
    });
    let errors = '';
    try {
      execFileSync('python3', ['-m', 'py_compile', ...files], { stdio: 'pipe' });
    } catch (e) {
      errors = String((e as { stderr?: Buffer }).stderr ?? e);
    }
    expect(errors).toBe('');
    pythonCompiled = files.length;
  });

  const totals: { [n: string]: number } = {};
  let identical = 0;
  test.each(generated.map((g) => [g.name, g] as const))('%s renders the source flow', (_name, g) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildFlow } = require(g.file);
    const stack = new Stack(new App(), 'RoundTrip');
    const definition: FlowDefinition = buildFlow(stack);
    const rendered = stack.resolve(definition.toDocument());
    const trip = compareRoundTrip(g.document, rendered);
    expect(trip.differences).toEqual([]);
    identical++;
    for (const [n, count] of Object.entries(trip.normalizations)) totals[n] = (totals[n] ?? 0) + (count ?? 0);
  });

  afterAll(() => {
    const typed = generated.reduce((n, g) => n + g.result.typedBlocks, 0);
    const custom = generated.reduce((n, g) => n + g.result.customBlocks, 0);
    const refs = generated.reduce((n, g) => n + g.result.references.length, 0);
    // The figures of the round trip, for the record.
    process.stdout.write(`codegen round trip: ${identical}/${generated.length} identical; blocks ${typed} typed, ${custom} CustomBlock; `
      + `${refs} references; normalizations ${JSON.stringify(totals)}; Python compiled ${pythonCompiled}/${generated.length}\n`);
  });

  test('a repeated part becomes a FlowFragment placed once per occurrence', () => {
    const g = generated.find((x) => x.name === 'repeated-part')!;
    expect(g.result.code).toContain('class RepeatedPlayPromptSorryGoodbye extends FlowFragment {');
    expect(g.result.code).toContain("const playPromptSorryGoodbyePart1 = new RepeatedPlayPromptSorryGoodbye('PlayPromptSorryG1-');");
    expect(g.result.code).toContain("getInputPress1Or2.onDigit('2', playPromptSorryGoodbyePart2);");
    expect(g.result.code.match(/new PlayPrompt\(/g)?.length).toBe(1);
  });

  test('layout and identifiers are normalized on every corpus flow', () => {
    for (const g of generated.filter((x) => x.name.startsWith('corpus-'))) {
      const { buildFlow } = require(g.file); // eslint-disable-line @typescript-eslint/no-require-imports
      const stack = new Stack(new App(), 'RoundTrip');
      const trip = compareRoundTrip(g.document, stack.resolve(buildFlow(stack).toDocument()));
      expect(trip.normalizations[Normalization.LAYOUT]).toBe(1);
      expect(trip.normalizations[Normalization.IDENTIFIERS]).toBeGreaterThan(0);
    }
  });
});
