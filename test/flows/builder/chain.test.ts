import { App, Duration, Stack, Token } from 'aws-cdk-lib';
import {
  Disconnect, FlowDefinition, GetCustomerInput, Loop, Message, PlayPrompt, SetLogging, SetVoice,
} from '../../../src';

describe('chains', () => {
  test('next() returns a chain that keeps the first block and continues from the last', () => {
    const bye = new Disconnect('Bye');
    const chain = new SetLogging('Logging')
      .next(new SetVoice('Voice', { voice: 'Joanna' }))
      .next(new PlayPrompt('Welcome', { message: Message.text('Welcome') }))
      .next(bye);
    expect(chain.startBlock.id).toBe('Logging');
    expect(chain.endBlock).toBe(bye);
    const doc = FlowDefinition.startWith(chain).toDocument();
    expect(doc.StartAction).toBe('Logging');
    expect(doc.Actions.map((a: any) => [a.Identifier, a.Transitions.NextAction])).toEqual([
      ['Logging', 'Voice'], ['Voice', 'Welcome'], ['Welcome', 'Bye'], ['Bye', undefined],
    ]);
  });

  test('chaining past a block without next() fails clearly', () => {
    const chain = new SetLogging('Logging').next(new GetCustomerInput('Menu', { prompt: Message.text('Press 1') }));
    expect(() => chain.next(new Disconnect('Bye'))).toThrow(/GetCustomerInput "Menu" has no next\(\) branch/);
    expect(() => new SetLogging('L').next(new Disconnect('D')).next(new Disconnect('E'))).toThrow(/Disconnect "D" has no next\(\) branch/);
  });

  test('FlowDefinition.startWith rejects something that is not a block', () => {
    expect(() => FlowDefinition.startWith({} as any)).toThrow(/FlowDefinition.startWith: invalid start/);
  });
});

describe('tokens', () => {
  test('token numbers are rendered as tokens and not range-checked', () => {
    const stack = new Stack(new App(), 'S');
    const count = Token.asNumber({ Ref: 'LoopCount' });
    const loop = new Loop('L', { loopCount: count });
    const rendered = stack.resolve(stack.toJsonString(FlowDefinition.startWith(loop).toDocument()));
    expect(JSON.stringify(rendered)).toContain('{"Ref":"LoopCount"}');
  });

  test('durations must be Durations', () => {
    expect(() => new GetCustomerInput('M', { prompt: Message.text('x'), timeout: 5 as any })).toThrow(/invalid timeout 5: must be a Duration/);
    expect(new GetCustomerInput('M', { prompt: Message.text('x'), timeout: Duration.minutes(1) })).toBeDefined();
  });
});
