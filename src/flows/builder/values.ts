import { Token } from 'aws-cdk-lib';
import { ComparisonOperator } from '../language/operators';
import { isJsonPath } from '../language/values';

/**
 * System values of a contact that flows can read (JSONPath references).
 */
export enum SystemField {
  /** The customer's phone number (voice) or endpoint address: `$.CustomerEndpoint.Address`. */
  CUSTOMER_NUMBER = '$.CustomerEndpoint.Address',
  /** The number the customer dialed: `$.SystemEndpoint.Address`. */
  SYSTEM_NUMBER = '$.SystemEndpoint.Address',
  /** The channel: VOICE, CHAT or TASK: `$.Channel`. */
  CHANNEL = '$.Channel',
  /** The contact ID: `$.ContactId`. */
  CONTACT_ID = '$.ContactId',
  /** The AWS Region of the instance: `$.AwsRegion`. */
  AWS_REGION = '$.AwsRegion',
  /** The name of the working queue: `$.Queue.Name`. */
  QUEUE_NAME = '$.Queue.Name',
  /** The ARN of the working queue: `$.Queue.ARN`. */
  QUEUE_ARN = '$.Queue.ARN',
  /** The ARN of the agent handling the contact: `$.Agent.ARN`. */
  AGENT_ARN = '$.Agent.ARN',
  /** Contacts in the queue, after a "Get queue metrics" block: `$.Metrics.Queue.Size`. */
  QUEUE_SIZE = '$.Metrics.Queue.Size',
  /** Age in seconds of the oldest contact in the queue, after "Get queue metrics": `$.Metrics.Queue.OldestContactAge`. */
  QUEUE_OLDEST_CONTACT_AGE = '$.Metrics.Queue.OldestContactAge',
  /** Agents available, after "Get queue metrics": `$.Metrics.Agents.Available.Count`. */
  AGENTS_AVAILABLE = '$.Metrics.Agents.Available.Count',
  /** Confidence score of the matched Lex intent: `$.Lex.IntentConfidence.Score`. */
  LEX_INTENT_CONFIDENCE = '$.Lex.IntentConfidence.Score',
  /** Sentiment label of the last Lex turn: `$.Lex.SentimentResponse.Label`. */
  LEX_SENTIMENT = '$.Lex.SentimentResponse.Label',
}

/**
 * Allowed characters of a key inside a JSONPath reference: what the flow validator reads as one
 * path segment (letters, digits, `_`, `-`, and `:` / `@` as in Lex session attribute names).
 */
const KEY_PATTERN = /^[A-Za-z0-9_:@-]+$/;

/**
 * A value a flow parameter can take: static text, a dynamic reference to contact data
 * (rendered as a JSONPath such as `$.Attributes.name`), or text interpolating both.
 */
export class FlowValue {
  /**
   * Static text (may contain CDK tokens such as `queue.queueArn`).
   */
  public static literal(text: string): FlowValue {
    return new FlowValue(text, false);
  }

  /**
   * A user-defined contact attribute: `$.Attributes.<name>`.
   *
   * @param name the attribute key: letters, digits, `_`, `-`, `:` or `@` (no `$`, `.` or whitespace)
   */
  public static attribute(name: string): FlowValue {
    return FlowValue.ref('$.Attributes.', 'attribute', name);
  }

  /**
   * A value returned by the last Lambda function invoked: `$.External.<key>`.
   */
  public static external(key: string): FlowValue {
    return FlowValue.ref('$.External.', 'external', key);
  }

  /**
   * A flow attribute (scoped to the current flow): `$.FlowAttributes.<name>`.
   */
  public static flowAttribute(name: string): FlowValue {
    return FlowValue.ref('$.FlowAttributes.', 'flowAttribute', name);
  }

  /**
   * The customer input stored by a "Store customer input" block: `$.StoredCustomerInput`.
   */
  public static storedInput(): FlowValue {
    return new FlowValue('$.StoredCustomerInput', true);
  }

  /**
   * A slot of the intent matched by the last Lex block: `$.Lex.Slots.<name>`.
   */
  public static lexSlot(name: string): FlowValue {
    return FlowValue.ref('$.Lex.Slots.', 'lexSlot', name);
  }

  /**
   * A session attribute returned by the last Lex block: `$.Lex.SessionAttributes.<name>`.
   */
  public static lexSessionAttribute(name: string): FlowValue {
    return FlowValue.ref('$.Lex.SessionAttributes.', 'lexSessionAttribute', name);
  }

