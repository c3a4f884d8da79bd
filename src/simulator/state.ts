/**
 * The state of one simulated contact, apart from its transcript: what the flow reads with
 * `$.…` references and what actions change.
 */
import { SimulatedCallback } from './types';

/** Lex results (`$.Lex.…`). */
export interface LexState {
  IntentName?: string;
  Slots: { [k: string]: any };
  SessionAttributes: { [k: string]: any };
  IntentConfidence?: any;
  SentimentResponse?: any;
}

/** The contact: attributes, working queue, stored input, Lex and Lambda results, settings. */
export class ContactState {
  /** `$.Attributes` */
  public readonly attributes: { [k: string]: string };
  /** `$.FlowAttributes` (reset when another flow starts) */
  public flowAttributes: { [k: string]: string } = {};
  /** `$.External`: the last Lambda result */
  public external: any = {};
  /** `$.StoredCustomerInput` */
  public stored: string | undefined;
  /** `$.Lex` */
  public lex: LexState = { Slots: {}, SessionAttributes: {} };
  /** `$.Metrics` (GetMetricData) */
  public metricsData: any = {};
  /** The working queue (ARN). */
  public queue: string | undefined;
  /** The working agent (ARN). */
  public agent: string | undefined;
  public callbackNumber: string | undefined;
  public callback: SimulatedCallback | undefined;
  /** `$.LanguageCode` */
  public language: string;
  /** Loop counters per flow, by action index. */
  public readonly loops = new Map<number, Int32Array>();
  /** Event hooks set. */
  public readonly hooks: { [k: string]: string } = {};
  /** Contact tags. */
  public readonly tags: { [k: string]: string } = {};
  /** Live media streaming (UpdateContactMediaStreamingBehavior). */
  public mediaStreaming = false;

  constructor(attributes: { [k: string]: string }, language: string) {
    this.attributes = attributes;
    this.language = language;
  }
}
