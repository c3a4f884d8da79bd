import { cx_api as cxapi } from 'aws-cdk-lib';

/** A short, human-readable summary of each synthesized stack. */
export function summarize(assembly: cxapi.CloudAssembly): string {
  const lines: string[] = [];
  for (const stack of assembly.stacks) {
    const resources: Record<string, any> = stack.template.Resources ?? {};
    const byType = new Map<string, number>();
    const flows: string[] = [];
    const numbers: string[] = [];
    const associations = new Map<string, string>();
    for (const [logicalId, r] of Object.entries(resources)) {
      byType.set(r.Type, (byType.get(r.Type) ?? 0) + 1);
      if (r.Type === 'AWS::Connect::ContactFlow') flows.push(`${r.Properties.Name} (${r.Properties.Type}) [${logicalId}]`);
      if (r.Type === 'Custom::ConnectPhoneNumberFlowAssociation') {
        const create = JSON.stringify(r.Properties?.Create ?? '');
        const flow = Object.entries(resources).find(([id, f]) => f.Type === 'AWS::Connect::ContactFlow' && create.includes(id));
        const number = Object.entries(resources).find(([id, n]) => n.Type === 'AWS::Connect::PhoneNumber' && create.includes(id));
        if (flow && number) associations.set(number[0], flow[1].Properties.Name);
      }
    }
    for (const [logicalId, r] of Object.entries(resources)) {
      if (r.Type !== 'AWS::Connect::PhoneNumber') continue;
      const p = r.Properties;
      numbers.push(`${p.CountryCode} ${p.Type}${p.Prefix ? ` ${p.Prefix}…` : ''} [${logicalId}] -> ${associations.get(logicalId) ?? '(no flow)'}`);
    }
    lines.push(`Stack ${stack.stackName} (${stack.templateFile}): ${Object.keys(resources).length} resources`);
    for (const [type, count] of [...byType.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      lines.push(`  ${String(count).padStart(3)}  ${type}`);
    }
    lines.push(`  flows: ${flows.length === 0 ? '(none)' : ''}`);
    for (const f of flows.sort()) lines.push(`    - ${f}`);
    lines.push(`  phone numbers: ${numbers.length === 0 ? '(none)' : ''}`);
    for (const n of numbers.sort()) lines.push(`    - ${n}`);
  }
  return lines.join('\n');
}