  /**
   * The name of the intent matched by the last Lex block: `$.Lex.IntentName`.
   */
  public static lexIntentName(): FlowValue {
    return new FlowValue('$.Lex.IntentName', true);
  }

  /**
   * A system value of the contact (customer number, channel, queue name…).
   */
  public static system(field: SystemField): FlowValue {
    if (!Object.values(SystemField).includes(field)) {
      throw new Error(`FlowValue.system: invalid field ${JSON.stringify(field)}: must be one of the SystemField values`);
    }
    return new FlowValue(field, true);
  }

  /**
   * Text with references written inline, exactly as Connect expects it,
   * e.g. `FlowValue.text('Hello $.Attributes.firstName')`.
   */
  public static text(template: string): FlowValue {
    return new FlowValue(template, !Token.isUnresolved(template) && template.includes('$.'));
  }

  /**
   * Concatenates values into one interpolated text, e.g.
   * `FlowValue.concat(FlowValue.literal('Hello '), FlowValue.attribute('firstName'))`
   * renders `Hello $.Attributes.firstName`.
   *
   * Connect reads a reference up to the next character that cannot belong to it: follow a
   * reference with a space or punctuation other than `.`.
   */
  public static concat(...parts: FlowValue[]): FlowValue {
    if (parts.length === 0) throw new Error('FlowValue.concat: give at least one part');
    if (parts.length === 1) return parts[0];
    return new FlowValue(parts.map((p) => p.value).join(''), parts.some((p) => p.isDynamic));
  }

  private static ref(prefix: string, method: string, key: string): FlowValue {
    if (typeof key !== 'string' || Token.isUnresolved(key) || !KEY_PATTERN.test(key) || key.length > 127) {
      throw new Error(`FlowValue.${method}: invalid name ${JSON.stringify(key)}: must be 1 to 127 characters of A-Z, a-z, 0-9, "_", "-", ":" or "@"`);
    }
    return new FlowValue(`${prefix}${key}`, true, true);
  }

  /**
   * The rendered value: static text, a JSONPath (`$.Attributes.x`) or text with JSONPaths inside.
   */
  public readonly value: string;

  /**
   * Whether the value reads contact data at run time (contains a JSONPath reference).
   */
  public readonly isDynamic: boolean;

  /**
   * Whether the value is exactly one JSONPath reference (what parameters such as
   * `ComparisonValue` and `CallbackNumber` require).
   */
  public readonly isReference: boolean;

  private constructor(value: string, isDynamic: boolean, isReference?: boolean) {
    this.value = value;
    this.isDynamic = isDynamic;
    this.isReference = isReference ?? (isDynamic && isJsonPath(value));
  }

  /** The rendered value. */
  public toString(): string {
    return this.value;
  }
}

export { ComparisonOperator } from '../language/operators';

/**
 * A condition of a Compare (or queue status) block: an operator and its operand.
 */
export class FlowCondition {
  /** The value equals the text (operator `Equals`). */
  public static textEquals(text: string): FlowCondition {
    return new FlowCondition(ComparisonOperator.EQUALS, FlowCondition.text('textEquals', text));
  }

  /** The value starts with the text. */
  public static textStartsWith(text: string): FlowCondition {
    return new FlowCondition(ComparisonOperator.TEXT_STARTS_WITH, FlowCondition.text('textStartsWith', text));
  }

  /** The value ends with the text. */
  public static textEndsWith(text: string): FlowCondition {
    return new FlowCondition(ComparisonOperator.TEXT_ENDS_WITH, FlowCondition.text('textEndsWith', text));
  }

  /** The value contains the text. */
  public static textContains(text: string): FlowCondition {
    return new FlowCondition(ComparisonOperator.TEXT_CONTAINS, FlowCondition.text('textContains', text));
  }

  /** The value is a number greater than `n`. */
  public static numberGreaterThan(n: number): FlowCondition {
    return new FlowCondition(ComparisonOperator.NUMBER_GREATER_THAN, FlowCondition.num('numberGreaterThan', n));
  }

  /** The value is a number greater than or equal to `n`. */
  public static numberGreaterOrEqualTo(n: number): FlowCondition {
    return new FlowCondition(ComparisonOperator.NUMBER_GREATER_OR_EQUAL_TO, FlowCondition.num('numberGreaterOrEqualTo', n));
  }

  /** The value is a number less than `n`. */
  public static numberLessThan(n: number): FlowCondition {
    return new FlowCondition(ComparisonOperator.NUMBER_LESS_THAN, FlowCondition.num('numberLessThan', n));
  }

