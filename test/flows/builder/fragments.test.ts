import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  ContactCenter, ContactFlow, ContactFlowType, CreateCallback, FlowContent, IQueue, Schedule,
  Disconnect, FlowBlock, FlowChain, FlowDefinition, FlowFragment, FlowValue, GetCustomerInput, Message, PlayPrompt,
  SetAttributes, SetCallbackNumber, SimulationOutcome, StoreCustomerInput, validateFlow,
} from '../../../src';
import { FlowSimulator } from '../../../src/simulator';

/** Ask for a phone number and set it as the callback number. */
class CollectNumber extends FlowFragment {
  public readonly startBlock: FlowBlock;
  public readonly endBlocks: FlowBlock[];

  constructor(prefix: string, onFailure: FlowBlock) {
    super(prefix);
    const ask = new StoreCustomerInput(this.blockId('Ask'), { prompt: Message.text('Enter your phone number') });
    const set = new SetCallbackNumber(this.blockId('Set'), { callbackNumber: FlowValue.storedInput() });
    ask.next(set);
    ask.onError(onFailure);
    set.onInvalidNumber(onFailure).onNotDialable(onFailure);
    this.startBlock = ask;
    this.endBlocks = [set];
  }
}

describe('chains on the aws-stepfunctions model', () => {
  test('next() accepts a chain; the result keeps the first block and ends at the last', () => {
    const bye = new Disconnect('Bye');
    const tail = new PlayPrompt('B', { message: Message.text('b') }).next(new PlayPrompt('C', { message: Message.text('c') }));
    const chain = new PlayPrompt('A', { message: Message.text('a') }).next(tail);
    expect(chain.startBlock.id).toBe('A');
    expect(chain.endBlocks.map((b) => b.id)).toEqual(['C']);
    const full = chain.next(bye);
    expect(full.endBlocks).toEqual([]);
    const doc = FlowDefinition.startWith(full).toDocument();
    expect(doc.Actions.map((a: any) => [a.Identifier, a.Transitions.NextAction])).toEqual([['A', 'B'], ['B', 'C'], ['C', 'Bye'], ['Bye', undefined]]);
  });

  test('afterwards() joins the open branches of a menu', () => {
    const sales = new PlayPrompt('Sales', { message: Message.text('Sales is busy') });
    const support = new SetAttributes('Support', { attributes: { team: FlowValue.literal('support') } });
    const bye = new Disconnect('Bye');
    const menu = new GetCustomerInput('Menu', { prompt: Message.text('1 or 2') })
      .onDigit('1', sales).onDigit('2', support).onTimeout(bye).onNoMatch(bye).onError(bye);
    const joined = menu.afterwards();
    expect(joined.endBlocks.map((b) => b.id)).toEqual(['Sales', 'Support']);
    const thanks = new PlayPrompt('Thanks', { message: Message.text('Thanks') });
    joined.next(thanks).next(bye);
    const doc = FlowDefinition.startWith(menu).toDocument();
    const next = (id: string) => doc.Actions.find((a: any) => a.Identifier === id).Transitions.NextAction;
    expect([next('Sales'), next('Support'), next('Thanks')]).toEqual(['Thanks', 'Thanks', 'Bye']);
  });

  test('a chain ending in a block without next() still fails clearly', () => {
    const chain = new PlayPrompt('A', { message: Message.text('a') }).next(new GetCustomerInput('Menu', { prompt: Message.text('1') }));
    expect(() => chain.next(new Disconnect('Bye'))).toThrow(/GetCustomerInput "Menu" has no next\(\) branch.*afterwards\(\)/);
  });

  test('FlowChain.sequence connects blocks, chains and fragments in order', () => {
    const bye = new Disconnect('Bye');
    const chain = FlowChain.sequence(new PlayPrompt('A', { message: Message.text('a') }), new CollectNumber('One', bye), bye);
    expect(chain.startBlock.id).toBe('A');
    const ids = FlowDefinition.startWith(chain).toDocument().Actions.map((a: any) => a.Identifier);
    expect(ids).toEqual(['A', 'OneAsk', 'OneSet', 'Bye']);
  });
});

