/**
 * The simulator's scenario and result structs (jsii-compatible).
 */
import { ContactFlowType } from '../flows/language/flow-types';

/** How a simulated contact left the flow. */
export enum SimulationOutcome {
  /** Transferred to the working queue (TransferContactToQueue, DequeueContactAndTransferToQueue). */
  TRANSFERRED_TO_QUEUE = 'TRANSFERRED_TO_QUEUE',
  /** A callback was created (whatever the flow did after). */
  CALLBACK_CREATED = 'CALLBACK_CREATED',
  /** Transferred to a flow that is not part of the simulated template. */
  TRANSFERRED_TO_FLOW = 'TRANSFERRED_TO_FLOW',
  /** Transferred to an external phone number. */
  TRANSFERRED_TO_PHONE_NUMBER = 'TRANSFERRED_TO_PHONE_NUMBER',
  /** Joined with the agent (TransferContactToAgent, e.g. in an agent transfer flow). */
  TRANSFERRED_TO_AGENT = 'TRANSFERRED_TO_AGENT',
  /** DisconnectParticipant. */
  DISCONNECTED = 'DISCONNECTED',
  /**
   * EndFlowExecution / EndFlowModuleExecution (whisper, queue and hold flows, modules), or a loop
   * of prompts without interruption (it repeats until an agent answers or the hold ends).
   */
  ENDED = 'ENDED',
  /** The step limit was reached (usually a loop waiting for input that never comes). */
  STEP_LIMIT = 'STEP_LIMIT',
  /** The contact hit an error with no branch, a dangling branch or a dead end. */
  ERROR = 'ERROR',
}

/** The simulated contact. */
export interface SimulatedContact {
  /**
   * The caller's number (`$.CustomerEndpoint.Address`): E.164 for a voice contact, or `anonymous`
   * for a caller who withholds their number.
   * @default '+15555550100'
   */
  readonly customerNumber?: string;
  /**
   * The dialled number (`$.SystemEndpoint.Address`): E.164 for a voice contact.
   * @default '+15555550199'
   */
  readonly systemNumber?: string;
  /**
   * The channel (`$.Channel`): VOICE, CHAT or TASK.
   * @default 'VOICE'
   */
  readonly channel?: string;
  /**
   * Contact attributes set before the flow starts (`$.Attributes.X`).
   * @default - none
   */
  readonly attributes?: { [key: string]: string };
  /**
   * The working queue when the flow starts (ARN, logical ID or name), as in queue, whisper
   * and transfer flows.
   * @default - no working queue
   */
  readonly queue?: string;
  /**
   * Other contact data read with `$.<Key>` (e.g. `CallbackNumber` in a callback's whisper flow).
   * @default - none
   */
  readonly systemAttributes?: { [key: string]: string };
  /**
   * `$.ContactId` (and `$.InitialContactId`).
   * @default 'contact-0001'
   */
  readonly contactId?: string;
  /**
   * `$.LanguageCode` until UpdateContactData changes it.
   * @default 'en-US'
   */
  readonly languageCode?: string;
}

/**
 * A scripted call. A scenario file (CLI `--scenario`, `cdk-contact-center test`,
 * `FlowSimulator.parseScenario`) uses the same keys and also takes shorthands, noted on each key.
 */
