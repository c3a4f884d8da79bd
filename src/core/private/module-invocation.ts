import { isToken } from './validate';
import { FlowModuleContract, FlowModuleParameterType } from '../contact-flow-module';

/**
 * Check a call of a module (`InvokeFlowModule`) against its contract: `ContactFlowModule.checkInvocation`,
 * here so that the flow builder checks its calls without importing the construct.
 */
export function checkModuleInvocation(contract: FlowModuleContract, input: { [key: string]: any } = {}, branches: string[] = []): string[] {
  const problems: string[] = [];
  const inputs = new Map((contract.inputs ?? []).map((p) => [p.name, p.type ?? FlowModuleParameterType.STRING]));
  for (const [key, value] of Object.entries(input ?? {})) {
    const type = inputs.get(key);
    if (!type) {
      problems.push(`input ${JSON.stringify(key)} is not an input of the module (${inputs.size ? [...inputs.keys()].join(', ') : 'none declared'})`);
    } else if (!isToken(value) && typeof value !== type) {
      problems.push(`input ${JSON.stringify(key)} must be a JSON ${type} (got ${JSON.stringify(value)})${typeof value === 'string' && value.startsWith('$.') ? '; a JSONPath is only allowed for string inputs' : ''}`);
    }
  }
  for (const p of contract.inputs ?? []) {
    if (p.required && !(p.name in (input ?? {}))) problems.push(`input ${JSON.stringify(p.name)} is required by the module`);
  }
  const declared = new Set((contract.branches ?? []).map((b) => b.name));
  for (const b of branches ?? []) {
    if (!declared.has(b)) problems.push(`branch ${JSON.stringify(b)} is not a branch of the module (${declared.size ? [...declared].join(', ') : 'none declared'})`);
  }
  return problems;
}