  /** The value is a number less than or equal to `n`. */
  public static numberLessOrEqualTo(n: number): FlowCondition {
    return new FlowCondition(ComparisonOperator.NUMBER_LESS_OR_EQUAL_TO, FlowCondition.num('numberLessOrEqualTo', n));
  }

  private static text(method: string, text: string): string {
    if (typeof text !== 'string') throw new Error(`FlowCondition.${method}: invalid text ${JSON.stringify(text)}: must be a string`);
    return text;
  }

  private static num(method: string, n: number): string {
    if (typeof n !== 'number' || !Number.isFinite(n)) {
      throw new Error(`FlowCondition.${method}: invalid n ${JSON.stringify(n)}: must be a finite number`);
    }
    return String(n);
  }

  /** The operator. */
  public readonly operator: ComparisonOperator;
  /** The operand, as the flow language writes it (a string). */
  public readonly operand: string;

  private constructor(operator: ComparisonOperator, operand: string) {
    this.operator = operator;
    this.operand = operand;
  }

  /** Whether the operator compares numbers. */
  public get isNumeric(): boolean {
    return this.operator.startsWith('Number');
  }
}

/**
 * What a block says or shows to the customer: text, SSML, a prompt of the instance, or an
 * audio file in S3.
 */
export class Message {
  /**
   * Plain text, spoken with text-to-speech (voice) or sent as a message (chat).
   * May contain references such as `$.Attributes.name`.
   */
  public static text(text: string): Message {
    Message.check('text', text, 1, 6000);
    return new Message({ Text: text }, 'Text');
  }

  /**
   * Text built from flow values, e.g. `Message.fromValue(FlowValue.concat(...))`.
   */
  public static fromValue(value: FlowValue): Message {
    return Message.text(value.value);
  }

  /**
   * SSML, e.g. `<speak>Hello</speak>` (voice only).
   */
  public static ssml(ssml: string): Message {
    Message.check('ssml', ssml, 1, 6000);
    return new Message({ SSML: ssml }, 'SSML');
  }

  /**
   * A prompt of the instance (an audio recording), by its ARN
   * (`arn:aws:connect:<region>:<account>:instance/<id>/prompt/<promptId>`).
   */
  public static fromPromptArn(promptArn: string): Message {
    Message.check('promptArn', promptArn, 1, 500);
    if (!Token.isUnresolved(promptArn) && !promptArn.startsWith('$.') && !/^arn:[^:]+:connect:[^:]*:[^:]*:instance\/[^/]+\/prompt\/[^/]+$/.test(promptArn)) {
      throw new Error(`Message.fromPromptArn: invalid promptArn ${JSON.stringify(promptArn)}: expected arn:<partition>:connect:<region>:<account>:instance/<instanceId>/prompt/<promptId>`);
    }
    return new Message({ PromptId: promptArn }, 'PromptId');
  }

  /**
   * A prompt of the instance chosen at run time: one whole JSONPath reference holding a prompt
   * ARN or ID, e.g. `Message.promptFromValue(FlowValue.external('promptArn'))`.
   */
  public static promptFromValue(value: FlowValue): Message {
    if (!(value instanceof FlowValue) || !value.isReference) {
      throw new Error(`Message.promptFromValue: invalid value ${JSON.stringify(value?.value ?? value)}: must be one whole JSONPath reference such as FlowValue.external('promptArn')`);
    }
    return new Message({ PromptId: value.value }, 'PromptId');
  }

  /**
   * An audio file in S3 (`s3://bucket/key.wav` or an `https://` object URL) played to the customer.
   */
  public static s3Audio(uri: string): Message {
    Message.check('uri', uri, 1, 2000);
    return new Message({ Media: { Uri: uri, SourceType: 'S3', MediaType: 'Audio' } }, 'Media');
  }

  private static check(prop: string, value: string, min: number, max: number) {
    if (typeof value !== 'string' || (!Token.isUnresolved(value) && (value.length < min || value.length > max))) {
      throw new Error(`Message: invalid ${prop} ${JSON.stringify(value)}: must be a string of ${min} to ${max} characters`);
    }
  }

  /** The parameter used: Text, SSML, PromptId or Media. */
  public readonly kind: string;

  private readonly params: { [key: string]: any };

  private constructor(params: { [key: string]: any }, kind: string) {
    this.params = params;
    this.kind = kind;
  }

  /**
   * The flow-language parameters of this message (e.g. `{ Text: "Hello" }`).
   * @internal
   */
  public _render(): { [key: string]: any } {
    return JSON.parse(JSON.stringify(this.params));
  }
}