export interface SimulationScenario {
  /**
   * What the scenario is about (shown by `cdk-contact-center test`; not simulated).
   * @default - none
   */
  readonly description?: string;
  /**
   * The flow to start in, by Name or logical ID, when simulating a template with several flows.
   * @default - the only flow, or the first CONTACT_FLOW of the template
   */
  readonly flow?: string;
  /**
   * The contact.
   * @default - a voice call from +15555550100 to +15555550199
   */
  readonly contact?: SimulatedContact;
  /**
   * Caller inputs, consumed in order by input-taking blocks: keys (`{ digits: '1' }`: a menu takes
   * the first key, stored input the digits up to the termination sequence), a Lex result
   * (`{ intent: 'Billing', slots: { … } }`) or silence (`{ timeout: true }`). When they run out,
   * every input block times out. The JSON form also takes keys as a string or a number (`"1"`, `1`).
   * @default - none: every input block times out
   */
  readonly inputs?: ScenarioInput[];
  /**
   * Lambda results by logical ID, function name or ARN fragment: each call takes the next one,
   * the last repeats. Functions not listed (and without a stub) return `{}`. In the JSON form an
   * entry is the response object itself, and `{ "$error": "…" }` makes the call fail.
   * @default - every function returns {}
   */
  readonly lambdas?: { [key: string]: ScenarioLambdaResult[] };
  /**
   * The state of every hours of operation the flow checks, except those named in `hoursByName`.
   * When given, `time` is not used. The JSON form also takes a map here (`{ "Support": "closed",
   * "default": "open" }`): `default` becomes `hours`, the other keys `hoursByName`.
   * @default - `time` decides where the template has the schedule; otherwise open
   */
  readonly hours?: HoursState;
  /**
   * The state of hours of operation by name, logical ID or ARN fragment. Hours it does not name
   * take `hours`; without `hours`, they follow `time` (or are assumed open, with a warning).
   * @default - none named
   */
  readonly hoursByName?: { [nameOrIdOrArnFragment: string]: HoursState };
  /**
   * The time of the call, ISO 8601 with an offset (`2026-12-25T10:30:00-05:00`). Hours of
   * operation defined in the template are then evaluated at that time — weekly schedule in the
   * hours' time zone, dated overrides first — unless `hours` or `hoursByName` decides them.
   * @default - hours are open unless `hours` or `hoursByName` says otherwise
   */
  readonly time?: string;
  /**
   * Queue metrics of every queue (and agent) the flow reads metrics of, except those in
   * `metricsByQueue`. Without them, `CheckStaffing` (CheckMetricData on agents) finds agents and
   * takes its "agents available" branch, `CheckQueueStatus` compares 0, and `GetQueueMetrics` sets
   * `$.Metrics.Queue.Size` to 0 and `$.Metrics.Agents.Available.Count` to 1. The JSON form also
   * takes the metric names as written in flows (`"NumberOfAgentsAvailable": 0`) and per-queue
   * objects here (`{ "Sales": { "NumberOfContactsInQueue": 9 } }`).
   * @default - 1 agent available, staffed and online; no contacts in queue
   */
  readonly metrics?: QueueMetrics;
  /**
   * Queue metrics by queue name, logical ID or ARN fragment; metrics not given there come from
   * `metrics`, then the defaults.
   * @default - every queue has `metrics`
   */
  readonly metricsByQueue?: { [queueNameOrIdOrArnFragment: string]: QueueMetrics };
  /**
   * Maximum number of actions executed before the outcome is STEP_LIMIT (1 or more).
   * @default 500
   */
  readonly maxSteps?: number;
  /**
   * Seed of the draw of DistributeByPercentage.
   * @default 1
   */
  readonly seed?: number;
  /**
   * Queues are full: transfers take QueueAtCapacity.
   * @default false
   */
  readonly queueAtCapacity?: boolean;
  /**
   * Result of TransferParticipantToThirdParty: "connected", "failed" (CallFailed) or
   * "timeout" (ConnectionTimeLimitExceeded).
   * @default 'connected'
   */
  readonly thirdPartyResult?: string;
  /**
   * Callback number prefixes that are not dialable (CallbackNumberNotDialable), e.g. "+447".
   * @default - every valid E.164 number is dialable
   */
  readonly undialablePrefixes?: string[];

  /**
   * Results of the actions that call other services (media streaming, contact tags, views,
   * cases, tasks, Voice ID, customer profiles, routing criteria…), by action Identifier or action
   * type (`"GetCustomerProfile"`), consumed in order, the last one repeating, as Lambda responses
   * are: `"success"` takes the NextAction, an error type (`"NoneFoundError"`) takes that error
   * branch, anything else is the value the conditions are compared with (`"Authenticated"`).
   * @default - every such action succeeds
   */
  readonly actionResults?: { [key: string]: string[] };

  /**
   * What the simulated contact must end with; `cdk-contact-center test` and
   * `FlowSimulator.check()` compare it with the result.
   * @default - nothing is expected
   */
  readonly expect?: ScenarioExpectation;
}

