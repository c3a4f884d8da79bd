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
      '  a0["GetParticipantInput<br/>Press 1 for #quot;sales#quot; #91;or#93; 2 #124; #lt;support#gt;"]',
      '  a1["CheckHoursOfOperation"]',
      '  a2["TransferContactToQueue"]',
      '  a3(["DisconnectParticipant"])',
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
    expect(out).toContain('a0["Compare<br/>$.Metrics.Queue.Size"]');
    expect(out).toContain('a0 -->|"#gt; 10"| a1');
    expect(out).toContain(`a1["MessageParticipant<br/>${'x'.repeat(59)}…"]`);
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
