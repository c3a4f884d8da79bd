import { App, Stack } from 'aws-cdk-lib';
import {
  ContactCenter, ContactFlow, ContactFlowType, CustomBlock, Disconnect, FlowCondition, FlowContent, FlowDefinition, Message,
  PlayPrompt, SimulationOutcome, validateFlow,
} from '../../../src';
import { FlowSimulator } from '../../../src/simulator';

function stackWithCenter() {
  const stack = new Stack(new App(), 'S', { env: { account: '111122223333', region: 'us-east-1' } });
  return { stack, contactCenter: new ContactCenter(stack, 'CC', { instanceAlias: 'acme' }) };
}

describe('CustomBlock (escape hatch)', () => {
  test('any action type, its parameters and branches are rendered as written', () => {
    const bye = new Disconnect('Bye');
    const tag = new CustomBlock('Tag', { actionType: 'TagContact', parameters: { Tags: { Team: 'Dental', Site: '$.Attributes.site' } } });
    tag.next(bye);
    tag.onError(bye);
    const doc = FlowDefinition.startWith(tag).toDocument();
    expect(doc.Actions[0]).toEqual({
      Identifier: 'Tag',
      Type: 'TagContact',
      Parameters: { Tags: { Team: 'Dental', Site: '$.Attributes.site' } },
      Transitions: { NextAction: 'Bye', Errors: [{ NextAction: 'Bye', ErrorType: 'NoMatchingError' }] },
    });
    expect(validateFlow(doc, { flowType: ContactFlowType.CONTACT_FLOW })).toEqual([]);
  });

  test('conditions and named error branches', () => {
    const done = new Disconnect('Done');
    const again = new PlayPrompt('Again', { message: Message.text('Still there?') });
    const wait = new CustomBlock('Wait', { actionType: 'Wait', parameters: { TimeLimitSeconds: '60' } })
      .onCondition(FlowCondition.textEquals('WaitCompleted'), again)
      .onErrorType('ParticipantNotFound', done)
      .onError(done);
    again.next(done);
    const action = FlowDefinition.startWith(wait).toDocument().Actions[0];
    expect(action.Transitions.Conditions).toEqual([{ NextAction: 'Again', Condition: { Operator: 'Equals', Operands: ['WaitCompleted'] } }]);
    expect(action.Transitions.Errors.map((e: any) => e.ErrorType)).toEqual(['ParticipantNotFound', 'NoMatchingError']);
  });

  test('the type and the error types are checked when the block is created', () => {
    expect(() => new CustomBlock('X', { actionType: 'UnTagContact' })).toThrow(/CustomBlock "X": invalid actionType "UnTagContact": the service takes "UntagContact"/);
    expect(() => new CustomBlock('X', { actionType: 'MakeCoffee' })).toThrow(/invalid actionType "MakeCoffee": must be an action type of the flow language/);
    expect(() => new CustomBlock('X', { actionType: 'TagContact', parameters: { Tags: {} } }).onErrorType('CallFailed', new Disconnect('D')))
      .toThrow(/CustomBlock "X": invalid errorType "CallFailed": TagContact raises NoMatchingError/);
    expect(() => new CustomBlock('X', { actionType: 'DisconnectParticipant' }).next(new Disconnect('D'))).toThrow(/ends the contact or the flow: it has no next\(\) branch/);
  });

  test('parameters are checked by the language rules at synth', () => {
    const { stack, contactCenter } = stackWithCenter();
    const wait = new CustomBlock('Pause', { actionType: 'Wait', parameters: { TimeoutSeconds: '60' } });
    wait.next(new Disconnect('Bye'));
    new ContactFlow(stack, 'Flow', { contactCenter, name: 'Custom', content: FlowContent.fromDefinition(FlowDefinition.startWith(wait)) });
    expect(() => App.of(stack)!.synth()).toThrow(/flow "Custom" \(CONTACT_FLOW\), action "Pause" \(CustomBlock\) at .*TimeLimitSeconds/);
  });

  test('the simulator runs a custom block like any action', () => {
    const bye = new Disconnect('Bye');
    const tag = new CustomBlock('Tag', { actionType: 'TagContact', parameters: { Tags: { Team: 'Dental' } } });
    tag.next(bye);
    const result = FlowSimulator.fromDocument(FlowDefinition.startWith(tag).toDocument()).simulate({});
    expect(result.outcome).toBe(SimulationOutcome.DISCONNECTED);
    expect(result.contactTags).toEqual({ Team: 'Dental' });
  });
  describe('allowUnknownActionType: an action type newer than the library', () => {
    test('the type, its parameters, conditions and any error branch are rendered as written; NextAction only when connected', () => {
      const bye = new Disconnect('Bye');
      const robot = new CustomBlock('Robot', { actionType: 'SummonRobot', parameters: { Count: '2', Options: { Fast: 'True' } }, allowUnknownActionType: true })
        .onCondition(FlowCondition.textEquals('Ready'), bye)
        .onErrorType('RobotBusy', bye);
      const doc = FlowDefinition.startWith(robot).toDocument();
      expect(doc.Actions[0]).toEqual({
        Identifier: 'Robot',
        Type: 'SummonRobot',
        Parameters: { Count: '2', Options: { Fast: 'True' } },
        Transitions: { Conditions: [{ NextAction: 'Bye', Condition: { Operator: 'Equals', Operands: ['Ready'] } }], Errors: [{ NextAction: 'Bye', ErrorType: 'RobotBusy' }] },
      });
      robot.next(bye);
      expect(FlowDefinition.startWith(robot).toDocument().Actions[0].Transitions.NextAction).toBe('Bye');
    });

    test('without the prop the message names it; a known misspelling and a malformed type or error type are still rejected', () => {
      expect(() => new CustomBlock('X', { actionType: 'SummonRobot' })).toThrow(/invalid actionType "SummonRobot": must be an action type of the flow language .*set allowUnknownActionType/);
      expect(() => new CustomBlock('X', { actionType: 'UnTagContact', allowUnknownActionType: true })).toThrow(/the service takes "UntagContact"/);
      expect(() => new CustomBlock('X', { actionType: 'Summon Robot', allowUnknownActionType: true })).toThrow(/invalid actionType "Summon Robot": an action type is a letter followed by letters and digits/);
      expect(() => new CustomBlock('X', { actionType: 'SummonRobot', allowUnknownActionType: true }).onErrorType('', new Disconnect('D')))
        .toThrow(/invalid errorType "": an error type is a letter followed by letters and digits/);
      // A known type keeps its checks with the prop set.
      expect(() => new CustomBlock('X', { actionType: 'TagContact', allowUnknownActionType: true }).onErrorType('RobotBusy', new Disconnect('D')))
        .toThrow(/invalid errorType "RobotBusy": TagContact raises NoMatchingError/);
    });

    test('the validator reports the type at synth unless the app allows unknown action types (then a warning)', () => {
      const robot = () => {
        const block = new CustomBlock('Robot', { actionType: 'SummonRobot', allowUnknownActionType: true });
        block.next(new Disconnect('Bye'));
        return FlowDefinition.startWith(block);
      };
      const strict = stackWithCenter();
      new ContactFlow(strict.stack, 'Flow', { contactCenter: strict.contactCenter, name: 'Robot', content: FlowContent.fromDefinition(robot()) });
      expect(() => App.of(strict.stack)!.synth()).toThrow(/action "Robot" \(CustomBlock\) at .*unknown action type "SummonRobot"/);

      const app = new App({ context: { 'cdk-contact-center:allowUnknownActions': true } });
      const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'us-east-1' } });
      const contactCenter = new ContactCenter(stack, 'CC', { instanceAlias: 'acme' });
      new ContactFlow(stack, 'Flow', { contactCenter, name: 'Robot', content: FlowContent.fromDefinition(robot()) });
      expect(() => app.synth()).not.toThrow();
      expect(validateFlow(robot().toDocument(), { allowUnknownActions: true }).map((d) => `${d.severity} ${d.message}`))
        .toEqual([expect.stringMatching(/^warning unknown action type "SummonRobot"/)]);
    });
  });
});
