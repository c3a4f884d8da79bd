import { CodeLibrary, CodeModule, code, printPython, printTypeScript, pythonName, usedNames } from '../../../src/flows/codegen';

const QUEUE_PROPS = code.lib('QueueProps');
const HOURS = code.lib('HoursOfOperationConfig');

/** A module with a struct passed last (keyword arguments in Python), a struct nested in it, a class of its own and a protected call. */
const MODULE: CodeModule = {
  header: ['Test.'],
  body: [{
    k: 'function',
    name: 'buildThings',
    exported: true,
    params: [{ name: 'scope', type: code.named({ library: CodeLibrary.CONSTRUCTS, name: 'Construct' }) }],
    body: [
      {
        k: 'const',
        name: 'queue',
        value: code.new(code.lib('Queue'), code.v('scope'), code.str('Q'), code.struct(QUEUE_PROPS, [
          ['hours', code.struct(HOURS, [['timeZone', code.str('UTC')]])],
          ['lambda', code.bool(true)],
        ])),
      },
      { k: 'const', name: 'part', value: code.new({ library: CodeLibrary.THIS_MODULE, name: 'MyPart' }, code.protectedMethod(code.self(), 'blockId', code.str('x'))) },
    ],
  }],
};

describe('code model printers', () => {
  test('TypeScript imports no struct type (an object literal) and nothing the module declares itself (used, not imported)', () => {
    const text = printTypeScript(MODULE);
    expect(text).toContain("import { Queue } from 'cdk-contact-center';");
    expect(text).toContain("new Queue(scope, 'Q', { hours: { timeZone: 'UTC' }, lambda: true })");
    expect(text).toContain("const part = new MyPart(this.blockId('x'));");
    expect(usedNames(MODULE, 'typescript').map((n) => n.name)).toEqual(['Construct', 'Queue', 'MyPart']);
  });

  test('Python passes the last struct as keyword arguments, names a nested one, and writes protected methods with a leading underscore', () => {
    const text = printPython(MODULE);
    expect(text).toContain('from cdk_contact_center import HoursOfOperationConfig, Queue\n');
    expect(text).toContain('queue = Queue(scope, "Q", hours=HoursOfOperationConfig(time_zone="UTC"), lambda_=True)');
    expect(text).toContain('part = MyPart(self._block_id("x"))');
    expect(usedNames(MODULE, 'python').map((n) => n.name)).toEqual(['Construct', 'Queue', 'HoursOfOperationConfig', 'MyPart']);
    // Without a language every struct type is listed.
    expect(usedNames(MODULE).map((n) => n.name)).toEqual(['Construct', 'Queue', 'QueueProps', 'HoursOfOperationConfig', 'MyPart']);
  });

  test('a long signature takes a line per parameter', () => {
    const params = ['firstQueueOfTheInstance', 'secondQueueOfTheInstance', 'thirdQueueOfTheInstance', 'fourthQueueOfTheInstance']
      .map((name) => ({ name, type: code.named(code.lib('IQueue')) }));
    const mod: CodeModule = { header: [], body: [{ k: 'function', name: 'buildFlow', params, body: [{ k: 'return', value: code.v('firstQueueOfTheInstance') }] }] };
    expect(printTypeScript(mod)).toContain('function buildFlow(\n  firstQueueOfTheInstance: IQueue,\n  secondQueueOfTheInstance: IQueue,\n');
    expect(printTypeScript(mod)).toContain('  fourthQueueOfTheInstance: IQueue,\n) {\n');
    expect(printPython(mod)).toContain('def build_flow(\n    first_queue_of_the_instance: IQueue,\n');
    expect(printPython(mod)).toContain('    fourth_queue_of_the_instance: IQueue,\n):\n');
  });

  test('Python names as jsii writes them', () => {
    expect(['fromQueueArn', 'lambda', 'queueArn', 'numberGreaterOrEqualTo', 'playPromptPress1Or2'].map(pythonName))
      .toEqual(['from_queue_arn', 'lambda_', 'queue_arn', 'number_greater_or_equal_to', 'play_prompt_press1_or2']);
  });
});
