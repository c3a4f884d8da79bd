import { DiffFlowsOptions, FlowChange, FlowChangeKind, FlowDiff, FlowDiffFormat, FlowDiffStatus, diffFlows } from '../../../src';
import { shortenPair } from '../../../src/flows/diff/engine';

/** A small IVR: welcome, a menu (1 Sales, 2 Support), queue transfer, goodbye. */
function menuFlow(ids: { [name: string]: string } = {}): any {
  const id = (n: string) => ids[n] ?? n;
  return {
    Version: '2019-10-30',
    StartAction: id('Welcome'),
    Metadata: { entryPointPosition: { x: 0, y: 0 } },
    Actions: [
      { Identifier: id('Welcome'), Type: 'MessageParticipant', Parameters: { Text: 'Welcome to Acme.' }, Transitions: { NextAction: id('Menu') } },
      {
        Identifier: id('Menu'),
        Type: 'GetParticipantInput',
        Parameters: { Text: 'Press 1 for sales, 2 for support.', StoreInput: 'False', InputTimeLimitSeconds: '5' },
        Transitions: {
          NextAction: id('Goodbye'),
          Conditions: [
            { NextAction: id('Sales'), Condition: { Operator: 'Equals', Operands: ['1'] } },
            { NextAction: id('Support'), Condition: { Operator: 'Equals', Operands: ['2'] } },
          ],
          Errors: [
            { NextAction: id('Goodbye'), ErrorType: 'NoMatchingCondition' },
            { NextAction: id('Goodbye'), ErrorType: 'InputTimeLimitExceeded' },
            { NextAction: id('Goodbye'), ErrorType: 'NoMatchingError' },
          ],
        },
      },
      { Identifier: id('Sales'), Type: 'UpdateContactTargetQueue', Parameters: { QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/sales' }, Transitions: { NextAction: id('Transfer'), Errors: [{ NextAction: id('Goodbye'), ErrorType: 'NoMatchingError' }] } },
      { Identifier: id('Support'), Type: 'UpdateContactTargetQueue', Parameters: { QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/support' }, Transitions: { NextAction: id('Transfer'), Errors: [{ NextAction: id('Goodbye'), ErrorType: 'NoMatchingError' }] } },
      { Identifier: id('Transfer'), Type: 'TransferContactToQueue', Parameters: {}, Transitions: { NextAction: id('Goodbye'), Errors: [{ NextAction: id('Goodbye'), ErrorType: 'QueueAtCapacity' }, { NextAction: id('Goodbye'), ErrorType: 'NoMatchingError' }] } },
      { Identifier: id('Goodbye'), Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
    ],
  };
}

const clone = (x: any) => JSON.parse(JSON.stringify(x));
const action = (doc: any, id: string) => doc.Actions.find((a: any) => a.Identifier === id);
const changesOf = (before: any, after: any, options?: DiffFlowsOptions): FlowChange[] =>
  diffFlows(before, after, options).flows.flatMap((f) => f.changes);
const strip = (c: FlowChange[]) => c.map(({ description, ...rest }) => rest);

function uuid(n: number): string {
  // Generated identifiers differ from their first characters on.
  const hex = n.toString(16).padStart(8, '0');
  return `${hex}-4e5f-4a6b-8c7d-0d1b2c3a4e5f`;
}

describe('diffFlows on flow documents', () => {
  test('the same flow with its keys reordered and other layout metadata has no change', () => {
    const after = menuFlow();
    after.Metadata = { entryPointPosition: { x: 100, y: 40 }, ActionMetadata: {} };
    action(after, 'Menu').Parameters = { InputTimeLimitSeconds: '5', StoreInput: 'False', Text: 'Press 1 for sales, 2 for support.' };
    const result = diffFlows(menuFlow(), after);
    expect(result.changeCount).toBe(0);
    expect(result.flows).toEqual([expect.objectContaining({ name: 'flow', status: FlowDiffStatus.UNCHANGED, changes: [] })]);
    expect(FlowDiff.render(result)).toBe('no changes (1 flow compared)\n');
  });

  test('a menu branch sent to another block is a rewired transition naming block, branch, old and new target', () => {
    const after = menuFlow();
    action(after, 'Menu').Transitions.Conditions[1].NextAction = 'Sales';
    const changes = changesOf(menuFlow(), after);
    // Support is no longer reachable but still in the document: only the branch changed.
    expect(strip(changes)).toEqual([
      { kind: FlowChangeKind.TRANSITION_CHANGED, block: 'Menu', blockType: 'GetParticipantInput', branch: '2', before: 'Support', after: 'Sales' },
    ]);
    expect(changes[0].description).toBe('block Menu: 2 Support → Sales');
  });

  test('Next and error branches, added and removed branches', () => {
    const after = menuFlow();
    const menu = action(after, 'Menu');
    menu.Transitions.NextAction = 'Transfer';
    menu.Transitions.Errors = menu.Transitions.Errors.filter((e: any) => e.ErrorType !== 'InputTimeLimitExceeded');
    menu.Transitions.Errors[1].NextAction = 'Support';
    menu.Transitions.Conditions.push({ NextAction: 'Transfer', Condition: { Operator: 'Equals', Operands: ['3'] } });
    expect(strip(changesOf(menuFlow(), after))).toEqual([
      { kind: FlowChangeKind.TRANSITION_CHANGED, block: 'Menu', blockType: 'GetParticipantInput', branch: '3', before: undefined, after: 'Transfer' },
      { kind: FlowChangeKind.TRANSITION_CHANGED, block: 'Menu', blockType: 'GetParticipantInput', branch: 'NoMatchingError', before: 'Goodbye', after: 'Support' },
      { kind: FlowChangeKind.TRANSITION_CHANGED, block: 'Menu', blockType: 'GetParticipantInput', branch: 'Next', before: 'Goodbye', after: 'Transfer' },
      { kind: FlowChangeKind.TRANSITION_CHANGED, block: 'Menu', blockType: 'GetParticipantInput', branch: 'InputTimeLimitExceeded', before: 'Goodbye', after: undefined },
    ]);
  });

  test('a changed prompt shows before → after; a parameter added or removed shows (none)', () => {
    const after = menuFlow();
    action(after, 'Welcome').Parameters.Text = 'Welcome to Acme Corporation.';
    delete action(after, 'Menu').Parameters.StoreInput;
    action(after, 'Transfer').Parameters.Priority = '1';
    const changes = changesOf(menuFlow(), after);
    expect(strip(changes)).toEqual([
      { kind: FlowChangeKind.PARAMETER_CHANGED, block: 'Welcome', blockType: 'MessageParticipant', parameter: 'Text', before: 'Welcome to Acme.', after: 'Welcome to Acme Corporation.' },
      { kind: FlowChangeKind.PARAMETER_CHANGED, block: 'Menu', blockType: 'GetParticipantInput', parameter: 'StoreInput', before: 'False', after: undefined },
      { kind: FlowChangeKind.PARAMETER_CHANGED, block: 'Transfer', blockType: 'TransferContactToQueue', parameter: 'Priority', before: undefined, after: '1' },
    ]);
    expect(changes.map((c) => c.description)).toEqual([
      'block Welcome: Text "Welcome to Acme." → "Welcome to Acme Corporation."',
      'block Menu: StoreInput "False" → (none)',
      'block Transfer: Priority (none) → "1"',
    ]);
  });

  test('nested parameters are compared leaf by leaf, by path', () => {
    const before = menuFlow();
    action(before, 'Welcome').Parameters = { Messages: [{ Text: 'Hi' }, { PromptId: 'p1' }] };
    const after = clone(before);
    action(after, 'Welcome').Parameters.Messages[1].PromptId = 'p2';
    expect(strip(changesOf(before, after))).toEqual([
      { kind: FlowChangeKind.PARAMETER_CHANGED, block: 'Welcome', blockType: 'MessageParticipant', parameter: 'Messages[1].PromptId', before: 'p1', after: 'p2' },
    ]);
  });

  test('long texts are shortened around what changed', () => {
    const long = 'Thank you for calling Acme. Our opening hours are eight to six, Monday to Friday, and nine to noon on Saturday. Please hold.';
    const [b, a] = shortenPair(long, long.replace('nine to noon', 'ten to two'));
    expect(b).toBe('…Friday, and nine to noon on Saturday…');
    expect(a).toBe('…Friday, and ten to two on Saturday…');
    expect(b.length).toBeLessThanOrEqual(80);
    const [short1, short2] = shortenPair('Hello.', 'Hello there.');
    expect([short1, short2]).toEqual(['Hello.', 'Hello there.']);
  });

  test('blocks added and removed, and the start changed', () => {
    const after = menuFlow();
    after.Actions = after.Actions.filter((a: any) => a.Identifier !== 'Welcome');
    after.StartAction = 'Greeting';
    after.Actions.unshift({ Identifier: 'Greeting', Type: 'MessageParticipant', Parameters: { Text: 'Hello.' }, Transitions: { NextAction: 'Log' } });
    after.Actions.unshift({ Identifier: 'Log', Type: 'UpdateFlowLoggingBehavior', Parameters: { FlowLoggingBehavior: 'Enabled' }, Transitions: { NextAction: 'Menu' } });
    const changes = changesOf(menuFlow(), after);
    // Greeting takes Welcome's place (same type, at the start): its text changed and it now leads to Log.
    expect(strip(changes)).toEqual([
      { kind: FlowChangeKind.BLOCK_ADDED, block: 'Log', blockType: 'UpdateFlowLoggingBehavior' },
      { kind: FlowChangeKind.BLOCK_RENAMED, block: 'Greeting', blockType: 'MessageParticipant', before: 'Welcome', after: 'Greeting' },
      { kind: FlowChangeKind.PARAMETER_CHANGED, block: 'Greeting', blockType: 'MessageParticipant', parameter: 'Text', before: 'Welcome to Acme.', after: 'Hello.' },
      { kind: FlowChangeKind.TRANSITION_CHANGED, block: 'Greeting', blockType: 'MessageParticipant', branch: 'Next', before: 'Menu', after: 'Log' },
    ]);
    const started = menuFlow();
    started.StartAction = 'Menu';
    expect(strip(changesOf(menuFlow(), started))).toEqual([{ kind: FlowChangeKind.START_CHANGED, before: 'Welcome', after: 'Menu' }]);
    const removed = menuFlow();
    removed.Actions = removed.Actions.filter((a: any) => a.Identifier !== 'Support');
    action(removed, 'Menu').Transitions.Conditions.pop();
    expect(strip(changesOf(menuFlow(), removed))).toEqual([
      { kind: FlowChangeKind.TRANSITION_CHANGED, block: 'Menu', blockType: 'GetParticipantInput', branch: '2', before: 'Support', after: undefined },
      { kind: FlowChangeKind.BLOCK_REMOVED, block: 'Support', blockType: 'UpdateContactTargetQueue' },
    ]);
  });

  test('regenerated UUIDs report only the real change', () => {
    const names = ['Welcome', 'Menu', 'Sales', 'Support', 'Transfer', 'Goodbye'];
    const before = menuFlow(Object.fromEntries(names.map((n, i) => [n, uuid(i)])));
    const after = menuFlow(Object.fromEntries(names.map((n, i) => [n, uuid(100 + i)])));
    // Reorder the actions as a console export may.
    after.Actions.reverse();
    action(after, uuid(103)).Parameters.QueueId = 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/help-desk';
    const changes = changesOf(before, after);
    expect(strip(changes)).toEqual([{
      kind: FlowChangeKind.PARAMETER_CHANGED,
      block: `UpdateContactTargetQueue ${uuid(103).slice(0, 8)}`,
      blockType: 'UpdateContactTargetQueue',
      parameter: 'QueueId',
      before: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/support',
      after: 'arn:aws:connect:us-east-1:111122223333:instance/i/queue/help-desk',
    }]);
  });

  test('renamed identifiers are matched by their place in the graph', () => {
    const after = menuFlow({ Sales: 'ToSales', Support: 'ToSupport' });
    const changes = changesOf(menuFlow(), after);
    expect(changes.map((c) => c.kind)).toEqual([FlowChangeKind.BLOCK_RENAMED, FlowChangeKind.BLOCK_RENAMED]);
    expect(changes.map((c) => c.description)).toEqual(['block Sales renamed ToSales', 'block Support renamed ToSupport']);
  });

  test('two unrelated flows: everything removed and added, still a correct diff', () => {
    const other = {
      Version: '2019-10-30',
      StartAction: 'Hold',
      Actions: [
        { Identifier: 'Hold', Type: 'Loop', Parameters: { LoopCount: '3' }, Transitions: { NextAction: 'End', Conditions: [{ NextAction: 'Music', Condition: { Operator: 'Equals', Operands: ['ContinueLooping'] } }] } },
        { Identifier: 'Music', Type: 'Wait', Parameters: { TimeLimitSeconds: '30' }, Transitions: { NextAction: 'Hold' } },
        { Identifier: 'End', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
      ],
    };
    const changes = changesOf(menuFlow(), other);
    const kinds = changes.map((c) => c.kind);
    expect(kinds.filter((k) => k === FlowChangeKind.BLOCK_ADDED)).toHaveLength(3);
    expect(kinds.filter((k) => k === FlowChangeKind.BLOCK_REMOVED)).toHaveLength(6);
    expect(changes[0]).toMatchObject({ kind: FlowChangeKind.START_CHANGED, before: 'Welcome', after: 'Hold' });
    expect(changes).toHaveLength(10);
  });

  test('a graph with a cycle is walked once (no infinite walk)', () => {
    const loop = (text: string) => ({
      Version: '2019-10-30',
      StartAction: 'A',
      Actions: [
        { Identifier: 'A', Type: 'MessageParticipant', Parameters: { Text: 'a' }, Transitions: { NextAction: 'B' } },
        { Identifier: 'B', Type: 'MessageParticipant', Parameters: { Text: text }, Transitions: { NextAction: 'A' } },
      ],
    });
    const before = loop('b');
    const after = loop('c');
    after.Actions.forEach((a: any, i: number) => { a.Identifier = uuid(i); });
    after.StartAction = uuid(0);
    after.Actions[0].Transitions.NextAction = uuid(1);
    after.Actions[1].Transitions.NextAction = uuid(0);
    expect(strip(changesOf(before, after))).toEqual([
      { kind: FlowChangeKind.PARAMETER_CHANGED, block: `MessageParticipant ${uuid(1).slice(0, 8)}`, blockType: 'MessageParticipant', parameter: 'Text', before: 'b', after: 'c' },
    ]);
  });

  test('a flow file that is not the flow language is an error naming it', () => {
    expect(() => diffFlows(menuFlow(), { modules: [], version: '1' }, { afterName: 'new.json' })).toThrow(/"new.json" is neither a flow-language document/);
  });
});

/** A template with a support and a sales queue and the menu flow, the queues by reference. */
function template(mutate: (flow: any) => void = () => undefined, flowProps: { [k: string]: unknown } = {}): any {
  const flow = menuFlow();
  action(flow, 'Sales').Parameters.QueueId = '@@SALES@@';
  action(flow, 'Support').Parameters.QueueId = '@@SUPPORT@@';
  mutate(flow);
  const [head, middle, tail] = JSON.stringify(flow).split(/"@@SALES@@"|"@@SUPPORT@@"/);
  const refs = JSON.stringify(flow).match(/@@(SALES|SUPPORT)@@/g)!;
  const ref = (r: string) => ({ 'Fn::GetAtt': [r === '@@SALES@@' ? 'SalesQueue1A2B3C4D' : 'SupportQueue5E6F7A8B', 'QueueArn'] });
  return {
    Resources: {
      SalesQueue1A2B3C4D: { Type: 'AWS::Connect::Queue', Properties: { Name: 'Sales' } },
      SupportQueue5E6F7A8B: { Type: 'AWS::Connect::Queue', Properties: { Name: 'Support' } },
      MainFlow: {
        Type: 'AWS::Connect::ContactFlow',
        Properties: {
          Name: 'Main menu',
          Type: 'CONTACT_FLOW',
          InstanceArn: { 'Fn::GetAtt': ['Instance', 'Arn'] },
          Content: { 'Fn::Join': ['', [`${head}"`, ref(refs[0]), `"${middle}"`, ref(refs[1]), `"${tail}`]] },
          ...flowProps,
        },
      },
      Whisper: {
        Type: 'AWS::Connect::ContactFlow',
        Properties: { Name: 'Whisper', Type: 'AGENT_WHISPER', Content: JSON.stringify({ Version: '2019-10-30', StartAction: 'End', Actions: [{ Identifier: 'End', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }] }) },
      },
    },
  };
}

describe('diffFlows on templates', () => {
  test('references show as the resource they point to', () => {
    const after = template((f) => { action(f, 'Support').Parameters.QueueId = '@@SALES@@'; });
    // The second reference now points to the sales queue.
    const result = diffFlows(template(), after);
    expect(result.flows.map((f) => [f.name, f.status])).toEqual([['Main menu', FlowDiffStatus.CHANGED], ['Whisper', FlowDiffStatus.UNCHANGED]]);
    expect(result.flows[0].changes.map((c) => c.description)).toEqual(['block Support: QueueId "Queue: Support" → "Queue: Sales"']);
    expect(JSON.stringify(result)).not.toMatch(/Fn::|Token\[/);
  });

  test('a flow renamed (same logical ID) and a flow type changed', () => {
    const after = template(undefined, { Name: 'Main IVR' });
    after.Resources.Whisper.Properties.Type = 'CUSTOMER_WHISPER';
    const result = diffFlows(template(), after);
    expect(result.flows.flatMap((f) => strip(f.changes))).toEqual([
      { kind: FlowChangeKind.FLOW_RENAMED, before: 'Main menu', after: 'Main IVR' },
      { kind: FlowChangeKind.FLOW_TYPE_CHANGED, before: 'AGENT_WHISPER', after: 'CUSTOMER_WHISPER' },
    ]);
  });

  test('flows added and removed', () => {
    const after = template();
    after.Resources.Hold = { ...after.Resources.Whisper, Properties: { ...after.Resources.Whisper.Properties, Name: 'Hold', Type: 'CUSTOMER_HOLD' } };
    delete after.Resources.Whisper;
    const result = diffFlows(template(), after);
    expect(result.flows.map((f) => [f.name, f.status])).toEqual([
      ['Hold', FlowDiffStatus.ADDED], ['Main menu', FlowDiffStatus.UNCHANGED], ['Whisper', FlowDiffStatus.REMOVED],
    ]);
    expect(result.flows[0].changes[0]).toMatchObject({ kind: FlowChangeKind.FLOW_ADDED, description: 'flow "Hold" (CUSTOMER_HOLD) added with 1 blocks' });
    expect(result.flows[2].changes[0]).toMatchObject({ kind: FlowChangeKind.FLOW_REMOVED, before: 'Whisper' });
    expect(result.changeCount).toBe(2);
  });

  test('a template flow whose Content is not JSON is an error naming the flow and side', () => {
    const broken = template();
    broken.Resources.Whisper.Properties.Content = '{ not json';
    expect(() => diffFlows(template(), broken)).toThrow(/flow "Whisper" \(new\): Content is not valid JSON/);
  });

  test('Markdown: a section per changed flow, a table, a Mermaid diagram with the change highlighted', () => {
    const after = template((f) => {
      action(f, 'Menu').Transitions.Conditions[0].NextAction = 'Support';
      action(f, 'Welcome').Parameters.Text = 'Welcome | to Acme.';
    });
    const result = diffFlows(template(), after);
    const md = FlowDiff.render(result, FlowDiffFormat.MARKDOWN);
    expect(md).toContain('## Flow changes: 2 changes in 1 flow (1 unchanged)');
    expect(md).toContain('### Main menu (`CONTACT_FLOW`)');
    expect(md).toContain('| parameter | Welcome | Text | Welcome to Acme. | Welcome \\| to Acme. |');
    expect(md).toContain('| transition | Menu | 1 | Sales | Support |');
    expect(md).toContain('Unchanged: Whisper');
    const diagram = result.flows[0].diagram!;
    expect(md).toContain(`\`\`\`mermaid\n${diagram}\`\`\``);
    // Welcome is b0 and Menu b1; the Menu's "1" branch is the second edge after the start edge.
    expect(diagram).toContain('  class b0,b1 changed');
    const edges = diagram.split('\n').filter((l) => l.includes('-->'));
    const thick = /linkStyle (\d+) /.exec(diagram)!;
    expect(edges[Number(thick[1])]).toBe('  b1 -->|"1"| b3');
    expect(diagram).toContain('#124;');
  });

  test('JSON: the result as it is returned', () => {
    const result = diffFlows(template(), template((f) => { action(f, 'Welcome').Parameters.Text = 'Hi.'; }));
    expect(JSON.parse(FlowDiff.render(result, FlowDiffFormat.JSON))).toEqual(JSON.parse(JSON.stringify(result)));
  });
});

describe('250-action flows', () => {
  function chain(n: number, idOf: (i: number) => string, textOf: (i: number) => string): any {
    const actions = [];
    for (let i = 0; i < n; i++) {
      actions.push({
        Identifier: idOf(i),
        Type: i % 2 === 0 ? 'MessageParticipant' : 'GetParticipantInput',
        Parameters: { Text: textOf(i) },
        Transitions: {
          NextAction: idOf((i + 1) % n),
          Conditions: i % 2 === 1 ? [{ NextAction: idOf((i + 7) % n), Condition: { Operator: 'Equals', Operands: ['1'] } }] : [],
          Errors: [{ NextAction: idOf(0), ErrorType: 'NoMatchingError' }],
        },
      });
    }
    return { Version: '2019-10-30', StartAction: idOf(0), Actions: actions };
  }

  test('regenerated identifiers and two real changes give exactly those two changes', () => {
    const before = chain(250, (i) => uuid(i), (i) => `Prompt ${i}`);
    const after = chain(250, (i) => uuid(1000 + i), (i) => (i === 120 ? 'Prompt 120, changed' : `Prompt ${i}`));
    after.Actions[201].Transitions.Conditions[0].NextAction = uuid(1000 + 3);
    const start = Date.now();
    const changes = changesOf(before, after);
    const ms = Date.now() - start;
    expect(changes.map((c) => c.description)).toEqual([
      `block MessageParticipant ${uuid(1120).slice(0, 8)}: Text "Prompt 120" → "Prompt 120, changed"`,
      `block GetParticipantInput ${uuid(1201).slice(0, 8)}: 1 MessageParticipant ${uuid(208).slice(0, 8)} → GetParticipantInput ${uuid(1003).slice(0, 8)}`,
    ]);
    // Generous: the bench (bench/diff.ts) measures it; this only guards against a quadratic walk gone wrong.
    expect(ms).toBeLessThan(2000);
  });
});

describe('Markdown for large flows', () => {
  function ring(n: number, prefix: string, text: string): any {
    const id = (i: number) => `${prefix}${i % n}`;
    return {
      Version: '2019-10-30',
      StartAction: id(0),
      Actions: Array.from({ length: n }, (_, i) => ({
        Identifier: id(i),
        Type: 'MessageParticipant',
        Parameters: { Text: i === 0 ? text : `A rather long prompt number ${i} to make the diagram heavy` },
        Transitions: { NextAction: id(i + 1), Errors: [{ NextAction: id(i + 2), ErrorType: 'NoMatchingError' }] },
      })),
    };
  }
  const templateOf = (flows: { [name: string]: any }) => ({
    Resources: Object.fromEntries(Object.entries(flows).map(([name, doc]) => [name, { Type: 'AWS::Connect::ContactFlow', Properties: { Name: name, Type: 'CONTACT_FLOW', Content: JSON.stringify(doc) } }])),
  });

  test('a diagram Mermaid would not draw (over 500 branches) is left out, saying why', () => {
    const md = FlowDiff.render(diffFlows(ring(260, 'S', 'a'), ring(260, 'S', 'b')), FlowDiffFormat.MARKDOWN);
    expect(md).toContain('(No diagram: the new flow has 521 branches, more than Mermaid draws in one diagram.)');
    expect(md).not.toContain('```mermaid');
    expect(md).toContain('| parameter | S0 | Text | a | b |');
  });

  test('a comment over GitHub\'s limit loses its largest diagrams first, never its tables', () => {
    const names = ['One', 'Two', 'Three', 'Four'];
    const sizes = [200, 120, 60, 20];
    const before = templateOf(Object.fromEntries(names.map((n, i) => [n, ring(sizes[i], n, 'a')])));
    const after = templateOf(Object.fromEntries(names.map((n, i) => [n, ring(sizes[i], n, 'b')])));
    const result = diffFlows(before, after);
    const full = result.flows.reduce((sum, f) => sum + f.diagram!.length, 0);
    expect(full).toBeGreaterThan(60_000);
    const md = FlowDiff.render(result, FlowDiffFormat.MARKDOWN);
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md).toContain('(No diagram: with it, the comment would pass GitHub\'s length limit. `--flow "One"` shows it.)');
    expect(md.match(/```mermaid/g)).toHaveLength(3);
    for (const n of names) expect(md).toContain(`| parameter | ${n}0 | Text | a | b |`);
    expect(md).not.toMatch(/\n\n\n/);
  });
});
