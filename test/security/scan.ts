/**
 * Template scans for plaintext secrets and for IAM statements on every resource (`Resource: *`).
 */

/**
 * Actions that have no resource-level permissions, so IAM only accepts them with `Resource: *`.
 * The README's "Security" section lists the same actions; no other action may use `*`.
 */
export const WILDCARD_ONLY_ACTIONS: { [action: string]: string } = {
  'xray:PutTraceSegments': 'X-Ray tracing of Lambda functions (no resource-level permissions)',
  'xray:PutTelemetryRecords': 'X-Ray tracing of Lambda functions (no resource-level permissions)',
  'cloudwatch:PutMetricData': 'custom metrics (no resource-level permissions; scope with the cloudwatch:namespace condition)',
  'polly:SynthesizeSpeech': 'the voice of a Lex bot (Polly API permissions reference: resource "*")',
};

/**
 * Statements, by Sid, that may allow one action on `Resource: *` although IAM scopes that action
 * elsewhere, because this use of it has no resource ARN. The README's "Security" section lists them.
 */
export const WILDCARD_STATEMENTS: { [sid: string]: { readonly action: string; readonly reason: string } } = {
  PublishSmsToPhoneNumbers: {
    action: 'sns:Publish',
    reason: 'an SMS sent straight to a phone number (SNS Publish with PhoneNumber has no resource ARN; topics do)',
  },
};

/** Property names whose values are secrets: they must never be literal strings. */
const SECRET_KEY = /(^|_|-|\b)(password|passwd|passphrase|secret|secretstring|token|apikey|api_key|privatekey|private_key|secretaccesskey|credentials?)$/i;
/** Property names that name or point at a secret rather than hold one. */
const NOT_A_SECRET = /(arn|id|name|names|ref|key|template|length|type|characters|punctuation|policy|version|rotation)$/i;

/** Secret-looking values anywhere in a template (inline code included). */
const SECRET_VALUES: Array<[string, RegExp]> = [
  ['AWS access key ID', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['AWS secret access key', /aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+=]{40}/i],
  ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36}\b/],
  ['Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
  ['password assignment in code', /\b(password|passwd|secret)\s*[:=]\s*["'][^"'\s{}$]{6,}["']/i],
];

function isLiteral(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 0 && !value.startsWith('{{resolve:');
  if (value && typeof value === 'object' && 'Fn::Join' in (value as any)) {
    const parts = (value as any)['Fn::Join'][1];
    // A join of constants only is a literal; a dynamic reference or any intrinsic makes it not one.
    return Array.isArray(parts) && parts.every((p) => typeof p === 'string') && !parts.join('').includes('{{resolve:');
  }
  return false;
}

/** Paths and reasons of plaintext secrets in a template. */
export function findPlaintextSecrets(template: any): string[] {
  const findings: string[] = [];
  const visit = (node: unknown, where: string, key: string | undefined, inGenerator: boolean) => {
    if (typeof node === 'string') {
      for (const [what, pattern] of SECRET_VALUES) if (pattern.test(node)) findings.push(`${where}: ${what} in a string`);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${where}[${i}]`, key, inGenerator));
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      const generator = inGenerator || k === 'GenerateSecretString';
      if (!generator && SECRET_KEY.test(k) && !NOT_A_SECRET.test(k) && isLiteral(v)) {
        findings.push(`${where}.${k}: a literal value where a secret belongs (use a {{resolve:secretsmanager:…}} reference)`);
      }
      visit(v, `${where}.${k}`, k, generator);
    }
  };
  for (const [id, resource] of Object.entries<any>(template.Resources ?? {})) {
    visit(resource.Properties, `Resources.${id}.Properties`, undefined, false);
    // Lambda environment variables are named freely: check their names too.
    for (const [name, value] of Object.entries<any>(resource.Properties?.Environment?.Variables ?? {})) {
      if (/password|secret|token|api_?key|private_?key/i.test(name) && !/arn|name|id$/i.test(name) && isLiteral(value)) {
        findings.push(`Resources.${id}.Properties.Environment.Variables.${name}: a literal secret in an environment variable`);
      }
    }
  }
  for (const section of ['Parameters', 'Outputs', 'Mappings']) visit(template[section], section, undefined, false);
  return findings;
}

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Identity-based policy statements of a template, with where they are. */
function identityStatements(template: any): Array<{ where: string; statement: any }> {
  const out: Array<{ where: string; statement: any }> = [];
  for (const [id, r] of Object.entries<any>(template.Resources ?? {})) {
    const docs: Array<[string, any]> = [];
    if (r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy') docs.push([`Resources.${id}`, r.Properties?.PolicyDocument]);
    if (['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'].includes(r.Type)) {
      asArray<any>(r.Properties?.Policies).forEach((p, i) => docs.push([`Resources.${id}.Policies[${i}]`, p.PolicyDocument]));
    }
    for (const [where, doc] of docs) {
      asArray<any>(doc?.Statement).forEach((statement, i) => out.push({ where: `${where}.Statement[${i}]`, statement }));
    }
  }
  return out;
}

/** Allow statements on `Resource: *` with an action that has resource-level permissions, and `Action: *`. */
export function findWildcardStatements(template: any): string[] {
  const findings: string[] = [];
  for (const { where, statement } of identityStatements(template)) {
    if (statement.Effect !== 'Allow') continue;
    const actions = asArray<any>(statement.Action);
    for (const action of actions) {
      if (typeof action === 'string' && (action === '*' || action.endsWith(':*'))) findings.push(`${where}: Action ${action}`);
    }
    if (statement.NotResource !== undefined || statement.NotAction !== undefined) findings.push(`${where}: NotResource/NotAction`);
    if (!asArray<any>(statement.Resource).includes('*')) continue;
    const allowed = typeof statement.Sid === 'string' ? WILDCARD_STATEMENTS[statement.Sid] : undefined;
    if (allowed && actions.length === 1 && actions[0] === allowed.action) continue;
    const scoped = actions.filter((a) => !(typeof a === 'string' && a in WILDCARD_ONLY_ACTIONS));
    if (scoped.length > 0) findings.push(`${where}: Resource * for ${scoped.join(', ')}, which can be scoped to ARNs`);
  }
  return findings;
}
