import { IResource } from 'aws-cdk-lib';

/** The JSON type of a module input or output parameter. */
export enum FlowModuleParameterType {
  /** A string; the only type a caller can pass a dynamic value (`$.Attributes.x`) into. */
  STRING = 'string',
  /** A number (sent as a JSON number, not a string). */
  NUMBER = 'number',
  /** A boolean (sent as a JSON boolean). */
  BOOLEAN = 'boolean',
}

/** An input or output parameter of a flow module. */
export interface FlowModuleParameter {
  /** The parameter name: letters, digits and underscores, 1–100 characters. */
  readonly name: string;

  /**
   * The JSON type.
   * @default FlowModuleParameterType.STRING
   */
  readonly type?: FlowModuleParameterType;

  /**
   * A description.
   * @default - no description
   */
  readonly description?: string;

  /**
   * Whether a value must be given (inputs: by every caller; outputs: by every return).
   * @default false
   */
  readonly required?: boolean;
}

/** A custom branch (result) of a flow module: callers branch on it. */
export interface FlowModuleBranch {
  /** The branch name: letters, digits and underscores, 1–100 characters. */
  readonly name: string;

  /**
   * A description.
   * @default - no description
   */
  readonly description?: string;
}

/**
 * What a flow module takes and gives back: input parameters (`$.Modules.Input` inside the
 * module), output parameters (`$.Modules.ResultData` in the caller) and custom branches
 * (`$.Modules.Result`). Connect checks both the module's returns and its callers against it when
 * they are published.
 */
export interface FlowModuleContract {
  /**
   * Input parameters.
   * @default - none
   */
  readonly inputs?: FlowModuleParameter[];

  /**
   * Output parameters, set by the module's `EndFlowModuleExecution` (`ResultData`).
   * @default - none
   */
  readonly outputs?: FlowModuleParameter[];

  /**
   * Custom branches a return can select (`EndFlowModuleExecution` `Result`). Callers always
   * have the error branches too.
   * @default - none
   */
  readonly branches?: FlowModuleBranch[];
}

/** A flow module: a reusable piece of flow that flows invoke (`InvokeFlowModule`). */
export interface IContactFlowModule extends IResource {
  /**
   * The module ARN (`…:instance/<instanceId>/flow-module/<moduleId>`).
   * @attribute
   */
  readonly contactFlowModuleArn: string;

  /**
   * The module ID (the last part of the ARN), what `InvokeFlowModule`'s `FlowModuleId` takes.
   * @attribute
   */
  readonly contactFlowModuleId: string;

  /**
   * The module's inputs, outputs and branches, when known (to check callers at synth).
   */
  readonly contract?: FlowModuleContract;
}
