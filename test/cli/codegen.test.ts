import * as fs from 'fs';
import * as path from 'path';
import { runCli } from './run-cli';
import { Normalization, compareRoundTrip, generateFlowCode } from '../../src/flows/codegen';

const EXPORT = path.join(__dirname, '../../examples/codegen/inbound-export.json');
const exportJson = () => JSON.parse(fs.readFileSync(EXPORT, 'utf-8'));

describe('codegen command', () => {
  test('writes a module of typed blocks with references at the top and the unreachable block named', async () => {
    const { code, out, err } = runCli(['codegen', EXPORT]);
    expect(await code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain("from 'cdk-contact-center'");
    expect(out).toContain('export function buildFlow(scope: Construct): FlowDefinition {');
    expect(out).toContain("const basicQueue = Queue.fromQueueArn(scope, 'BasicQueue', 'arn:aws:connect:eu-west-2:111122223333:instance/");
    expect(out).toContain("const orderLookupFunction = lambda.Function.fromFunctionArn(scope, 'OrderLookupFunction'");
    expect(out).toContain("new SetWorkingQueue('SetWorkingQueue-BasicQueue', { queue: basicQueue })");
    expect(out).toContain("new InvokeLambda('InvokeLambda-OrderLookup', { lambdaFunction: orderLookupFunction, timeout: Duration.seconds(3) })");
    expect(out).toContain('// Left out, unreachable from the start: "2c3d4e5f-6071-4829-a3b4-c5d6e7f80912".');
    expect(out).not.toContain('position');
    expect(out).not.toContain('CustomBlock');
  });

  test('--out writes the file and says what it holds', async () => {
    const { code, out, written } = runCli(['codegen', EXPORT, '--out', 'flows/inbound.ts']);
    expect(await code).toBe(0);
    expect(out).toBe('wrote flows/inbound.ts (7 blocks: 7 typed, 0 CustomBlock; 2 references; 1 unreachable left out)\n');
    expect(written['flows/inbound.ts']).toContain('export function buildFlow');
  });

  test('--check reports an identical round trip with its normalizations', async () => {
    const { code, out } = runCli(['codegen', '--check', EXPORT]);
    expect(await code).toBe(0);
    expect(out).toBe('round trip: identical (7 blocks: 7 typed, 0 CustomBlock; 2 references; 1 unreachable left out; '
      + 'normalized: layout 1, unreachable 1, identifiers 7)\n');
  });

  test('--check prints each difference and exits 1 (the builder gives every non-terminal action a NextAction)', async () => {
    const doc = {
      Version: '2019-10-30',
      StartAction: 'a',
      Actions: [
        { Identifier: 'a', Type: 'CreateWisdomSession', Parameters: { WisdomAssistantArn: 'arn:aws:wisdom:us-east-1:111122223333:assistant/x' }, Transitions: { Errors: [{ NextAction: 'b', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'b', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    };
    const { code, out } = runCli(['codegen', '--check', 'w.json'], { 'w.json': JSON.stringify(doc) });
    expect(await code).toBe(1);
    expect(out).toBe('round trip: 1 difference\n  action "a": Transitions.NextAction: the source has none, the code goes to "Disconnect"\n');
  });

  test('a module (top-level Settings) round-trips with its Settings normalized', async () => {
    const file = path.join(__dirname, '../../../shared/flow-corpus/gts-callback-module.json');
    const { code, out } = runCli(['codegen', '--check', file, '--type', 'MODULE']);
    expect(await code).toBe(0);
    expect(out).toMatch(/^round trip: identical .*module-settings 1/);
    expect((runCli(['codegen', file]).out)).toContain('Builds the flow module.');
  });

  test('a block without a typed equivalent becomes a CustomBlock with its parameters', async () => {
    const doc = {
      Version: '2019-10-30',
      StartAction: 'a',
      Actions: [
        { Identifier: 'a', Type: 'CreateWisdomSession', Parameters: { WisdomAssistantArn: 'arn:aws:wisdom:us-east-1:111122223333:assistant/x' }, Transitions: { NextAction: 'b', Errors: [{ NextAction: 'b', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'b', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    };
    const { out } = runCli(['codegen', 'w.json'], { 'w.json': JSON.stringify(doc) });
    expect(out).toContain("new CustomBlock('WisdomSession-X', {\n    actionType: 'CreateWisdomSession',\n    parameters: {\n      WisdomAssistantArn: 'arn:aws:wisdom:us-east-1:111122223333:assistant/x',");
    expect(out).toContain('wisdomSessionX.onError(disconnect);');
  });

  test('--language python writes the module in Python', async () => {
    const { code, out, err } = runCli(['codegen', EXPORT, '--language', 'python']);
    expect(await code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('from cdk_contact_center import (\n');
    expect(out).toContain('\ndef build_flow(scope: Construct) -> FlowDefinition:\n');
    expect(out).toContain('    set_working_queue_basic_queue = SetWorkingQueue("SetWorkingQueue-BasicQueue", queue=basic_queue)\n');
    const written = runCli(['codegen', EXPORT, '--language', 'python', '--out', 'flows/inbound.py']);
    expect(await written.code).toBe(0);
    expect(written.written['flows/inbound.py']).toBe(out);
    expect(runCli(['codegen', EXPORT, '--language', 'typescript']).out).toBe(runCli(['codegen', EXPORT]).out);
  });

  const UNKNOWN_TYPE = JSON.stringify({
    Version: '2019-10-30',
    StartAction: 'a',
    Actions: [
      {
        Identifier: 'a',
        Type: 'SummonRobot',
        Parameters: { RobotArn: 'arn:aws:connect:us-east-1:111122223333:instance/abc/queue/q1', Count: '2' },
        Transitions: {
          NextAction: 'b',
          Conditions: [{ NextAction: 'b', Condition: { Operator: 'Equals', Operands: ['Ready'] } }],
          Errors: [{ NextAction: 'b', ErrorType: 'RobotBusy' }, { NextAction: 'b', ErrorType: 'NoMatchingError' }],
        },
      },
      { Identifier: 'b', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  });

  test('an action type the library does not know: exit 2 naming --allow-unknown-actions', async () => {
    const { code, out, err } = runCli(['codegen', 'robot.json'], { 'robot.json': UNKNOWN_TYPE });
    expect(await code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('cdk-contact-center: "robot.json": action "a" has the type "SummonRobot", which is no action type of the flow language '
      + '(if it is newer than this library, generate with --allow-unknown-actions: it becomes a CustomBlock)');
  });

  test('--allow-unknown-actions: a CustomBlock that allows the type, its parameters and branches as written, and a warning naming the action', async () => {
    const { code, out, err } = runCli(['codegen', 'robot.json', '--allow-unknown-actions'], { 'robot.json': UNKNOWN_TYPE });
    expect(await code).toBe(0);
    expect(err).toBe('cdk-contact-center: warning: "robot.json": action "a" has the type "SummonRobot", which is no action type of the flow language '
      + 'this library knows: kept as a CustomBlock with its parameters and branches as written\n');
    expect(out).toContain(`  const summonRobot = new CustomBlock('SummonRobot', {
    actionType: 'SummonRobot',
    parameters: { RobotArn: queueQ1.queueArn, Count: '2' },
    allowUnknownActionType: true,
  });`);
    expect(out).toContain("  summonRobot.onCondition(FlowCondition.textEquals('Ready'), disconnect);\n  summonRobot.onErrorType('RobotBusy', disconnect);\n  summonRobot.onError(disconnect);");
    expect(out).toContain('cdk-contact-center:allowUnknownActions');
    expect(runCli(['codegen', 'robot.json', '--allow-unknown-actions', '--language', 'python'], { 'robot.json': UNKNOWN_TYPE }).out)
      .toContain('        action_type="SummonRobot",\n');
  });

  test('--check --allow-unknown-actions: the type is kept through the round trip', async () => {
    const { code, out } = runCli(['codegen', '--check', 'robot.json', '--allow-unknown-actions'], { 'robot.json': UNKNOWN_TYPE });
    expect(await code).toBe(0);
    expect(out).toBe('round trip: identical (2 blocks: 1 typed, 1 CustomBlock; 1 reference; normalized: identifiers 2)\n');
  });

  test.each([
    ['no file', ['codegen'], /expected one flow file, got 0/],
    ['an unknown --language', ['codegen', 'f.json', '--language', 'java'], /--language "java" is not a language of codegen; languages: typescript, python/],
    ['--check with --language python', ['codegen', '--check', 'f.json', '--language', 'python'],
      /--check runs the round trip on the TypeScript module \(the Python one is printed from the same model\): leave out --language python/],
    ['a misspelled action type with --allow-unknown-actions', ['codegen', 'unknown.json', '--allow-unknown-actions'], /has the type "UnTagContact", .*\(the service takes "UntagContact"\)/],
    ['an unknown --type', ['codegen', 'f.json', '--type', 'INBOUND'], /--type "INBOUND" is not a flow type; types: CONTACT_FLOW.*MODULE/],
    ['--check with --out', ['codegen', '--check', 'f.json', '--out', 'x.ts'], /--check writes no file: leave out --out/],
    ['an unreadable file', ['codegen', 'missing.json'], /cannot read flow "missing.json"/],
    ['a file that is not JSON', ['codegen', 'bad.json'], /"bad.json" is not valid JSON/],
    ['a file that is not a flow', ['codegen', 'other.json'], /"other.json" is not a flow-language document/],
    ['a legacy export', ['codegen', 'legacy.json'], /"legacy.json" is in the legacy console export format/],
    ['an unknown action type', ['codegen', 'unknown.json'], /"unknown.json": action "a" has the type "UnTagContact", which is no action type of the flow language \(the service takes "UntagContact"\)/],
    ['a NextAction to no action', ['codegen', 'dangling.json'], /"dangling.json": action "a" goes to "nowhere", which is no action of the flow/],
    ['a condition no FlowCondition writes', ['codegen', 'keyexists.json'], /action "a" \(Compare\), Transitions.Conditions\[0\]: no FlowCondition expresses the operator "KeyExists"/],
  ])('%s: exit 2 with a message, no stack trace', async (_name, argv, message) => {
    const files = {
      'bad.json': '{ nope',
      'other.json': '{"hello": 1}',
      'legacy.json': JSON.stringify({ modules: [], version: '1', start: 'x' }),
      'unknown.json': JSON.stringify({ Version: '2019-10-30', StartAction: 'a', Actions: [{ Identifier: 'a', Type: 'UnTagContact', Parameters: {}, Transitions: {} }] }),
      'dangling.json': JSON.stringify({ Version: '2019-10-30', StartAction: 'a', Actions: [{ Identifier: 'a', Type: 'MessageParticipant', Parameters: { Text: 'x' }, Transitions: { NextAction: 'nowhere' } }] }),
      'keyexists.json': JSON.stringify({
        Version: '2019-10-30',
        StartAction: 'a',
        Actions: [
          { Identifier: 'a', Type: 'Compare', Parameters: { ComparisonValue: '$.Attributes' }, Transitions: { NextAction: 'b', Conditions: [{ NextAction: 'b', Condition: { Operator: 'KeyExists', Operands: ['x'] } }], Errors: [{ NextAction: 'b', ErrorType: 'NoMatchingCondition' }] } },
          { Identifier: 'b', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
        ],
      }),
    };
    const { code, err } = runCli(argv as string[], files);
    expect(await code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
  });

  test('the README shows what codegen writes for the worked example', async () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf-8');
    const shown = /<!-- codegen examples\/codegen\/inbound-export.json -->\n```ts nofixture\n([\s\S]*?)```/.exec(readme);
    expect(shown).not.toBeNull();
    const { out } = runCli(['codegen', EXPORT]);
    expect(shown![1]).toBe(out);
  });

  test('codegen --help describes the command', async () => {
    const { code, out } = runCli(['codegen', '--help']);
    expect(await code).toBe(0);
    expect(out).toContain('cdk-contact-center codegen --check <flow.json>');
    expect(out).toContain('[--language typescript | python] [--allow-unknown-actions]');
    expect(out).toContain('--language python writes the same module in Python');
    expect(out).toContain('--allow-unknown-actions keeps an action type this library does not know');
  });
});

describe('round-trip comparison', () => {
  const source = exportJson();
  const rendered = () => {
    // The rendered flow of the export, built without the compiler: identifiers renamed, layout and the unreachable block gone.
    const doc = JSON.parse(JSON.stringify(source));
    const rename = (id: string) => `B${id.slice(0, 8)}`;
    delete doc.Metadata;
    doc.Actions = doc.Actions.filter((a: any) => a.Identifier !== '2c3d4e5f-6071-4829-a3b4-c5d6e7f80912');
    for (const a of doc.Actions) {
      a.Identifier = rename(a.Identifier);
      const t = a.Transitions;
      if (t.NextAction) t.NextAction = rename(t.NextAction);
      for (const e of t.Errors ?? []) e.NextAction = rename(e.NextAction);
    }
    doc.StartAction = rename(doc.StartAction);
    return doc;
  };

  test('renamed identifiers, layout and unreachable blocks are normalized', () => {
    const trip = compareRoundTrip(source, rendered());
    expect(trip.differences).toEqual([]);
    expect(trip.normalizations).toEqual({ [Normalization.LAYOUT]: 1, [Normalization.UNREACHABLE]: 1, [Normalization.IDENTIFIERS]: 7 });
  });

  test('a changed parameter, a different target and a missing error branch are differences', () => {
    const doc = rendered();
    doc.Actions[1].Parameters.Text = 'Hello';
    doc.Actions[4].Transitions.Errors = doc.Actions[4].Transitions.Errors.filter((e: any) => e.ErrorType !== 'QueueAtCapacity');
    doc.Actions[3].Transitions.Errors[0].NextAction = doc.Actions[6].Identifier;
    const trip = compareRoundTrip(source, doc);
    expect(trip.differences).toEqual([
      'action "8e2b6d91-3c4a-4f0e-b7d5-2a9c8e1f3b60": Parameters.Text: "Welcome to Example Corp." became "Hello"',
      'action "0f1e2d3c-4b5a-4697-8877-665544332211": Transitions.Errors NoMatchingError: "1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7081" and "7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918" of the source both became "B7f6e5d4c"',
      'action "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d": Transitions.Errors: the QueueAtCapacity branch is missing in the code',
    ]);
  });

  test('conditions compare in order', () => {
    const doc = {
      Version: '2019-10-30',
      StartAction: 'c',
      Actions: [
        {
          Identifier: 'c',
          Type: 'Compare',
          Parameters: { ComparisonValue: '$.Attributes.x' },
          Transitions: {
            NextAction: 'b',
            Conditions: [
              { NextAction: 'b', Condition: { Operator: 'Equals', Operands: ['1'] } },
              { NextAction: 'b', Condition: { Operator: 'Equals', Operands: ['2'] } },
            ],
            Errors: [{ NextAction: 'b', ErrorType: 'NoMatchingCondition' }],
          },
        },
        { Identifier: 'b', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    };
    const swapped = JSON.parse(JSON.stringify(doc));
    swapped.Actions[0].Transitions.Conditions.reverse();
    expect(compareRoundTrip(doc, swapped).differences).toEqual([
      'action "c": Transitions.Conditions[0]: {"Operator":"Equals","Operands":["1"]} became {"Operator":"Equals","Operands":["2"]}',
      'action "c": Transitions.Conditions[1]: {"Operator":"Equals","Operands":["2"]} became {"Operator":"Equals","Operands":["1"]}',
    ]);
    expect(generateFlowCode(doc).code).toContain("compare.when(FlowCondition.textEquals('1'), disconnect);\n  compare.when(FlowCondition.textEquals('2'), disconnect);\n  compare.otherwise(disconnect);");
  });
});
