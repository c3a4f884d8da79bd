/**
 * Flow modules in the simulator: `InvokeFlowModule` runs a module of the same template with the
 * caller's `Input`, and `EndFlowModuleExecution` returns to the caller through the branch its
 * `Result` names. As in Connect, the module reads its input at `$.Modules.Input`, and after the
 * call the caller reads the branch name at `$.Modules.Result` and the outputs at
 * `$.Modules.ResultData` (each call replaces them). A module that is not part of what is simulated
 * is a recorded action: its branch comes from the scenario's `actionResults`, success by default.
 */
import type { CAction, CFlow, Handler, Run } from './engine';
import { toStr } from './engine-values';
import { SimulationEventKind, SimulationOutcome } from './types';
import { isObject } from '../flows/language/values';

/** Values as the module receives or returns them: references resolved, JSON types kept. */
function resolveValues(run: Run, values: unknown): { [k: string]: any } {
  const out: { [k: string]: any } = {};
  for (const [k, v] of Object.entries(isObject(values) ? values : {})) out[k] = typeof v === 'string' ? run.value(v) : v;
  return out;
}

/** The module a FlowModuleId names: by ARN, logical ID or name; a version or alias suffix (`:$LATEST`) is ignored. */
function findModule(run: Run, id: string): CFlow | undefined {
  const found = run.engine.findFlow(id);
  if (found !== undefined) return found;
  const colon = id.lastIndexOf(':');
  return colon > id.lastIndexOf('/') && colon > 0 ? run.engine.findFlow(id.slice(0, colon)) : undefined;
}

/** Continue the caller on the branch the module returned through (NextAction without a branch). */
function branchOf(run: Run, a: CAction, result: string | undefined): number {
  if (result === undefined || result === '') return run.next(a);
  const taken = run.equalsBranch(a, result);
  if (taken !== undefined) return taken;
  if (a.errors.NoMatchingCondition !== undefined) return run.follow(a, a.errors.NoMatchingCondition, 'NoMatchingCondition');
  run.warn(`the module returned through branch "${result}", which this block has no condition for: continuing with NextAction`, a);
  return run.next(a);
}

/** A module outside the simulated template: a recorded action whose result the scenario gives. */
function recordedModule(run: Run, a: CAction, id: string, input: { [k: string]: any }): number {
  const params: { [k: string]: string } = { FlowModuleId: id };
  if (Object.keys(input).length > 0) params.Input = JSON.stringify(input);
  const scripted = run.scripted('action', run.scenario.actionResults, [a.id, a.type]);
  const result = scripted.found && scripted.value !== undefined ? toStr(scripted.value) : 'success';
  run.transcript.actions.push({ actionType: a.type, actionIdentifier: a.id, parameters: params, result });
  run.event(SimulationEventKind.ACTION, `${a.type}(${JSON.stringify(params)}) → ${result} (the module is not part of what is simulated)`, a.id);
  if (result === 'NoMatchingError') return run.error(a, result, 'from the scenario');
  run.state.modules = { Result: result === 'success' || result === '' ? undefined : result, ResultData: {} };
  return branchOf(run, a, run.state.modules.Result);
}

/** `InvokeFlowModule` */
export const invokeModule: Handler = (run, a) => {
  const id = run.ref(a.p.FlowModuleId);
  if (id === undefined) return run.error(a, 'NoMatchingError', `FlowModuleId ${JSON.stringify(a.p.FlowModuleId)} is not set`);
  const input = resolveValues(run, a.p.Input);
  const module = findModule(run, id);
  if (module === undefined) return recordedModule(run, a, run.engine.display(id), input);
  if (!module.module) return run.error(a, 'NoMatchingError', `"${module.name}" is a flow, not a flow module`);
  run.frames.push({ flow: run.flow, action: a });
  run.state.moduleInputs.push(run.state.modules.Input);
  run.state.modules = { Input: input };
  return run.enter(module);
};

/** `EndFlowModuleExecution` */
export const endModule: Handler = (run, a) => {
  const frame = run.frames.pop();
  if (!frame) return run.stop(SimulationOutcome.ENDED, `flow module ended at "${a.id}"`);
  const result = a.p.Result === undefined ? undefined : toStr(run.value(a.p.Result));
  const module = run.flow.name;
  run.state.modules = { Input: run.state.moduleInputs.pop(), Result: result, ResultData: resolveValues(run, a.p.ResultData) };
  run.flow = frame.flow;
  run.event(SimulationEventKind.FLOW, `returned from module "${module}" to flow "${frame.flow.name}"${result ? ` through branch "${result}"` : ''}`, a.id);
  return branchOf(run, frame.action, result);
};
