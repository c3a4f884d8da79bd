/**
 * Comparison operators of the flow language.
 */

/**
 * A comparison operator of the flow language.
 */
export enum ComparisonOperator {
  /** Text equality. */
  EQUALS = 'Equals',
  /** Text starts with the operand. */
  TEXT_STARTS_WITH = 'TextStartsWith',
  /** Text ends with the operand. */
  TEXT_ENDS_WITH = 'TextEndsWith',
  /** Text contains the operand. */
  TEXT_CONTAINS = 'TextContains',
  /** Number greater than (false when a side is not numeric). */
  NUMBER_GREATER_THAN = 'NumberGreaterThan',
  /** Number greater or equal (false when a side is not numeric). */
  NUMBER_GREATER_OR_EQUAL_TO = 'NumberGreaterOrEqualTo',
  /** Number less than (false when a side is not numeric). */
  NUMBER_LESS_THAN = 'NumberLessThan',
  /** Number less or equal (false when a side is not numeric). */
  NUMBER_LESS_OR_EQUAL_TO = 'NumberLessOrEqualTo',
  /** The key named by the operand exists (one operand). */
  KEY_EXISTS = 'KeyExists',
}

/** Every operator the service takes (there are no And, Or or Contains). */
export const OPERATORS: readonly string[] = Object.values(ComparisonOperator);

/** Operators that compare numbers (false when a side is not numeric). */
export const NUMBER_OPERATORS: readonly string[] = [
  ComparisonOperator.NUMBER_GREATER_THAN, ComparisonOperator.NUMBER_GREATER_OR_EQUAL_TO,
  ComparisonOperator.NUMBER_LESS_THAN, ComparisonOperator.NUMBER_LESS_OR_EQUAL_TO,
];

/** How diagrams label a condition with each operator (`Equals` shows the operand alone). */
export const OPERATOR_LABELS: { readonly [op: string]: string } = {
  [ComparisonOperator.EQUALS]: '',
  [ComparisonOperator.TEXT_STARTS_WITH]: 'starts with ',
  [ComparisonOperator.TEXT_ENDS_WITH]: 'ends with ',
  [ComparisonOperator.TEXT_CONTAINS]: 'contains ',
  [ComparisonOperator.NUMBER_GREATER_THAN]: '> ',
  [ComparisonOperator.NUMBER_GREATER_OR_EQUAL_TO]: '>= ',
  [ComparisonOperator.NUMBER_LESS_THAN]: '< ',
  [ComparisonOperator.NUMBER_LESS_OR_EQUAL_TO]: '<= ',
  [ComparisonOperator.KEY_EXISTS]: 'has ',
};

/** Operators the service is known to reject, with what to use instead. */
export const REJECTED_OPERATORS: { readonly [op: string]: string } = {
  And: 'chain two actions (conditions are evaluated one at a time)',
  Or: 'give one condition per value, each with its own NextAction',
  Contains: 'use TextContains',
  NotEquals: 'branch on Equals and take the other case with NoMatchingCondition',
};

/**
 * Evaluate a condition as Connect does. `num` is the operand as a number (NaN when blank or not numeric).
 */
export function compare(op: string, value: unknown, operand: string, num: number): boolean {
  const s = value === undefined || value === null ? '' : (typeof value === 'string' ? value : (typeof value === 'object' ? JSON.stringify(value) : String(value)));
  switch (op) {
    case 'Equals': return s === operand;
    case 'TextStartsWith': return s.startsWith(operand);
    case 'TextEndsWith': return s.endsWith(operand);
    case 'TextContains': return s.includes(operand);
    case 'KeyExists': return value !== undefined && value !== null;
    default:
  }
  if (s.trim() === '' || !Number.isFinite(Number(s)) || !Number.isFinite(num)) return false;
  const n = Number(s);
  switch (op) {
    case 'NumberGreaterThan': return n > num;
    case 'NumberGreaterOrEqualTo': return n >= num;
    case 'NumberLessThan': return n < num;
    case 'NumberLessOrEqualTo': return n <= num;
    default: return false;
  }
}
