/**
 * `cdk-contact-center test --live`: runs Amazon Connect test cases on an instance with the test-case
 * execution APIs (StartTestCaseExecution, GetTestCaseExecutionSummary, ListTestCaseExecutionRecords,
 * StopTestCaseExecution) and collects their verdicts.
 *
 * The service runs 5 executions of an instance at a time, queues up to 100 (the running ones
 * included) and rejects more, and ends an execution after 5 minutes. This run starts at most
 * `concurrency` (5) at a time, starts the next when one ends, puts a throttled or rejected start
 * back in line, and stops and reports as an error an execution that has not ended in time.
 */
import {
  ConnectClient, GetTestCaseExecutionSummaryCommand, ListTestCaseExecutionRecordsCommand, ListTestCasesCommand, SearchTestCasesCommand,
  StartTestCaseExecutionCommand, StopTestCaseExecutionCommand,
} from '@aws-sdk/client-connect';
import type { LiveRunHooks, LiveRunRequest, LiveRunResult, LiveTestResult } from '../src/cli/live-types';

/** A test case found on the instance. */
interface Found {
  readonly name: string;
  readonly id: string;
  readonly status?: string;
}

/** An execution in flight. */
interface Running {
  readonly test: Found;
  readonly executionId: string;
  readonly startedAt: number;
  status: string;
}

const RETRYABLE = new Set(['ThrottlingException', 'TooManyRequestsException', 'LimitExceededException', 'ServiceQuotaExceededException']);
const FINAL = new Set(['PASSED', 'FAILED', 'STOPPED']);

/** An AWS call that failed, in words that name the call and what to do. */
export class AwsCallError extends Error {
  constructor(public readonly api: string, public readonly code: string, message: string) {
    super(message);
  }
}

function errorName(e: unknown): string {
  return (e as { name?: string })?.name ?? 'Error';
}

/** The message of a failed call: `connect:StartTestCaseExecution: access denied (…)`. */
export function describeAwsError(api: string, e: unknown): AwsCallError {
  const name = errorName(e);
  const message = (e as Error)?.message ?? String(e);
  const what = `connect:${api}`;
  if (name === 'CredentialsProviderError' || /credential/i.test(message) && !/signature/i.test(message)) {
    return new AwsCallError(api, name, `${what}: no AWS credentials found (set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY): ${message}`);
  }
  if (name === 'AccessDeniedException' || name === 'UnauthorizedException') {
    return new AwsCallError(api, name, `${what}: access denied; the caller needs the ${what} permission on the instance: ${message}`);
  }
  if (name === 'ResourceNotFoundException') return new AwsCallError(api, name, `${what}: not found (is --instance-id an instance of this account and region?): ${message}`);
  if (RETRYABLE.has(name)) return new AwsCallError(api, name, `${what}: throttled or over a limit after retries: ${message}`);
  return new AwsCallError(api, name, `${what}: ${name}: ${message}`);
}

async function call<T>(api: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (e) {
    throw describeAwsError(api, e);
  }
}

/** The instance's test cases, by name or by tag. */
async function findTestCases(client: ConnectClient, request: LiveRunRequest): Promise<Found[]> {
  const out: Found[] = [];
  let token: string | undefined;
  if (request.tag !== undefined) {
    do {
      const page = await call('SearchTestCases', () => client.send(new SearchTestCasesCommand({
        InstanceId: request.instanceId,
        NextToken: token,
        SearchFilter: { TagFilter: { TagCondition: { TagKey: request.tag!.key, TagValue: request.tag!.value } } },
      })));
      for (const t of page.TestCases ?? []) {
        if (t.Id !== undefined && t.Name !== undefined && t.Tags?.[request.tag.key] === request.tag.value) out.push({ name: t.Name, id: t.Id, status: t.Status });
      }
      token = page.NextToken;
    } while (token !== undefined);
    return out;
  }
  do {
    const page = await call('ListTestCases', () => client.send(new ListTestCasesCommand({ InstanceId: request.instanceId, NextToken: token })));
    for (const t of page.TestCaseSummaryList ?? []) if (t.Id !== undefined && t.Name !== undefined) out.push({ name: t.Name, id: t.Id, status: t.Status });
    token = page.NextToken;
  } while (token !== undefined);
  const names = new Set(request.names ?? []);
  return out.filter((t) => names.has(t.name));
}

/** The first failed observation of an execution, from its records (oldest first). */
async function firstFailure(client: ConnectClient, instanceId: string, r: Running): Promise<LiveTestResult['firstFailure']> {
  let token: string | undefined;
  const failed: Array<{ observationId?: string; record?: string; at: number }> = [];
  do {
    const page = await call('ListTestCaseExecutionRecords', () => client.send(new ListTestCaseExecutionRecordsCommand({
      InstanceId: instanceId, TestCaseId: r.test.id, TestCaseExecutionId: r.executionId, NextToken: token,
    })));
    for (const rec of page.ExecutionRecords ?? []) {
      if (rec.Status === 'FAILED') failed.push({ observationId: rec.ObservationId, record: rec.Record, at: rec.Timestamp?.getTime() ?? 0 });
    }
    token = page.NextToken;
  } while (token !== undefined);
  failed.sort((a, b) => a.at - b.at);
  return failed.length === 0 ? undefined : { observationId: failed[0].observationId, record: failed[0].record };
}