/** The state of hours of operation in a scenario. */
export enum HoursState {
  /** In hours (`CheckHoursOfOperation` takes True). */
  OPEN = 'open',
  /** Out of hours (`CheckHoursOfOperation` takes False). */
  CLOSED = 'closed',
}

/** The sentiment Amazon Lex detected in a caller utterance (`$.Lex.SentimentResponse.Label`). */
export enum LexSentiment {
  /** POSITIVE */
  POSITIVE = 'POSITIVE',
  /** NEGATIVE */
  NEGATIVE = 'NEGATIVE',
  /** NEUTRAL */
  NEUTRAL = 'NEUTRAL',
  /** MIXED */
  MIXED = 'MIXED',
}

/**
 * One caller input of a scenario: exactly one of `digits`, `intent` (a Lex result, with its
 * optional `slots`, `sessionAttributes`, `confidence`, `sentiment`) or `timeout`.
 */
export interface ScenarioInput {
  /**
   * Keys pressed (DTMF): a menu takes the first key, stored input takes the digits up to the
   * termination sequence. An empty string is no key press.
   * @default - not keys
   */
  readonly digits?: string;
  /**
   * The intent Amazon Lex recognized (`$.Lex.IntentName`, the branch of the bot block).
   * @default - not a Lex result
   */
  readonly intent?: string;
  /**
   * Slot values of the Lex result (`$.Lex.Slots.<name>`); only with `intent`.
   * @default - no slots
   */
  readonly slots?: { [name: string]: string };
  /**
   * Session attributes the bot returns (`$.Lex.SessionAttributes.<name>`), on top of those the
   * block sends; only with `intent`.
   * @default - those the block sends
   */
  readonly sessionAttributes?: { [name: string]: string };
  /**
   * Intent confidence score, 0 to 1 (`$.Lex.IntentConfidence.Score`); only with `intent`.
   * @default - not set
   */
  readonly confidence?: number;
  /**
   * Detected sentiment (`$.Lex.SentimentResponse.Label`); only with `intent`.
   * @default - not set
   */
  readonly sentiment?: LexSentiment;
  /**
   * `true`: the caller stays silent and the block times out.
   * @default false
   */
  readonly timeout?: boolean;
}

/** One scripted Lambda result of a scenario: a `response`, or an `error` that makes the call fail. */
export interface ScenarioLambdaResult {
  /**
   * The response object the function returns (`$.External`); not with `error`.
   * @default {}
   */
  readonly response?: { [key: string]: any };
  /**
   * The call fails with this message (the block takes its error branch); not with `response`.
   * @default - the call returns `response`
   */
  readonly error?: string;
}

/**
 * Queue metrics a scenario gives, as `CheckMetricData` and `GetMetricData` read them.
 */
export interface QueueMetrics {
  /**
   * NumberOfAgentsAvailable (`$.Metrics.Agents.Available.Count`).
   * @default 1
   */
  readonly numberOfAgentsAvailable?: number;
  /**
   * NumberOfAgentsStaffed (`$.Metrics.Agents.Staffed.Count`).
   * @default 1
   */
  readonly numberOfAgentsStaffed?: number;
  /**
   * NumberOfAgentsOnline (`$.Metrics.Agents.Online.Count`).
   * @default 1
   */
  readonly numberOfAgentsOnline?: number;
  /**
   * NumberOfContactsInQueue (`$.Metrics.Queue.Size`).
   * @default 0
   */
  readonly numberOfContactsInQueue?: number;
  /**
   * OldestContactInQueueAgeSeconds (`$.Metrics.Queue.OldestContactAge`).
   * @default 0
   */
  readonly oldestContactInQueueAgeSeconds?: number;
}

/**
 * What a scenario expects of the simulated contact; every field given must match.
 */
