/**
 * The shape of the description of one action type.
 */
import { ActionType } from './action-type';
import { ContactFlowType } from './flow-types';

/** What kind of value a parameter takes. Every scalar parameter value is a string. */
export enum ParamKind {
  /** A non-empty string. */
  STRING = 'string',
  /** A whole number written as a string (`"8"`). */
  INT = 'int',
  /** One of `values`. */
  ENUM = 'enum',
  /** `"True"` or `"False"`. */
  BOOL = 'bool',
  /** A JSON object. */
  OBJECT = 'object',
  /** A JSON array. */
  ARRAY = 'array',
  /** An object of string values. */
  STRING_MAP = 'stringmap',
  /**
   * A JSON document of another schema (a view's input, a module's inputs or results): its values
   * keep their own JSON types and are not checked here.
   */
  DOCUMENT = 'document',
}

/** Whether a parameter may be dynamic. */
export enum Dynamic {
  /** A literal only. */
  STATIC = 'static',
  /** One whole JSONPath only (`$.StoredCustomerInput`). */
  PATH = 'path',
  /** A literal or one whole JSONPath. */
  STATIC_OR_PATH = 'static-or-path',
  /** Text with any number of JSONPath references (`Hello $.Attributes.name`). */
  INTERPOLATED = 'interpolated',
}

/** A spelling of a parameter that the live service rejects. */
export interface RejectedSpelling {
  /** The rejected spelling. */
  readonly name: string;
  /**
   * Only an error when the right spelling is missing (otherwise the wrong one is ignored: a warning).
   */
  readonly onlyWhenAlone?: boolean;
}

/** One parameter of an action type. */
export interface ParamSpec {
  /** The spelling the service takes, which the builder emits. */
  readonly name: string;
  /** Other spellings accepted on input (older docs, real exports). */
  readonly accepts?: readonly string[];
  /** Spellings the service rejects: an error naming `name`. */
  readonly rejects?: readonly RejectedSpelling[];
  readonly kind: ParamKind;
  readonly required?: boolean;
  /** Inclusive range for INT. */
  readonly min?: number;
  readonly max?: number;
  /** Allowed values for ENUM. */
  readonly values?: readonly string[];
  /** Whether the value may be dynamic. Default: STATIC_OR_PATH for scalars, STATIC for the rest. */
  readonly dynamic?: Dynamic;
  /**
   * The closed set of fields of an OBJECT (or of each element of an ARRAY of objects): a name not
   * listed is an error. Absent: the value's inside is not described (open).
   */
  readonly fields?: readonly ParamSpec[];
  /** Fewest entries of an ARRAY or STRING_MAP (an error below). */
  readonly minEntries?: number;
  /** Most entries of an ARRAY or STRING_MAP (an error above). */
  readonly maxEntries?: number;
  /** Allowed values of the elements of an ARRAY of strings. */
  readonly itemValues?: readonly string[];
  /**
   * The live service accepts a JSON number here: a number is a warning (exports and the builder
   * write a string), not an error.
   */
  readonly numberAccepted?: boolean;
  /**
   * The live service accepts values outside `values` at create time: an unknown ENUM value is a
   * warning, not an error.
   */
  readonly valuesAdvisory?: boolean;
}

/** Rules for the `Conditions` of an action type. */
export interface ConditionSpec {
  /** Allowed operators. Default: all. */
  readonly operators?: readonly string[];
  /** `Equals` operands that must each have a condition. */
  readonly required?: readonly string[];
  /** When true, only the `required` operands are allowed. */
  readonly only?: boolean;
  /** Pattern every operand must match, with its description. */
  readonly operand?: RegExp;
  readonly operandDescription?: string;
  /** At least one condition is needed. */
  readonly nonEmpty?: boolean;
}

/** The error branches of an action (for given parameters). */
export interface ErrorRules {
  /** Error types the action raises. Others are reported as warnings. */
  readonly allowed: readonly string[];
  /** The service rejects the action without these branches. */
  readonly required?: readonly string[];
  /** The service rejects the action with these branches. */
  readonly forbidden?: readonly string[];
  /** Why the forbidden branches are forbidden, for messages. */
  readonly forbiddenBecause?: string;
  /** Branches a contact can take that should be routed (a warning when missing). */
  readonly expected?: readonly string[];
  /** Why a required branch is required (the service's words where a live source quotes them), for messages. */
  readonly requiredBecause?: string;
}