/**
 * Run the test cases the request names (or tags) on the instance and collect their verdicts, in
 * the order found. Throws an `AwsCallError` naming the call when the instance cannot be read or
 * an execution cannot be started for another reason than throttling or the service's limits.
 */
export async function runLiveTests(client: ConnectClient, request: LiveRunRequest, hooks: LiveRunHooks = {}): Promise<LiveRunResult> {
  const sleep = hooks.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = hooks.now ?? (() => Date.now());
  const concurrency = Math.max(1, Math.min(request.concurrency ?? 5, 5));
  const pollMs = (request.pollSeconds ?? 10) * 1000;
  const timeoutMs = (request.timeoutSeconds ?? 600) * 1000;
  const began = now();

  const found = await findTestCases(client, request);
  const missing = (request.names ?? []).filter((n) => !found.some((t) => t.name === n));
  const results = new Map<string, LiveTestResult>();
  const waiting: Found[] = [];
  for (const t of found) {
    if (t.status !== undefined && t.status !== 'PUBLISHED') {
      results.set(t.id, { name: t.name, testCaseId: t.id, verdict: 'ERROR', detail: `the test case is ${t.status}, not PUBLISHED: only published test cases run` });
    } else {
      waiting.push(t);
    }
  }
  const running: Running[] = [];
  let backoffUntil = 0;

  while (waiting.length > 0 || running.length > 0) {
    // Start what the limit allows; a throttled or rejected start goes back in line.
    while (running.length < concurrency && waiting.length > 0 && now() >= backoffUntil) {
      const test = waiting.shift()!;
      try {
        const started = await client.send(new StartTestCaseExecutionCommand({ InstanceId: request.instanceId, TestCaseId: test.id }));
        if (started.TestCaseExecutionId === undefined) throw new Error('the response has no TestCaseExecutionId');
        running.push({ test, executionId: started.TestCaseExecutionId, startedAt: now(), status: started.Status ?? 'INITIATED' });
      } catch (e) {
        if (RETRYABLE.has(errorName(e))) {
          waiting.unshift(test);
          backoffUntil = now() + pollMs;
          hooks.progress?.(`live: start of "${test.name}" throttled (${errorName(e)}): retrying`);
          break;
        }
        if (errorName(e) === 'ResourceNotFoundException') {
          results.set(test.id, { name: test.name, testCaseId: test.id, verdict: 'ERROR', detail: describeAwsError('StartTestCaseExecution', e).message });
          continue;
        }
        throw describeAwsError('StartTestCaseExecution', e);
      }
    }
    hooks.progress?.(`live: ${running.length} running, ${waiting.length} waiting, ${results.size} done (${Math.round((now() - began) / 1000)} s)`);
    await sleep(pollMs);
    for (const r of [...running]) {
      let summary;
      try {
        summary = await client.send(new GetTestCaseExecutionSummaryCommand({ InstanceId: request.instanceId, TestCaseId: r.test.id, TestCaseExecutionId: r.executionId }));
      } catch (e) {
        // A throttled poll is tried again at the next one.
        if (RETRYABLE.has(errorName(e))) continue;
        throw describeAwsError('GetTestCaseExecutionSummary', e);
      }
      r.status = summary.Status ?? r.status;
      const done = (result: LiveTestResult) => {
        results.set(r.test.id, result);
        running.splice(running.indexOf(r), 1);
      };
      const base = { name: r.test.name, testCaseId: r.test.id, executionId: r.executionId };
      if (r.status === 'PASSED') {
        done({ ...base, verdict: 'PASSED' });
      } else if (FINAL.has(r.status)) {
        const o = summary.ObservationSummary;
        const counts = o?.TotalObservations !== undefined ? `${o.ObservationsPassed ?? 0} of ${o.TotalObservations} observations passed` : undefined;
        done({ ...base, verdict: r.status === 'FAILED' ? 'FAILED' : 'STOPPED', detail: counts, firstFailure: await firstFailure(client, request.instanceId, r) });
      } else if (now() - r.startedAt >= timeoutMs) {
        try {
          await client.send(new StopTestCaseExecutionCommand({ InstanceId: request.instanceId, TestCaseId: r.test.id, TestCaseExecutionId: r.executionId }));
        } catch {
          // The service ends it after 5 minutes anyway; the verdict is an error either way.
        }
        done({ ...base, verdict: 'ERROR', detail: `did not finish within ${timeoutMs / 1000} s (still ${r.status}): stopped` });
      }
    }
    // Tests that could not even start in time are errors too.
    if (running.length === 0 && waiting.length > 0 && now() - began >= timeoutMs * Math.ceil((found.length + 1) / concurrency)) {
      for (const t of waiting.splice(0)) results.set(t.id, { name: t.name, testCaseId: t.id, verdict: 'ERROR', detail: 'could not be started in time (throttled or over the service\'s limits)' });
    }
  }
  return { results: found.map((t) => results.get(t.id)!), missing };
}
