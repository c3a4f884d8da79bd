/**
 * Reads a test case in the Amazon Connect test-case language (`"Version": "2025-06-21"`, e.g. one
 * designed in the console) as a simulator scenario plus the checks a scenario cannot hold, and
 * lists what the simulator cannot run. The inverse of `exportTestCase`.
 *
 * The scenario is written through the small `add*` helpers below only, so that a change of the
 * scenario's types touches them and nothing else.
 */
import { inputPrompts as promptsBeforeInputs, TEST_CASE_VERSION } from './export';

/** How to read a test case. */
export interface TestCaseReadOptions {
  /**
   * The utterances of the Lex intents, as given to the export (`{ Billing: 'billing',
   * ReachPerson: '{FirstName} {LastName}' }`): a TextUtterance instruction that one of them says
   * (case and surrounding spaces aside) becomes that Lex result, with the `{Slot}` parts as slots.
   * @default - utterances cannot be simulated
   */
  readonly utterances?: { [intent: string]: string };
}

/** A test case read as a scenario. */
export interface ImportedTestCase {
  /** The scenario (inputs, lambdas, hours, expect). */
  readonly scenario: { [key: string]: any };
  /** What the simulator cannot run or check, each naming where it is in the test case. */
  readonly unsupported: string[];
  /** Per input of the scenario, the text the message it answers must contain ('' for any message). */
  readonly inputPrompts: string[];
  /** Messages the test observes without answering them: texts that must be played, in this order (contained in a prompt). */
  readonly prompts: string[];
  /** Lambda function ARNs the test observes being invoked. */
  readonly lambdaInvocations: string[];
}