describe('fragments', () => {
  test('a fragment placed twice gets prefixed identifiers and runs in both places', () => {
    const bye = new Disconnect('Bye');
    const sorry = new PlayPrompt('Sorry', { message: Message.text('Sorry') });
    sorry.next(bye);
    const first = new CollectNumber('Home', sorry);
    const second = new CollectNumber('Mobile', sorry);
    const done = new PlayPrompt('Done', { message: Message.text('We will call you back') });
    first.next(second).next(done).next(bye);
    const doc = FlowDefinition.startWith(first).toDocument();
    expect(doc.Actions.map((a: any) => a.Identifier)).toEqual(['HomeAsk', 'HomeSet', 'Sorry', 'MobileAsk', 'Bye', 'MobileSet', 'Done']);
    expect(validateFlow(doc).filter((d) => d.severity === 'error')).toEqual([]);
    const result = FlowSimulator.fromDocument(doc).simulate({ inputs: [{ digits: '+15555550123' }, { digits: '+15555550124' }] });
    expect(result.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(result.path).toEqual(['HomeAsk', 'HomeSet', 'MobileAsk', 'MobileSet', 'Done', 'Bye']);
  });

  test('an invalid prefix is rejected', () => {
    expect(() => new CollectNumber('has space', new Disconnect('B'))).toThrow(/CollectNumber: invalid prefix "has space"/);
  });
});

describe('the README fragment example', () => {
  /** Taken from README "Chains, joins and fragments" (compiled there by test/readme.test.ts). */
  class OfferCallback extends FlowFragment {
    public readonly startBlock: FlowBlock;
    public readonly endBlocks: FlowBlock[];

    constructor(prefix: string, queue: IQueue, onFailure: FlowBlock) {
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

  test('synthesizes a valid flow and both callbacks run', () => {
    const stack = new Stack(new App(), 'S', { env: { account: '111122223333', region: 'us-east-1' } });
    const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme' });
    const sales = contactCenter.addQueue('Sales', { name: 'Sales', hoursOfOperation: contactCenter.addHoursOfOperation('Hours', { name: 'Hours', timeZone: 'UTC', schedule: Schedule.alwaysOpen() }) });
    const support = { queueArn: 'arn:aws:connect:us-east-1:111122223333:instance/abc/queue/support' } as IQueue;
    const bye = new Disconnect('Bye');
    const sorry = new PlayPrompt('Sorry', { message: Message.text('Sorry, we could not take your number.') });
    sorry.next(bye);
    const salesCallback = new OfferCallback('Sales', sales, sorry);
    const supportCallback = new OfferCallback('Support', support, sorry);
    const menu = new GetCustomerInput('Menu', { prompt: Message.text('Press 1 for sales, 2 for support.') })
      .onDigit('1', salesCallback)
      .onDigit('2', supportCallback)
      .onTimeout(bye)
      .onNoMatch(bye)
      .onError(bye);
    menu.afterwards().next(new PlayPrompt('Thanks', { message: Message.text('We will call you back.') })).next(bye);
    const flow = new ContactFlow(stack, 'Callbacks', { contactCenter, name: 'Callbacks', content: FlowContent.fromDefinition(FlowDefinition.startWith(menu)) });
    expect(validateFlow(flow.document, { flowType: ContactFlowType.CONTACT_FLOW }).filter((d) => d.severity === 'error')).toEqual([]);
    expect(flow.document.Actions.map((a: any) => a.Identifier).sort()).toEqual([
      'Bye', 'Menu', 'SalesAsk', 'SalesCreate', 'SalesNumber', 'Sorry', 'SupportAsk', 'SupportCreate', 'SupportNumber', 'Thanks',
    ]);
    const simulator = FlowSimulator.fromTemplate(Template.fromStack(stack).toJSON());
    const r = simulator.simulate({ flow: 'Callbacks', inputs: [{ digits: '2' }, { digits: '+15555550123#' }] });
    expect(r.outcome).toBe(SimulationOutcome.CALLBACK_CREATED);
    expect(r.callback?.number).toBe('+15555550123');
    expect(r.callback?.queue).toBe('arn:aws:connect:us-east-1:111122223333:instance/abc/queue/support');
    expect(r.prompts[r.prompts.length - 1]).toBe('We will call you back.');
  });
});
