/**
 * Structural checks of exported test cases against the documented shape of the Amazon Connect
 * test-case language (API reference, "Testing language").
 */

/** Structural check against the documented shape of the test-case language. */
export function checkShape(doc: any): void {
  expect(doc.Version).toBe('2025-06-21');
  expect(doc.Metadata).toEqual({});
  const ids = new Set<string>(doc.Observations.map((o: any) => o.Identifier));
  expect(ids.size).toBe(doc.Observations.length);
  expect(doc.Observations[0].Event.Type).toBe('TestInitiated');
  expect(doc.Observations.filter((o: any) => o.Event.Type === 'TestInitiated')).toHaveLength(1);
  expect(doc.Observations.filter((o: any) => o.Event.Type === 'TestCompleted')).toHaveLength(1);
  for (const o of doc.Observations) {
    expect(Object.keys(o).sort()).toEqual(['Actions', 'Event', 'Identifier', 'Transitions']);
    expect(Object.keys(o.Event).sort()).toEqual(['Actor', 'Identifier', 'Properties', 'Type']);
    if (o.Event.Type === 'MessageReceived' && Object.keys(o.Event.Properties).length > 0) {
      // A message to match: exactly one of Text, SSML or PromptId, and how to match it.
      expect(Object.keys(o.Event.Properties).filter((k) => ['Text', 'SSML', 'PromptId'].includes(k))).toHaveLength(1);
      expect(o.Event.Properties.MatchingCriteria).toEqual({ Type: 'Inclusion' });
    }
    if (o.Event.Type === 'FlowActionStarted') {
      expect(['InvokeLambdaFunction', 'CheckHoursOfOperation', 'TransferContactToQueue', 'ConnectParticipantWithLexBot']).toContain(o.Event.Properties.ActionType);
    }
    expect(['TestInitiated', 'MessageReceived', 'FlowActionStarted', 'TestCompleted']).toContain(o.Event.Type);
    expect(o.Event.Actor).toBe('System');
    for (const next of o.Transitions.NextObservations ?? []) expect(ids.has(next)).toBe(true);
    const actionIds = new Set<string>(o.Actions.map((a: any) => a.Identifier));
    for (const a of o.Actions) {
      expect(['SendInstruction', 'OverrideSystemBehavior', 'Assert']).toContain(a.Type);
      if (a.Type !== 'Assert') expect(a.Parameters.ActionType).toBe(a.Type);
      if (a.Type === 'SendInstruction') {
        expect(a.Parameters.Actor).toBe('Customer');
        expect(['DtmfInput', 'TextUtterance']).toContain(a.Parameters.Instruction.Type);
        if (a.Parameters.Instruction.Type === 'TextUtterance') expect(Object.keys(a.Parameters.Instruction.Properties).sort()).toEqual(['LanguageCode', 'Text']);
      }
      if (a.Transitions.NextAction !== undefined) expect(actionIds.has(a.Transitions.NextAction)).toBe(true);
    }
  }
}
