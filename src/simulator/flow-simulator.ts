import { CFlow, Engine, EngineFlow } from './engine';
import { handlerOf } from './handlers';
import { expectationDifferences, readScenario } from './scenario';
import { indexTemplate, isTemplate } from './template';
import { importTestCase, testCaseCheckDifferences } from './test-case/import';
import { TestCaseImportOptions, TestCaseRun, TestCaseScenario } from './test-case/types';
import { ILambdaStub, ScenarioExpectation, SimulationResult, SimulationScenario, SimulatorFlowInfo } from './types';
import { ContactFlowType, isFlowType } from '../flows/language/flow-types';

export * from './types';
export * from './test-case/types';

/** Options of `FlowSimulator.fromDocument`. */
export interface FlowSimulatorOptions {
  /**
   * The name of the flow (what `SimulationScenario.flow` and the result's `flows` use).
   * @default 'flow'
   */
  readonly name?: string;
  /**
   * The flow type.
   * @default - unknown
   */
  readonly type?: ContactFlowType;
}

/**
 * Runs flow-language JSON offline: a scripted caller (DTMF, Lex results, silence), scripted or
 * stubbed Lambda responses, hours, queue metrics. No AWS call is made.
 *
 * The flows are compiled once; `simulate` can then be called many times, e.g.
 * `FlowSimulator.fromTemplate(Template.fromStack(stack).toJSON()).simulate({ flow: 'Main menu', inputs: [{ digits: '1' }] })`.
 */
export class FlowSimulator {
  /**
   * Simulate one flow-language document (`{ Version, StartAction, Actions }`).
   */
  public static fromDocument(document: any, options: FlowSimulatorOptions = {}): FlowSimulator {
    return new FlowSimulator(new Engine([{ name: options.name ?? 'flow', type: options.type, module: document?.Settings !== undefined, document }], handlerOf));
  }

  /**
   * Simulate the flows of a synthesized CloudFormation template
   * (`Template.fromStack(stack).toJSON()` or a `cdk.out` `*.template.json`). Intrinsics are
   * resolved to stable fake ARNs that contain the logical IDs
   * (`arn:aws:connect:us-east-1:123456789012:instance/<Instance>/queue/<Queue>`,
   * `arn:aws:lambda:us-east-1:123456789012:function:<Function>`). TransferToFlow into another
   * inbound or transfer flow of the template is followed; into a flow of another type or a flow
   * module it takes the error branch, as in Connect. InvokeFlowModule of a module of the template
   * runs it with the caller's `Input` (`$.Modules.Input`) and continues on the branch its
   * EndFlowModuleExecution `Result` names (`$.Modules.Result`, `$.Modules.ResultData` after the call).
   */
  public static fromTemplate(template: any): FlowSimulator {
    const index = indexTemplate(template);
    const flows: EngineFlow[] = index.flows.map((f) => ({
      name: f.name,
      logicalId: f.logicalId,
      arn: f.arn,
      type: isFlowType(f.type) ? f.type : undefined,
      module: f.module,
      document: f.document,
      problem: f.contentError,
    }));
    return new FlowSimulator(new Engine(flows, handlerOf, index));
  }

  /**
   * A template or a flow document, whichever the JSON is.
   */
  public static fromJson(json: any, options: FlowSimulatorOptions = {}): FlowSimulator {
    return isTemplate(json) ? FlowSimulator.fromTemplate(json) : FlowSimulator.fromDocument(json, options);
  }

  /**
   * How a result differs from what the scenario expects (`expect`), one line per difference,
   * in the order outcome, queue, agent, transferredTo, callbackNumber, lambdaCalls, attributes,
   * contactTags, prompts. Empty when everything matches or nothing is expected.
   */
  public static differences(result: SimulationResult, expectation?: ScenarioExpectation): string[] {
    return expectationDifferences(result, expectation);
  }

  /**
   * A scenario written as JSON (a scenario file: the format of `cdk-contact-center test`), in the
   * typed form: keys given as a string or a number become `{ digits }`, a Lambda response
   * becomes `{ response }` and `{ "$error": "…" }` becomes `{ error }`, a map in `hours` becomes
   * `hours` (its `default`) and `hoursByName`, metric names as flows write them and per-queue
   * objects in `metrics` become `metrics` and `metricsByQueue`. Strict: throws on unknown keys,
   * values outside their enumeration and inputs that are not exactly one kind, naming the key
   * and what is allowed.
   *
   * @param json the parsed JSON scenario
   */
  public static parseScenario(json: any): SimulationScenario {
    const { scenario, problems } = readScenario(json, 'json');
    if (problems.length > 0) throw new Error(`invalid scenario: ${problems.join('; ')}`);
    return scenario;
  }

  /**
   * Read an Amazon Connect test case (test-case language `"Version": "2025-06-21"`, e.g. designed
   * in the console and exported, or written by `cdk-contact-center export-test`) as a scenario.
   * What the simulator cannot run or check is listed in `unsupported`, each naming where it is:
   * substituted resources, Lex, queue and hours-error overrides, observed flow actions other than
   * TransferContactToQueue and InvokeLambdaFunction, assertions other than
   * `$.Attributes.<name> Equals`, customer disconnects, semantic (Similarity) message matching,
   * other versions.
   */
  public static scenarioFromTestCase(testCase: any, options: TestCaseImportOptions = {}): TestCaseScenario {
    const imported = importTestCase(testCase, options);
    const json = options.flow === undefined ? imported.scenario : { flow: options.flow, ...imported.scenario };
    const { scenario, problems } = readScenario(json, 'json');
    return { ...imported, scenario, unsupported: [...imported.unsupported, ...problems] };
  }

