/**
 * The snapshot directory of `import --save-snapshot DIR` / `--from-snapshot DIR`:
 *
 *   DIR/manifest.json            format, instance, region, call counts, the response files
 *   DIR/responses/<Api>.json     every response of that API as read: [{ "input": …, "output": … }]
 *   DIR/instance.json            the model read from them (for people and later steps; not read back)
 *
 * Reading back replays the responses through the same reader as the live import (./read.ts), so
 * both give the same model, with no AWS access.
 */
import * as path from 'path';
import { ImportReadResult, RecordedCall, SNAPSHOT_FORMAT_VERSION } from './model';
import { ApiObject, CallFailure, ConnectCall } from './read';

/** The file access a snapshot directory needs (the CLI's `CliIo` has it): this folder does not import the CLI. */
export interface SnapshotFiles {
  /** Read a file as UTF-8. */
  readFile(path: string): string;
  /** Write a file. */
  writeFile(path: string, text: string): void;
}

/** What manifest.json says. */
export interface SnapshotManifest {
  readonly format: string;
  readonly formatVersion: number;
  readonly instanceId: string;
  readonly region: string;
  readonly apiCalls: number;
  readonly callsByApi: { readonly [api: string]: number };
  readonly responseFiles: string[];
}

/** The `format` of manifest.json. */
export const SNAPSHOT_FORMAT = 'cdk-contact-center-import-snapshot';

/** JSON with object keys sorted, so equal requests have equal keys. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => (value as any)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as any)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The key of a request in a snapshot. */
export function requestKey(api: string, input: ApiObject): string {
  return `${api} ${canonical(input)}`;
}

/** Writes the snapshot directory; returns the files written. */
export function writeSnapshotDir(io: SnapshotFiles, dir: string, result: ImportReadResult, instanceId: string): string[] {
  const byApi = new Map<string, RecordedCall[]>();
  for (const r of result.responses) {
    const list = byApi.get(r.api) ?? [];
    list.push(r);
    byApi.set(r.api, list);
  }
  const files: string[] = [];
  const responseFiles: string[] = [];
  for (const [api, calls] of [...byApi.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const file = `responses/${api}.json`;
    const entries = calls.map((c) => (c.error ? { input: c.input, error: c.error } : { input: c.input, output: c.output }));
    io.writeFile(path.join(dir, file), `${JSON.stringify(entries, undefined, 1)}\n`);
    responseFiles.push(file);
    files.push(path.join(dir, file));
  }
  io.writeFile(path.join(dir, 'instance.json'), `${JSON.stringify(result.snapshot, undefined, 2)}\n`);
  files.push(path.join(dir, 'instance.json'));
  const manifest: SnapshotManifest = {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    instanceId,
    region: result.snapshot.region,
    apiCalls: result.apiCalls,
    callsByApi: result.callsByApi,
    responseFiles,
  };
  io.writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, undefined, 2)}\n`);
  files.push(path.join(dir, 'manifest.json'));
  return files;
}

function isObject(value: unknown): value is { [k: string]: any } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readJsonFile(io: SnapshotFiles, file: string, dir: string): unknown {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    throw new Error(`--from-snapshot "${dir}" is not an import snapshot: cannot read ${file} (${(e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`--from-snapshot "${dir}": ${file} is not valid JSON (${(e as Error).message})`);
  }
}

/** A saved snapshot: its manifest and a ConnectCall that answers from its responses. */
export interface LoadedSnapshot {
  readonly manifest: SnapshotManifest;
  /** Answers each request from the saved responses; a request it has no response for is an error naming the API. */
  readonly call: ConnectCall;
}

/** Reads a snapshot directory; every problem names the directory and the file. */
export function loadSnapshotDir(io: SnapshotFiles, dir: string): LoadedSnapshot {
  const manifestFile = path.join(dir, 'manifest.json');
  const manifest = readJsonFile(io, manifestFile, dir);
  if (!isObject(manifest) || manifest.format !== SNAPSHOT_FORMAT) {
    throw new Error(`--from-snapshot "${dir}": ${manifestFile} is not an import snapshot manifest (its "format" must be "${SNAPSHOT_FORMAT}")`);
  }
  if (manifest.formatVersion !== SNAPSHOT_FORMAT_VERSION) {
    throw new Error(`--from-snapshot "${dir}": snapshot format version ${JSON.stringify(manifest.formatVersion)} is not supported (this version reads ${SNAPSHOT_FORMAT_VERSION}); save the snapshot again`);
  }
  const responseFile = /^responses\/[A-Za-z0-9]+\.json$/;
  if (typeof manifest.instanceId !== 'string' || !Array.isArray(manifest.responseFiles)
    || !manifest.responseFiles.every((f: unknown) => typeof f === 'string' && responseFile.test(f))) {
    throw new Error(`--from-snapshot "${dir}": ${manifestFile} lacks "instanceId", or "responseFiles" is not a list of responses/<Api>.json files`);
  }
  const responses = new Map<string, { output?: ApiObject; error?: { name: string; message: string } }>();
  for (const rel of manifest.responseFiles as string[]) {
    const api = path.basename(rel, '.json');
    const file = path.join(dir, rel);
    const calls = readJsonFile(io, file, dir);
    if (!Array.isArray(calls)) throw new Error(`--from-snapshot "${dir}": ${file} must be a list of { "input", "output" } responses`);
    calls.forEach((c, i) => {
      const error = isObject(c) && isObject(c.error) && typeof c.error.name === 'string' && typeof c.error.message === 'string' ? c.error : undefined;
      if (!isObject(c) || !isObject(c.input) || (!isObject(c.output) && error === undefined)) {
        throw new Error(`--from-snapshot "${dir}": ${file} response ${i} must be { "input": {…}, "output": {…} } (or "error": { "name", "message" })`);
      }
      responses.set(requestKey(api, c.input), error ? { error: { name: error.name, message: error.message } } : { output: c.output });
    });
  }
  const call: ConnectCall = async (api, input) => {
    const response = responses.get(requestKey(api, input));
    if (response === undefined) {
      throw new CallFailure(
        `--from-snapshot "${dir}" has no response for connect:${api} ${canonical(input)}: the snapshot is incomplete or was saved by another version; save it again`,
        api, 'SnapshotIncomplete');
    }
    if (response.error) throw new CallFailure(response.error.message, api, response.error.name);
    return response.output!;
  };
  return { manifest: manifest as SnapshotManifest, call };
}