/** How the contact leaves an action on success. */
export enum Exit {
  /** Continues with `NextAction` (or a condition). */
  NEXT = 'next',
  /** Leaves the flow for a queue, an agent, another flow or a phone number. */
  TRANSFER = 'transfer',
  /** Ends the contact or the flow. */
  TERMINAL = 'terminal',
  /** Stays until the contact leaves the flow (e.g. a loop of prompts until an agent answers). */
  LEAVES_FLOW = 'leaves-flow',
}

/** Where a finding is reported. */
export interface RuleContext {
  /** The flow type, when known. */
  readonly flowType?: ContactFlowType;
  /** Report a finding; `subPath` is relative to the action (e.g. `.Parameters.LoopCount`). */
  report(severity: 'error' | 'warning', subPath: string, message: string, rule?: string): void;
}

/** The parameters of an action, as written. */
export type Params = { readonly [name: string]: any };

/** The description of one action type. */
export interface ActionSpec {
  readonly type: ActionType;
  /** The name of the block in the flow designer. */
  readonly block: string;
  readonly params?: readonly ParamSpec[];
  /** Groups of parameters of which exactly one must be present. */
  readonly exactlyOne?: ReadonlyArray<readonly string[]>;
  /** Groups of parameters of which at most one may be present. */
  readonly atMostOne?: ReadonlyArray<readonly string[]>;
  /** Parameters whose values keep their JSON type (flow module inputs): not checked for strings. */
  readonly typedValues?: readonly string[];
  /**
   * Why the parameter set is not closed (no source lists it): unknown parameter names are then not
   * reported. Absent: `params` is the closed set, and a name outside it is an error (the service
   * answers "Invalid Action property name").
   */
  readonly paramsOpen?: string;
  /**
   * Why the error set is not closed: error types outside `allowed` are then warnings. Absent:
   * an error type outside `allowed` is an error (the service answers "Invalid Action error").
   */
  readonly errorsOpen?: string;
  /** Condition operands a JSON number is accepted for by the live service (a warning, not an error). */
  readonly numericOperandsAccepted?: boolean;
  /** `none`: the action takes no conditions. */
  readonly conditions: 'none' | ConditionSpec;
  /** Error branches, possibly depending on the parameters and the flow type. */
  readonly errors: ErrorRules | ((params: Params, flowType?: ContactFlowType) => ErrorRules);
  /** How the contact leaves the action on success. */
  readonly exit: Exit;
  /** `NextAction` may be left out (only for the listed exits that end the flow). Default: required unless TERMINAL. */
  readonly nextOptional?: boolean;
  /** Flow types the action may be used in. Default: all. */
  readonly allowedIn?: readonly ContactFlowType[];
  /** Flow types the service rejects the action in. */
  readonly notIn?: readonly ContactFlowType[];
  /** A hint added to the "not allowed in" message. */
  readonly notAllowedHint?: string;
  /** The parameter shown under the type in diagrams. */
  readonly diagramKey: (params: Params) => string | undefined;
  /** Extra checks. */
  readonly check?: (action: any, ctx: RuleContext) => void;
}

/** The error rules of an action with these parameters. */
export function errorRules(spec: ActionSpec, params: Params, flowType?: ContactFlowType): ErrorRules {
  return typeof spec.errors === 'function' ? spec.errors(params, flowType) : spec.errors;
}

/** Every parameter name an action type knows (with accepted and rejected spellings). */
export function knownParamNames(spec: ActionSpec): string[] {
  const out: string[] = [];
  for (const p of spec.params ?? []) {
    out.push(p.name, ...(p.accepts ?? []), ...(p.rejects ?? []).map((r) => r.name));
  }
  return out;
}

/** true when the action type's parameter names are a closed set. */
export function hasClosedParams(spec: ActionSpec): boolean {
  return spec.paramsOpen === undefined;
}

/** true when the action type's error branches are a closed set. */
export function hasClosedErrors(spec: ActionSpec): boolean {
  return spec.errorsOpen === undefined;
}

/** Whether the service needs a `NextAction` on this action type. */
export function needsNextAction(spec: ActionSpec): boolean {
  return spec.exit !== Exit.TERMINAL && !spec.nextOptional;
}
