import * as fs from 'fs';
import * as path from 'path';
import { FlowSimulator, SimulationOutcome } from '../../src';

/** The scenario example of the README's "Simulating calls" section. */
function readmeScenario(): any {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf-8');
  const block = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('"flow": "Main menu"'));
  return JSON.parse(block!);
}

const err = (type: string, next: string) => ({ NextAction: next, ErrorType: type });
const MAIN_MENU = {
  Version: '2019-10-30',
  StartAction: 'Extension',
  Actions: [
    {
      Identifier: 'Extension',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Enter the extension, then #', StoreInput: 'True', InputTimeLimitSeconds: '5', InputValidation: { CustomValidation: { MaximumLength: '5' } } },
      Transitions: { NextAction: 'Lookup', Errors: [err('NoMatchingError', 'Bye')] },
    },
    {
      Identifier: 'Lookup',
      Type: 'InvokeLambdaFunction',
      Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:123456789012:function:Lookup', LambdaInvocationAttributes: { extension: '$.StoredCustomerInput' } },
      Transitions: { NextAction: 'Who', Errors: [err('NoMatchingError', 'Bye')] },
    },
    {
      Identifier: 'Who',
      Type: 'ConnectParticipantWithLexBot',
      Parameters: { Text: 'Who would you like to speak to?', LexV2Bot: { AliasArn: 'arn:aws:lex:us-east-1:123456789012:bot-alias/B/A' } },
      Transitions: {
        NextAction: 'Bye',
        Conditions: [{ NextAction: 'Person', Condition: { Operator: 'Equals', Operands: ['SpeakToSpecificPerson'] } }],
        Errors: [err('NoMatchingCondition', 'Bye'), err('NoMatchingError', 'Bye')],
      },
    },
    { Identifier: 'Person', Type: 'MessageParticipant', Parameters: { Text: 'Calling $.Lex.Slots.LastName ($.External.found)' }, Transitions: { NextAction: 'Again' } },
    {
      Identifier: 'Again',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Press 1 to confirm' },
      Transitions: {
        NextAction: 'Bye',
        Conditions: [{ NextAction: 'Bye', Condition: { Operator: 'Equals', Operands: ['1'] } }],
        Errors: [err('InputTimeLimitExceeded', 'Silence'), err('NoMatchingCondition', 'Bye'), err('NoMatchingError', 'Bye')],
      },
    },
    { Identifier: 'Silence', Type: 'MessageParticipant', Parameters: { Text: 'No answer. Goodbye.' }, Transitions: { NextAction: 'Bye' } },
    { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
};

test('the README scenario runs as documented', () => {
  const scenario = FlowSimulator.parseScenario(readmeScenario());
  const result = FlowSimulator.fromDocument(MAIN_MENU, { name: 'Main menu' }).simulate(scenario);
  expect(result.outcome).toBe(SimulationOutcome.DISCONNECTED);
  expect(result.lambdaCalls.map((c) => c.parameters)).toEqual([{ extension: '777' }]);
  expect(result.prompts).toEqual([
    'Enter the extension, then #', 'Who would you like to speak to?', 'Calling Santus (true)', 'Press 1 to confirm', 'No answer. Goodbye.',
  ]);
  expect(result.path).toEqual(['Extension', 'Lookup', 'Who', 'Person', 'Again', 'Silence', 'Bye']);
});
