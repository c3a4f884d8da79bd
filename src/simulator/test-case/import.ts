/**
 * Reads a test case in the Amazon Connect test-case language (`"Version": "2025-06-21"`, e.g. one
 * designed in the console) as a simulator scenario, listing what the simulator cannot run.
 */
import { TEST_CASE_VERSION } from './export';

/** A test case read as a scenario. */
export interface ImportedTestCase {
  /** The scenario (inputs, lambdas, hours, expect). */
  readonly scenario: { [key: string]: any };
  /** What the simulator cannot run or check, each naming where it is in the test case. */
  readonly unsupported: string[];
}

function isObj(v: unknown): v is { [k: string]: any } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Whether a JSON document is a test case rather than a scenario. */
export function isTestCaseDocument(json: unknown): boolean {
  return isObj(json) && Array.isArray(json.Observations) && typeof json.Version === 'string';
}

/** Read a test case as a scenario; `unsupported` lists what has no offline equivalent. */
export function importTestCase(doc: unknown): ImportedTestCase {
  const unsupported: string[] = [];
  const inputs: string[] = [];
  const lambdas: { [arn: string]: any[] } = {};
  const hours: { [arn: string]: string } = {};
  const attributes: { [name: string]: string } = {};
  const expectation: { [key: string]: any } = {};
  if (!isTestCaseDocument(doc)) return { scenario: {}, unsupported: ['the document: not a test case ({ "Version", "Observations": […] })'] };
  const d = doc as { [k: string]: any };
  if (d.Version !== TEST_CASE_VERSION) unsupported.push(`Version ${JSON.stringify(d.Version)}: only ${TEST_CASE_VERSION} is read`);
  (d.Observations as any[]).forEach((o, i) => {
    const at = `Observations[${i}] (${isObj(o) ? o.Identifier : '?'})`;
    if (!isObj(o) || !isObj(o.Event)) {
      unsupported.push(`${at}: not an observation with an Event`);
      return;
    }
    const ev = o.Event;
    const props = isObj(ev.Properties) ? ev.Properties : {};
    if (ev.Type === 'FlowActionStarted') {
      if (props.ActionType === 'TransferContactToQueue') {
        expectation.outcome = 'TRANSFERRED_TO_QUEUE';
        if (isObj(props.ActionParameters) && typeof props.ActionParameters.QueueId === 'string') expectation.queue = props.ActionParameters.QueueId;
        if (isObj(props.ActionParameters) && props.ActionParameters.AgentId !== undefined) unsupported.push(`${at}: the AgentId of a transfer is not checked`);
      } else {
        unsupported.push(`${at}: FlowActionStarted ${props.ActionType} is not checked (only TransferContactToQueue is)`);
      }
    } else if (ev.Type === 'MessageReceived') {
      if (Object.keys(props).length > 0) unsupported.push(`${at}: the message properties of MessageReceived are not checked`);
    } else if (ev.Type !== 'TestInitiated' && ev.Type !== 'TestCompleted') {
      unsupported.push(`${at}: event type ${JSON.stringify(ev.Type)}`);
    }
    (Array.isArray(o.Actions) ? o.Actions : []).forEach((a: any, j: number) => {
      const aat = `${at}.Actions[${j}] (${isObj(a) ? a.Identifier : '?'})`;
      const p = isObj(a) && isObj(a.Parameters) ? a.Parameters : {};
      if (a?.Type === 'SendInstruction') {
        const ins = isObj(p.Instruction) ? p.Instruction : {};
        if (p.Actor === 'Customer' && ins.Type === 'DtmfInput' && isObj(ins.Properties) && ins.Properties.Value !== undefined) inputs.push(String(ins.Properties.Value));
        else unsupported.push(`${aat}: instruction ${JSON.stringify(ins.Type)} (only customer DtmfInput is simulated)`);
      } else if (a?.Type === 'Assert') {
        const m = typeof p.Namespace === 'string' ? /^\$\.Attributes\.(.+)$/.exec(p.Namespace) : null;
        if (m && p.Operator === 'Equals' && typeof p.Operand === 'string') attributes[m[1]] = p.Operand;
        else unsupported.push(`${aat}: Assert ${p.Namespace} ${p.Operator} (only $.Attributes.<name> Equals is checked)`);
      } else if (a?.Type === 'OverrideSystemBehavior') {
        const b = isObj(p.Behavior) && isObj(p.Behavior.Properties) ? p.Behavior.Properties : {};
        const strategy = isObj(b.Strategy) ? b.Strategy : {};
        const response = isObj(strategy.Response) ? strategy.Response : {};
        const ap = isObj(b.ActionParameters) ? b.ActionParameters : {};
        if (strategy.Type !== 'MockResponse') {
          unsupported.push(`${aat}: ${b.ActionType} ${JSON.stringify(strategy.Type)} (only MockResponse is simulated)`);
        } else if (b.ActionType === 'InvokeLambdaFunction' && typeof ap.LambdaFunctionARN === 'string') {
          const list = (lambdas[ap.LambdaFunctionARN] ??= []);
          if (response.Type === 'Error') {list.push({ $error: String(response.Error?.Value ?? 'NoMatchingError') });} else {
            try {
              list.push(JSON.parse(response.ExecutionResult?.LoadedData ?? '{}'));
            } catch {
              unsupported.push(`${aat}: LoadedData is not JSON`);
            }
          }
        } else if (b.ActionType === 'CheckHoursOfOperation' && typeof ap.HoursOfOperationId === 'string' && response.Type === 'ExecutionResult') {
          const v = response.ExecutionResult?.Value;
          if (v === 'InHours' || v === 'OutOfHours') hours[ap.HoursOfOperationId] = v === 'InHours' ? 'open' : 'closed';
          else unsupported.push(`${aat}: hours result ${JSON.stringify(v)}`);
        } else {
          unsupported.push(`${aat}: override of ${b.ActionType} (${response.Type})`);
        }
      } else {
        unsupported.push(`${aat}: action type ${JSON.stringify(a?.Type)}`);
      }
    });
  });
  if (Object.keys(attributes).length > 0) expectation.attributes = attributes;
  const scenario: { [key: string]: any } = {};
  if (inputs.length > 0) scenario.inputs = inputs;
  if (Object.keys(lambdas).length > 0) scenario.lambdas = lambdas;
  if (Object.keys(hours).length > 0) scenario.hours = hours;
  scenario.expect = expectation;
  return { scenario, unsupported };
}
