/**
 * How `FlowContent.fromExport()` reads a console export and maps its ARNs (not exported from the package).
 */
import * as fs from 'fs';
import type { Construct } from 'constructs';
import { FlowExportReference } from './flow-export';
import type { IContactCenter } from '../core/contact-center';
import { FoundArn, findArns, metadataName } from '../flows/codegen/references';
import { isLegacyExport } from '../flows/language';

/** An ARN of the export, where it sits and the name the metadata gives it. */
interface ExportArn {
  readonly at: string;
  readonly action: any;
  readonly found: FoundArn;
  readonly name?: string;
}

/** Read the export: a file path, JSON text or a parsed document. */
export function readExport(fileOrJson: any): { document: any; source: string } {
  let document = fileOrJson;
  let source = 'the document given';
  if (typeof fileOrJson === 'string') {
    const text = fileOrJson.trim();
    if (text.startsWith('{')) {
      source = 'the JSON given';
      try {
        document = JSON.parse(text);
      } catch (e) {
        throw new Error(`FlowContent.fromExport: the JSON given is not valid: ${(e as Error).message}`);
      }
    } else {
      source = `"${fileOrJson}"`;
      let raw: string;
      try {
        raw = fs.readFileSync(fileOrJson, 'utf-8');
      } catch (e) {
        throw new Error(`FlowContent.fromExport: cannot read "${fileOrJson}": ${(e as Error).message}`);
      }
      try {
        document = JSON.parse(raw);
      } catch (e) {
        throw new Error(`FlowContent.fromExport: "${fileOrJson}" is not valid JSON: ${(e as Error).message}`);
      }
    }
  }
  if (isLegacyExport(document)) {
    throw new Error(`FlowContent.fromExport: ${source} is in the legacy console export format ({"modules": […], "version": "1"}): `
      + 'open the flow in the current flow designer and export it again');
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document) || !Array.isArray(document.Actions)) {
    throw new Error(`FlowContent.fromExport: ${source} is not a flow-language document ({ "Version": "2019-10-30", "StartAction": …, "Actions": […] })`);
  }
  return { document, source };
}

/** Every instance ARN of the export's actions. */
function exportArns(document: any): ExportArn[] {
  const out: ExportArn[] = [];
  document.Actions.forEach((action: any, i: number) => {
    const metadata = document.Metadata?.ActionMetadata?.[action?.Identifier];
    for (const { path, found } of findArns(action?.Parameters ?? {}, '')) {
      out.push({ at: `Actions[${i}].Parameters${path}`, action, found, name: metadataName(metadata, path, found.arn) });
    }
  });
  return out;
}

function replaceStrings(value: any, map: Map<string, string>): any {
  if (typeof value === 'string') return map.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, map));
  if (value !== null && typeof value === 'object') {
    const out: any = {};
    for (const [k, v] of Object.entries(value)) out[k] = replaceStrings(v, map);
    return out;
  }
  return value;
}

/**
 * The export with each source ARN replaced by its reference; throws naming every unmapped ARN
 * (action, JSON path, resource type and name, and the line to add) and every key that maps nothing.
 */
export function bindExport(scope: Construct, contactCenter: IContactCenter | undefined, document: any, source: string,
  references: { [arnOrName: string]: FlowExportReference }): any {
  const where = `${scope.node.path}: FlowContent.fromExport(${source})`;
  const arns = exportArns(document);
  const map = new Map<string, string>();
  const used = new Set<string>();
  const missing: string[] = [];
  const chosen: FlowExportReference[] = [];
  for (const a of arns) {
    const key = a.found.arn in references ? a.found.arn : a.name !== undefined && a.name in references ? a.name : undefined;
    if (key === undefined) {
      const named = a.name !== undefined ? ` "${a.name}"` : '';
      missing.push(`action "${a.action.Identifier}" (${a.action.Type}) at ${a.at}: the ${a.found.kind.label}${named} ${a.found.arn} is not mapped; `
        + `add to references: ${JSON.stringify(a.name ?? a.found.arn)}: FlowExportReference.${a.found.kind.exportFactory}(...)`);
      continue;
    }
    used.add(key);
    const ref = references[key];
    if (!(ref instanceof FlowExportReference)) {
      throw new Error(`${where}: invalid references[${JSON.stringify(key)}]: give a FlowExportReference (FlowExportReference.queue(queue)…)`);
    }
    map.set(a.found.arn, ref.arn);
    if (!chosen.includes(ref)) chosen.push(ref);
  }
  if (missing.length > 0) {
    throw new Error(`${where}: ${missing.length} ARN${missing.length === 1 ? '' : 's'} of the source instance ${missing.length === 1 ? 'is' : 'are'} not mapped:\n  ${missing.join('\n  ')}`);
  }
  const unused = Object.keys(references).filter((k) => !used.has(k));
  if (unused.length > 0) {
    throw new Error(`${where}: references ${unused.map((k) => JSON.stringify(k)).join(', ')} match${unused.length === 1 ? 'es' : ''} no ARN or resource name of the export`
      + (arns.length > 0 ? ` (it has ${[...new Set(arns.map((a) => a.name ?? a.found.arn))].map((n) => JSON.stringify(n)).join(', ')})` : ' (it has none)'));
  }
  for (const ref of chosen) {
    if (!ref._function && !ref._botAlias) continue;
    if (!contactCenter) {
      throw new Error(`${where}: the flow uses Lambda functions or Lex bots, which must be associated with a contact center: use it in a ContactFlow`);
    }
    if (ref._function) contactCenter.associateLambdaFunction(ref._function);
    if (ref._botAlias) contactCenter.associateLexBotAlias(ref._botAlias);
  }
  return replaceStrings(document, map);
}
