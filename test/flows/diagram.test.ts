import { corpusFiles, loadCorpus } from './corpus';
import { FlowDiagram, renderMermaid } from '../../src';

const FLOW = {
  Version: '2019-10-30',
  StartAction: 'Menu',
  Actions: [
    {
      Identifier: 'Menu',
      Type: 'GetParticipantInput',
      Parameters: { Text: 'Press 1 for "sales" [or] 2 | <support>' },
      Transitions: {
        NextAction: 'Bye',
        Conditions: [{ NextAction: 'Sales', Condition: { Operator: 'Equals', Operands: ['1'] } }, { NextAction: 'Check', Condition: { Operator: 'Equals', Operands: ['2'] } }],
        Errors: [{ NextAction: 'Bye', ErrorType: 'InputTimeLimitExceeded' }],
      },
    },
    { Identifier: 'Check', Type: 'CheckHoursOfOperation', Parameters: {}, Transitions: { Conditions: [{ NextAction: 'Sales', Condition: { Operator: 'Equals', Operands: ['True'] } }, { NextAction: 'Gone', Condition: { Operator: 'Equals', Operands: ['False'] } }] } },
    { Identifier: 'Sales', Type: 'TransferContactToQueue', Parameters: {}, Transitions: { Errors: [{ NextAction: 'Bye', ErrorType: 'QueueAtCapacity' }] } },
    { Identifier: 'Bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
};

describe('renderMermaid', () => {
  test('nodes, edges labelled by branch, escaping', () => {
    expect(renderMermaid(FLOW)).toBe([
      'flowchart TD',
      '  start(("Start"))',
      '  a0["<b>Menu</b><br/>GetParticipantInput<br/>Press 1 for #quot;sales#quot; #91;or#93; 2 #124; #lt;support#gt;"]',
      '  a1["<b>Check</b><br/>CheckHoursOfOperation"]',
      '  a2["<b>Sales</b><br/>TransferContactToQueue"]',
      '  a3(["<b>Bye</b><br/>DisconnectParticipant"])',
      '  start --> a0',
      '  a0 -->|"1"| a2',
      '  a0 -->|"2"| a1',
      '  a0 -.->|"InputTimeLimitExceeded"| a3',
      '  a0 -->|"Next"| a3',
      '  a1 -->|"True"| a2',
      '  a1 -->|"False"| missing',
      '  a2 -.->|"QueueAtCapacity"| a3',
      '  missing{{"missing action"}}',
      '',
    ].join('\n'));
  });

  test('numeric conditions and long labels', () => {
    const out = renderMermaid({
      Version: '2019-10-30',
      StartAction: 'C',
      Actions: [
        { Identifier: 'C', Type: 'Compare', Parameters: { ComparisonValue: '$.Metrics.Queue.Size' }, Transitions: { NextAction: 'M', Conditions: [{ NextAction: 'M', Condition: { Operator: 'NumberGreaterThan', Operands: ['10'] } }] } },
        { Identifier: 'M', Type: 'MessageParticipant', Parameters: { Text: 'x'.repeat(100) }, Transitions: {} },
      ],
    });
    expect(out).toContain('a0["<b>C</b><br/>Compare<br/>$.Metrics.Queue.Size"]');
    expect(out).toContain('a0 -->|"#gt; 10"| a1');
    expect(out).toContain(`a1["<b>M</b><br/>MessageParticipant<br/>${'x'.repeat(59)}…"]`);
  });

  test('ARNs are shown by their last segment and UUID identifiers are left out', () => {
    const out = renderMermaid({
      Version: '2019-10-30',
      StartAction: '0b3c5c2e-6a0f-4a8e-9d1c-2f4e6a8b0c1d',
      Actions: [
        {
          Identifier: '0b3c5c2e-6a0f-4a8e-9d1c-2f4e6a8b0c1d',
          Type: 'UpdateContactTargetQueue',
          Parameters: { QueueId: 'arn:aws:connect:us-east-1:123456789012:instance/Inst/queue/SupportQueue41B5E54A' },
          Transitions: { NextAction: 'Fn' },
        },
        { Identifier: 'Fn', Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:123456789012:function:Lookup' }, Transitions: {} },
      ],
    });
    expect(out).toContain('a0["UpdateContactTargetQueue<br/>SupportQueue41B5E54A"]');
    expect(out).toContain('a1["<b>Fn</b><br/>InvokeLambdaFunction<br/>Lookup"]');
  });

  test('deterministic, one node per action for every corpus file', () => {
    for (const file of corpusFiles()) {
      const doc = loadCorpus(file);
      const out = renderMermaid(doc);
      expect(out).toBe(renderMermaid(JSON.parse(JSON.stringify(doc))));
      expect(out.startsWith('flowchart TD\n')).toBe(true);
      expect(out.match(/^ {2}a\d+[[(]/gm)).toHaveLength(doc.Actions.length);
      expect(out).not.toContain('missing');
    }
  });

  test('not a flow: just the start node', () => {
    expect(FlowDiagram.mermaid({})).toBe('flowchart TD\n  start(("Start"))\n');
  });
});

test('a "#" in a label is escaped, so Mermaid does not read "#123;" as an entity', () => {
  const out = renderMermaid({
    Version: '2019-10-30',
    StartAction: 'Ask',
    Actions: [
      { Identifier: 'Ask', Type: 'MessageParticipant', Parameters: { Text: 'Enter #123; then press #' }, Transitions: { Conditions: [{ NextAction: 'Ask', Condition: { Operator: 'Equals', Operands: ['#'] } }] } },
    ],
  });
  expect(out).toContain('Enter #35;123; then press #35;');
  expect(out).toContain('-->|"#35;"|');
});
