/**
 * The structs of `FlowSimulator.scenarioFromTestCase` and `FlowSimulator.runTestCase`
 * (jsii-compatible).
 */
import { SimulationResult, SimulationScenario } from '../types';

/** How `FlowSimulator` reads an Amazon Connect test case. */
export interface TestCaseImportOptions {
  /**
   * The flow the test case's entry point enters (Name or logical ID): the test-case content does
   * not name it.
   * @default - the scenario's default: the only flow, or the first CONTACT_FLOW of the template
   */
  readonly flow?: string;
  /**
   * What the caller says for each Lex intent, as given to the export (`{ Billing: 'billing',
   * ReachPerson: '{FirstName} {LastName}' }`): a TextUtterance instruction saying one of them
   * (case and surrounding spaces aside) runs as that intent, with the `{Slot}` parts as its slots.
   * @default - utterances cannot be simulated
   */
  readonly utterances?: { [intent: string]: string };
  /**
   * Deployed ARNs in the test case, by what they stand for in the template (a logical ID, a
   * resource Name or a function name), as given to the export (`{ Lookup: 'arn:aws:lambda:…:function:lookup-prod' }`):
   * each is read as the template's resource, so a test case exported with deployed ARNs runs
   * offline. A key that names no resource of the template is reported in `unsupported`.
   * @default - ARNs are read as they are
   */
  readonly resourceArns?: { [key: string]: string };
}

/** An Amazon Connect test case read as a scenario. */
export interface TestCaseScenario {
  /**
   * The scenario: DTMF and utterance instructions and silences as `inputs`, Lambda and hours mock
   * responses as `lambdas` and `hours`, the observed queue transfer and `$.Attributes` assertions
   * as `expect`.
   */
  readonly scenario: SimulationScenario;
  /** What cannot be simulated or checked offline, each naming where it is in the test case. Empty when everything can. */
  readonly unsupported: string[];
  /** Per scenario input, the text of the message it answers ('' for any message). */
  readonly inputPrompts: string[];
  /** Texts of messages the test observes without answering: prompts that must be played, in this order (contained in the prompt). */
  readonly prompts: string[];
  /** ARNs of the Lambda functions the test observes being invoked (once per observation). */
  readonly lambdaInvocations: string[];
}

/** An offline run of an Amazon Connect test case. */
export interface TestCaseRun {
  /** What cannot be simulated or checked offline; when not empty, nothing ran. */
  readonly unsupported: string[];
  /**
   * The simulated contact.
   * @default - not run: see `unsupported`
   */
  readonly result?: SimulationResult;
  /** How the run differs from what the test case checks, one line per difference. */
  readonly differences: string[];
  /** true when it ran and every check held. */
  readonly passed: boolean;
}