  private constructor(private readonly engine: Engine) {}

  /**
   * The compiled flows, for `FlowCoverage`.
   * @internal
   */
  public _compiledFlows(): CFlow[] {
    return this.engine.flows;
  }

  /** @internal The compiled flow a name, logical ID or ARN names (for coverage). */
  public _findFlow(key: string): CFlow | undefined {
    return this.engine.findFlow(key);
  }

  /**
   * The flows that can be simulated.
   */
  public listFlows(): SimulatorFlowInfo[] {
    return this.engine.flows.map((f) => ({ name: f.name, logicalId: f.logicalId, type: f.type, module: f.module }));
  }

  /**
   * Answer the calls of a Lambda function with a stub. Responses scripted in a scenario's
   * `lambdas` take precedence.
   *
   * @param key logical ID, function name or a fragment of the function ARN
   * @param stub returns the response, or throws to make the call fail
   */
  public addLambdaStub(key: string, stub: ILambdaStub): void {
    this.engine.addStub(key, stub);
  }

  /**
   * Run one simulated contact.
   */
  public simulate(scenario: SimulationScenario = {}): SimulationResult {
    const read = readScenario(scenario, 'code', this.engine.scenarioContext());
    if (read.problems.length > 0) throw new Error(`invalid scenario: ${read.problems.join('; ')}`);
    return this.engine.run(read.scenario);
  }

  /**
   * Run an Amazon Connect test case offline (see `scenarioFromTestCase`): its scenario is
   * simulated and compared with its `expect`, and the checks a scenario cannot hold are made on
   * the result (the message each input answers, the unanswered messages in order, the observed
   * Lambda invocations). Queue and agent ARNs of the template's resources compare with their
   * logical IDs. When something cannot be simulated, nothing runs and `unsupported` says what; an
   * invalid scenario (e.g. a Lambda ARN no flow invokes) is reported there too.
   */
  public runTestCase(testCase: any, options: TestCaseImportOptions = {}): TestCaseRun {
    const mapped = this.mapDeployedArns(testCase, options.resourceArns ?? {});
    const imported = FlowSimulator.scenarioFromTestCase(mapped.testCase, options);
    const problems = [...mapped.problems, ...imported.unsupported];
    const unsupported = [...problems, ...(problems.length > 0 ? [] : this.validateScenario(imported.scenario))];
    if (unsupported.length > 0) return { unsupported, differences: [], passed: false };
    const result = this.engine.run(imported.scenario);
    // The test case names queues and agents by ARN; the result names those of the template by logical ID.
    const e = imported.scenario.expect ?? {};
    const expectation = {
      ...e,
      queue: e.queue === undefined ? undefined : this.engine.display(e.queue),
      agent: e.agent === undefined ? undefined : this.engine.display(e.agent),
    };
    const differences = [...expectationDifferences(result, expectation), ...testCaseCheckDifferences(imported, result)];
    return { unsupported: [], result, differences, passed: differences.length === 0 };
  }

  /** The test case with each deployed ARN replaced by the template's ARN of the resource its key names. */
  private mapDeployedArns(testCase: any, arns: { [key: string]: string }): { testCase: any; problems: string[] } {
    const problems: string[] = [];
    let text: string | undefined;
    for (const [key, deployed] of Object.entries(arns)) {
      const own = this.templateArn(key);
      if (own === undefined) {
        problems.push(`resourceArns.${key}: names no resource of the template (a logical ID, resource Name or function name)`);
        continue;
      }
      text = (text ?? JSON.stringify(testCase)).split(JSON.stringify(deployed).slice(1, -1)).join(JSON.stringify(own).slice(1, -1));
    }
    return { testCase: text === undefined ? testCase : JSON.parse(text), problems };
  }

  /** The ARN (as the template resolves it) of a resource named by logical ID, Name or function name. */
  private templateArn(key: string): string | undefined {
    const { logicalIds, names } = this.engine;
    for (const [arn, id] of logicalIds) {
      if (!arn.startsWith('arn:')) continue;
      if (id === key || names.get(id) === key || arn.endsWith(`:function:${key}`)) return arn;
    }
    return undefined;
  }

  /**
   * The problems of a scenario, each naming the key and what is allowed: unknown keys at any
   * depth, values outside their enumeration (`hours`, `expect.outcome`, `thirdPartyResult`…),
   * inputs that are not exactly one of digits, intent or timeout, Lambda results that are not
   * exactly one of response or error, and `lambdas` keys that match no function the flows
   * invoke (nor a stub). Empty when the scenario is fine; `simulate` throws on any. A scenario
   * read from JSON goes through `parseScenario` first.
   */
  public validateScenario(scenario: SimulationScenario): string[] {
    return readScenario(scenario, 'code', this.engine.scenarioContext()).problems;
  }

}