export interface ScenarioExpectation {
  /**
   * The outcome.
   * @default - any outcome
   */
  readonly outcome?: SimulationOutcome;
  /**
   * The queue the contact ends in (logical ID for queues of the template, else the ARN or reference value).
   * @default - any
   */
  readonly queue?: string;
  /**
   * The agent the contact goes to (logical ID or the ARN the flow resolved).
   * @default - any
   */
  readonly agent?: string;
  /**
   * Where the contact was transferred (phone number or flow).
   * @default - any
   */
  readonly transferredTo?: string;
  /**
   * Contact attributes that must have these values (others may be set too).
   * @default - any
   */
  readonly attributes?: { [key: string]: string };
  /**
   * Contact tags that must have these values.
   * @default - any
   */
  readonly contactTags?: { [key: string]: string };
  /**
   * Prompts that must be played, in this order (others may be played in between).
   * @default - any
   */
  readonly prompts?: string[];
  /**
   * The number of a callback that must have been created.
   * @default - any
   */
  readonly callbackNumber?: string;
  /**
   * How many Lambda calls the contact made.
   * @default - any
   */
  readonly lambdaCalls?: number;
}

/** A callback created by CreateCallbackContact. */
export interface SimulatedCallback {
  /** The number that will be called. */
  readonly number: string;
  /**
   * The callback queue (logical ID where resolvable, else ARN).
   * @default - an agent's queue (see agent)
   */
  readonly queue?: string;
  /**
   * The agent whose queue takes the callback.
   * @default - a queue
   */
  readonly agent?: string;
  /**
   * InitialCallDelaySeconds.
   * @default - not given
   */
  readonly initialCallDelaySeconds?: number;
  /**
   * MaximumConnectionAttempts.
   * @default - not given
   */
  readonly maximumConnectionAttempts?: number;
  /**
   * RetryDelaySeconds.
   * @default - not given
   */
  readonly retryDelaySeconds?: number;
  /** The CreateCallbackContact action. */
  readonly actionIdentifier: string;
}

/** One Lambda invocation. */
export interface SimulatedLambdaCall {
  /** The function: logical ID where resolvable, else the ARN as written. */
  readonly functionName: string;
  /** The resolved function ARN. */
  readonly functionArn: string;
  /** LambdaInvocationAttributes after resolution. */
  readonly parameters: { [key: string]: string };
  /** The InvokeLambdaFunction action. */
  readonly actionIdentifier: string;
  /**
   * The response (stored in `$.External`).
   * @default - the call failed
   */
  readonly response?: any;
  /**
   * Why the call failed (`$error` of a scripted response, the message a stub threw, an invalid response).
   * @default - it did not fail
   */
  readonly failure?: string;
}

/** What a line of the transcript is about. */
export enum SimulationEventKind {
  /** A prompt played. */
  PROMPT = 'prompt',
  /** Caller input (keys or a Lex result). */
  INPUT = 'input',
  /** No input before the timeout. */
  TIMEOUT = 'timeout',
  /** A Lambda call. */
  LAMBDA = 'lambda',
  /** An hours of operation check. */
  HOURS = 'hours',
  /** A DistributeByPercentage draw. */
  DRAW = 'draw',
  /** A transfer (queue, agent, flow, phone number). */
  TRANSFER = 'transfer',
  /** A callback created. */
  CALLBACK = 'callback',
  /** Another flow or module entered. */
  FLOW = 'flow',
  /** An action that calls another service (see `SimulationResult.recordedActions`). */
  ACTION = 'action',
  /** An error raised by an action. */
  ERROR = 'error',
  /** Something the simulator could not model faithfully. */
  WARNING = 'warning',
  /** A setting of the contact changed (its language, its text-to-speech voice). */
  SETTING = 'setting',
}

/** One line of the transcript. */
export interface SimulationEvent {
  /** What the line is about. */
  readonly kind: SimulationEventKind;
  /** What happened. */
  readonly text: string;
  /**
   * The action.
   * @default - not tied to an action
   */
  readonly actionIdentifier?: string;
}

/** An action that calls another service, as the simulator ran it. */
export interface SimulatedAction {
  /** The action type, e.g. `TagContact`. */
  readonly actionType: string;
  /** The action. */
  readonly actionIdentifier: string;
  /** Its parameters, with references resolved (objects as JSON). */
  readonly parameters: { [key: string]: string };
  /** The result: `success`, the error type or the condition value taken. */
  readonly result: string;
}

