import { spawnSync } from 'child_process';
import * as fs from 'fs';

/**
 * Return values of the types the installed cfn-lint does not know yet, from the CloudFormation
 * template reference ("Return values"). cfn-lint's provider schemas give every other type's.
 */
export const DOCUMENTED_ATTRIBUTES: { [type: string]: string[] } = {
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-connect-testcase.html
  'AWS::Connect::TestCase': ['TestCaseArn', 'LastModifiedRegion', 'LastModifiedTime'],
};

/** One `Fn::GetAtt` (or `${X.Attr}` in `Fn::Sub`) of a template: the resource, its type and the attribute. */
export interface GetAttUse {
  readonly template: string;
  readonly resource: string;
  readonly type: string;
  readonly attribute: string;
}

/** Every attribute a template reads with `Fn::GetAtt` or `Fn::Sub`. */
export function getAttUses(file: string): GetAttUse[] {
  const template = JSON.parse(fs.readFileSync(file, 'utf-8'));
  const resources: { [id: string]: { Type: string } } = template.Resources ?? {};
  const uses: GetAttUse[] = [];
  const add = (resource: string, attribute: string) => {
    const type = resources[resource]?.Type;
    if (type) uses.push({ template: file, resource, type, attribute });
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'Fn::GetAtt') {
        const [resource, ...rest] = Array.isArray(value) ? value : String(value).split('.');
        add(String(resource), rest.join('.'));
      } else if (key === 'Fn::Sub') {
        const text = Array.isArray(value) ? String(value[0]) : String(value);
        for (const m of text.matchAll(/\$\{([A-Za-z0-9]+)\.([A-Za-z0-9.]+)\}/g)) add(m[1], m[2]);
      }
      walk(value);
    }
  };
  walk(template.Resources);
  walk(template.Outputs);
  return uses;
}

/** The attribute patterns cfn-lint's provider schemas give each type (undefined: a type it does not know). */
export function cfnLintAttributes(types: string[]): { [type: string]: string[] | undefined } {
  const script = [
    'import json, sys',
    'from cfnlint.schema import PROVIDER_SCHEMA_MANAGER as m',
    'out = {}',
    'for t in json.load(sys.stdin):',
    '    try: out[t] = list(m.get_resource_schema("us-east-1", t).get_atts.keys())',
    '    except Exception: out[t] = None',
    'print(json.dumps(out))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(types), encoding: 'utf-8' });
  if (r.status !== 0) throw new Error(`cfn-lint's schemas could not be read (${r.stderr.trim()}): install cfn-lint; this check never skips`);
  return JSON.parse(r.stdout);
}

/** The uses whose attribute is no documented return value of the resource's type. */
export function undocumentedGetAtts(uses: GetAttUse[]): string[] {
  const types = [...new Set(uses.map((u) => u.type))].filter((t) => !t.startsWith('Custom::') && t !== 'AWS::CloudFormation::CustomResource');
  const known = cfnLintAttributes(types);
  return uses
    .filter((u) => types.includes(u.type))
    .filter((u) => {
      const patterns = known[u.type] ?? DOCUMENTED_ATTRIBUTES[u.type];
      if (!patterns) return true;
      return !patterns.some((p) => new RegExp(`^(?:${p})$`).test(u.attribute));
    })
    .map((u) => `${u.template.split('/').pop()}: ${u.resource} (${u.type}) .${u.attribute}${(known[u.type] ?? DOCUMENTED_ATTRIBUTES[u.type]) ? '' : ' (type unknown to cfn-lint and to DOCUMENTED_ATTRIBUTES)'}`);
}