type Obj = { [k: string]: any };

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Whether a JSON document is a test case rather than a scenario. */
export function isTestCaseDocument(json: unknown): boolean {
  return isObj(json) && Array.isArray(json.Observations) && typeof json.Version === 'string';
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The Lex result an utterance stands for, by the export's utterances (intent and `{Slot}` values). */
function lexResultOf(text: string, utterances: { [intent: string]: string }): Obj | undefined {
  for (const [intent, template] of Object.entries(utterances)) {
    const slots: string[] = [];
    const pattern = template.split(/(\{[^{}]+\})/).map((part) => {
      const m = /^\{([^{}]+)\}$/.exec(part);
      if (!m) return escapeRegExp(part);
      slots.push(m[1]);
      return '(.+?)';
    }).join('');
    const match = new RegExp(`^\\s*${pattern}\\s*$`, 'i').exec(text);
    if (!match) continue;
    const result: Obj = { intent };
    if (slots.length > 0) result.slots = Object.fromEntries(slots.map((s, i) => [s, match[i + 1]]));
    return result;
  }
  return undefined;
}

/** Read a test case as a scenario; `unsupported` lists what has no offline equivalent. */
export function importTestCase(doc: unknown, options: TestCaseReadOptions = {}): ImportedTestCase {
  const unsupported: string[] = [];
  const inputs: any[] = [];
  const inputTexts: string[] = [];
  const prompts: string[] = [];
  const lambdaInvocations: string[] = [];
  const lambdas: { [arn: string]: any[] } = {};
  const hours: { [arn: string]: string } = {};
  const attributes: { [name: string]: string } = {};
  const expectation: Obj = {};
  const empty = { scenario: {}, inputPrompts: [], prompts: [], lambdaInvocations: [] };
  if (!isTestCaseDocument(doc)) return { ...empty, unsupported: ['the document: not a test case ({ "Version", "Observations": […] })'] };
  const d = doc as Obj;
  if (d.Version !== TEST_CASE_VERSION) unsupported.push(`Version ${JSON.stringify(d.Version)}: only ${TEST_CASE_VERSION} is read`);

  const addInput = (input: any, text: string) => {
    inputs.push(input);
    inputTexts.push(text);
  };

  (d.Observations as any[]).forEach((o, i) => {
    const at = `Observations[${i}] (${isObj(o) ? o.Identifier : '?'})`;
    if (!isObj(o) || !isObj(o.Event)) {
      unsupported.push(`${at}: not an observation with an Event`);
      return;
    }
    if (o.Usage !== undefined && !(isObj(o.Usage) && o.Usage.Type === 'EXACTLY' && o.Usage.Times === undefined)) {
      unsupported.push(`${at}: Usage ${JSON.stringify(o.Usage)} (an observation is matched once offline)`);
    }
    const ev = o.Event;
    const props = isObj(ev.Properties) ? ev.Properties : {};
    const actions: any[] = Array.isArray(o.Actions) ? o.Actions : [];
    /** The text a message must contain, or '' for any message. */
    let messageText = '';
    if (ev.Type === 'FlowActionStarted') {
      const ap = isObj(props.ActionParameters) ? props.ActionParameters : {};
      if (props.ActionType === 'TransferContactToQueue') {
        expectation.outcome = 'TRANSFERRED_TO_QUEUE';
        if (typeof ap.QueueId === 'string') expectation.queue = ap.QueueId;
        if (typeof ap.AgentId === 'string') expectation.agent = ap.AgentId;
      } else if (props.ActionType === 'InvokeLambdaFunction' && typeof ap.LambdaFunctionARN === 'string') {
        lambdaInvocations.push(ap.LambdaFunctionARN);
      } else {
        unsupported.push(`${at}: FlowActionStarted ${props.ActionType} is not checked (TransferContactToQueue and InvokeLambdaFunction are)`);
      }
    } else if (ev.Type === 'MessageReceived') {
      const criteria = isObj(props.MatchingCriteria) ? props.MatchingCriteria.Type : (props.MatchingCriteria ?? ev.MatchingCriteria);
      const { MatchingCriteria: _criteria, Text: text, SSML: ssml, ...other } = props;
      for (const key of Object.keys(other)) unsupported.push(`${at}: the message's ${key} is not checked (Text and SSML are)`);
      if (typeof text === 'string' || typeof ssml === 'string') {
        messageText = typeof text === 'string' ? text : ssml;
        if (criteria !== undefined && criteria !== 'Inclusion') {
          unsupported.push(`${at}: ${JSON.stringify(criteria)} matching of a message (only Inclusion, containing the text, is checked offline)`);
        }
      }
      const answered = actions.some((a) => isObj(a) && a.Type === 'SendInstruction');
      if (!answered) {
        // A message heard and not answered: with a text, a prompt that must be played; without, silence.
        if (messageText !== '') prompts.push(messageText);
        else addInput({ timeout: true }, '');
      }
    } else if (ev.Type !== 'TestInitiated' && ev.Type !== 'TestCompleted') {
      unsupported.push(`${at}: event type ${JSON.stringify(ev.Type)}`);
    }
    actions.forEach((a: any, j: number) => {
      const aat = `${at}.Actions[${j}] (${isObj(a) ? a.Identifier : '?'})`;
      const p = isObj(a) && isObj(a.Parameters) ? a.Parameters : {};
      if (a?.Type === 'SendInstruction') {
        const ins = isObj(p.Instruction) ? p.Instruction : {};
        const ip = isObj(ins.Properties) ? ins.Properties : {};
        if (p.Actor !== 'Customer') {
          unsupported.push(`${aat}: instruction by ${JSON.stringify(p.Actor)} (only the customer's are simulated)`);
        } else if (ins.Type === 'DtmfInput' && ip.Value !== undefined) {
          addInput(String(ip.Value), messageText);
        } else if (ins.Type === 'TextUtterance' && typeof ip.Text === 'string') {
          const lex = lexResultOf(ip.Text, options.utterances ?? {});
          if (lex) addInput(lex, messageText);
          else unsupported.push(`${aat}: the utterance ${JSON.stringify(ip.Text)} matches none of the intents' utterances (the simulator needs the intent)`);
        } else {
          unsupported.push(`${aat}: instruction ${JSON.stringify(ins.Type)} (customer DtmfInput and TextUtterance with Text are simulated)`);
        }
      } else if (a?.Type === 'Assert') {
        const m = typeof p.Namespace === 'string' ? /^\$\.Attributes\.(.+)$/.exec(p.Namespace) : null;
        if (m && p.Operator === 'Equals' && typeof p.Operand === 'string') attributes[m[1]] = p.Operand;
        else unsupported.push(`${aat}: Assert ${p.Namespace} ${p.Operator} (only $.Attributes.<name> Equals is checked)`);
      } else if (a?.Type === 'OverrideSystemBehavior') {
        readOverride(p, aat, { lambdas, hours, unsupported });
      } else if (a?.Type === 'TestControl') {
        const command = isObj(p.Command) ? p.Command.Type : undefined;
        // Ending the test or logging data changes nothing the offline run checks.
        if (command !== 'EndTest' && command !== 'LogData') unsupported.push(`${aat}: TestControl command ${JSON.stringify(command)}`);
      } else {
        unsupported.push(`${aat}: action type ${JSON.stringify(a?.Type)}`);
      }
    });
  });
  if (Object.keys(attributes).length > 0) expectation.attributes = attributes;
  const scenario: Obj = {};
  if (inputs.length > 0) scenario.inputs = inputs;
  if (Object.keys(lambdas).length > 0) scenario.lambdas = lambdas;
  if (Object.keys(hours).length > 0) scenario.hours = hours;
  scenario.expect = expectation;
  return { scenario, unsupported, inputPrompts: inputTexts, prompts, lambdaInvocations };
}

interface OverrideTargets {
  readonly lambdas: { [arn: string]: any[] };
  readonly hours: { [arn: string]: string };
  readonly unsupported: string[];
}

function readOverride(p: Obj, aat: string, into: OverrideTargets): void {
  const b = isObj(p.Behavior) && isObj(p.Behavior.Properties) ? p.Behavior.Properties : {};
  const strategy = isObj(b.Strategy) ? b.Strategy : {};
  const response = isObj(strategy.Response) ? strategy.Response : {};
  const ap = isObj(b.ActionParameters) ? b.ActionParameters : {};
  if (strategy.Type !== 'MockResponse') {
    into.unsupported.push(`${aat}: ${b.ActionType} ${JSON.stringify(strategy.Type)} (only MockResponse is simulated)`);
  } else if (b.ActionType === 'InvokeLambdaFunction' && typeof ap.LambdaFunctionARN === 'string') {
    const list = (into.lambdas[ap.LambdaFunctionARN] ??= []);
    if (response.Type === 'Error') {
      list.push({ $error: String(response.Error?.Value ?? 'NoMatchingError') });
    } else {
      try {
        list.push(JSON.parse(response.ExecutionResult?.LoadedData ?? '{}'));
      } catch {
        into.unsupported.push(`${aat}: LoadedData is not JSON`);
      }
    }
  } else if (b.ActionType === 'CheckHoursOfOperation' && typeof ap.HoursOfOperationId === 'string' && response.Type === 'ExecutionResult') {
    const v = response.ExecutionResult?.Value;
    if (v === 'InHours' || v === 'OutOfHours') into.hours[ap.HoursOfOperationId] = v === 'InHours' ? 'open' : 'closed';
    else into.unsupported.push(`${aat}: hours result ${JSON.stringify(v)}`);
  } else {
    into.unsupported.push(`${aat}: override of ${b.ActionType} (${response.Type})`);
  }
}

/** What `testCaseCheckDifferences` reads of a simulation result. */
interface RunFacts {
  readonly events: ReadonlyArray<{ readonly kind: string; readonly text: string }>;
  readonly prompts: string[];
  readonly lambdaCalls: ReadonlyArray<{ readonly functionArn: string }>;
}

/**
 * The checks of an imported test case that its scenario cannot hold, against an offline run: each
 * input answered the message its observation waits for, the unanswered messages were played in
 * order (containing their text), and the observed Lambda functions were invoked. One line per
 * difference; empty when they all hold.
 */
export function testCaseCheckDifferences(imported: ImportedTestCase, result: RunFacts): string[] {
  const out: string[] = [];
  const before = promptsBeforeInputs(result.events);
  imported.inputPrompts.forEach((text, i) => {
    if (text === '' || imported.scenario.inputs?.[i]?.timeout) return;
    if ((before[i] ?? '').includes(text)) return;
    out.push(`input ${i + 1}: expected to answer a message containing ${JSON.stringify(text)}; it answered ${JSON.stringify(before[i] ?? '(no input taken)')}`);
  });
  let from = 0;
  for (const text of imported.prompts) {
    const i = result.prompts.findIndex((p, k) => k >= from && p.includes(text));
    if (i < 0) {
      out.push(`prompts: expected one containing ${JSON.stringify(text)}${from > 0 ? ` after ${JSON.stringify(result.prompts[from - 1])}` : ''}; played ${JSON.stringify(result.prompts)}`);
      break;
    }
    from = i + 1;
  }
  const observed = new Map<string, number>();
  for (const arn of imported.lambdaInvocations) observed.set(arn, (observed.get(arn) ?? 0) + 1);
  for (const [arn, times] of observed) {
    const made = result.lambdaCalls.filter((c) => c.functionArn === arn).length;
    if (made < times) out.push(`Lambda: expected ${times} call(s) to ${arn}; ${made} made`);
  }
  return out;
}