/** One action a simulated contact executed, and the branch it left through. */
export interface SimulatedStep {
  /** The flow (or module) of the action. */
  readonly flow: string;
  /** The action. */
  readonly actionIdentifier: string;
  /**
   * The branch it left through: `NextAction`, `condition <Operator> "<operand>"` (with ` #2`
   * for a repeated condition) or `error <ErrorType>`.
   * @default - none: the action ended the contact, raised an error it has no branch for, or the run stopped
   */
  readonly branch?: string;
}

/** What happened to a simulated contact. */
export interface SimulationResult {
  /** How the contact left the flow. */
  readonly outcome: SimulationOutcome;
  /** Why, in words (e.g. the unhandled error). */
  readonly detail: string;
  /**
   * The working queue at the end: logical ID where resolvable, else the ARN.
   * @default - none
   */
  readonly queue?: string;
  /**
   * The working agent (set by UpdateContactTargetQueue with AgentId).
   * @default - none
   */
  readonly agent?: string;
  /**
   * The callback created, if any.
   * @default - none
   */
  readonly callback?: SimulatedCallback;
  /**
   * The flow or phone number transferred to (TRANSFERRED_TO_FLOW, TRANSFERRED_TO_PHONE_NUMBER).
   * @default - none
   */
  readonly transferredTo?: string;
  /** Prompts played, interpolated (Text and SSML as written; `prompt:<id>` for PromptId). */
  readonly prompts: string[];
  /** Contact attributes at the end. */
  readonly attributes: { [key: string]: string };
  /** Event hooks set (key → flow). */
  readonly eventHooks: { [key: string]: string };
  /** Contact tags at the end (TagContact, UntagContact). */
  readonly contactTags: { [key: string]: string };
  /** Actions that call other services (media streaming, tags, views, cases, tasks, Voice ID, profiles…), in order. */
  readonly recordedActions: SimulatedAction[];
  /** Whether live media streaming is on at the end (StartMediaStreaming / StopMediaStreaming). */
  readonly mediaStreaming: boolean;
  /** Lambda calls in order. */
  readonly lambdaCalls: SimulatedLambdaCall[];
  /** Identifiers of the actions executed, in order. */
  readonly path: string[];
  /**
   * Each action executed, in order, with its flow and the branch it left through
   * (`FlowCoverage` counts them). The simulator always sets it; optional so that results built
   * by hand (for `FlowSimulator.differences`) need not.
   * @default - no steps recorded
   */
  readonly trace?: SimulatedStep[];
  /** Names of the flows visited, in order. */
  readonly flows: string[];
  /**
   * Things the simulator could not model faithfully, and guesses it made (such as `{}` for a
   * Lambda function that neither the scenario nor a stub answers).
   */
  readonly warnings: string[];
  /** Everything in order, for a transcript. */
  readonly events: SimulationEvent[];
  /** Number of actions executed. */
  readonly steps: number;
}

/** What a Lambda stub receives. */
export interface LambdaInvocation {
  /** The resolved function ARN. */
  readonly functionArn: string;
  /** Logical ID where resolvable, else the ARN. */
  readonly functionName: string;
  /** LambdaInvocationAttributes after resolution (`Details.Parameters`). */
  readonly parameters: { [key: string]: string };
  /** Contact attributes (`Details.ContactData.Attributes`). */
  readonly attributes: { [key: string]: string };
  /** The InvokeLambdaFunction action. */
  readonly actionIdentifier: string;
}

/**
 * Stands in for a Lambda function during simulation: return the response object, or throw to
 * make the call fail.
 */
export interface ILambdaStub {
  /** Handle one invocation. */
  invoke(invocation: LambdaInvocation): any;
}

/** A flow the simulator knows. */
export interface SimulatorFlowInfo {
  /** The flow name (Name property, or the name given to `fromDocument`). */
  readonly name: string;
  /**
   * The logical ID in the template.
   * @default - a document, not a template
   */
  readonly logicalId?: string;
  /**
   * The flow type.
   * @default - unknown (a document) or a flow module
   */
  readonly type?: ContactFlowType;
  /** true for flow modules. */
  readonly module: boolean;
}
