/**
 * Connect's Lambda integration: reading the event and building the flat string map it expects.
 */
import type { ConnectContactFlowEvent } from 'aws-lambda';

/** A flat string map: what a Connect flow reads as `$.External.<key>`. */
export type FlatResponse = Record<string, string>;

/** A parameter of the "Invoke AWS Lambda function" block, or undefined. */
export function parameter(event: unknown, name: string): string | undefined {
  const parameters = (event as ConnectContactFlowEvent | undefined)?.Details?.Parameters;
  const value = parameters && typeof parameters === 'object' ? (parameters as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Remove empty values and make everything a string (Connect's STRING_MAP response). */
export function flat(values: Record<string, string | undefined>): FlatResponse {
  const out: FlatResponse = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = value;
  return out;
}
