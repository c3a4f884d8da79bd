import { Token } from 'aws-cdk-lib';

/**
 * The ARN form of a resource inside a Connect instance:
 * `arn:<partition>:connect:<region>:<account>:instance/<instanceId>/<resourceType>/<id>`.
 */
function instanceChildPattern(resourceType: string): RegExp {
  return new RegExp(`^arn:[\\w-]+:connect:[\\w-]*:\\d{12}:instance\\/([-a-zA-Z0-9]+)\\/${resourceType}\\/[-a-zA-Z0-9]+$`);
}

/** What such an ARN looks like, for error messages. */
export function instanceChildArnForm(resourceType: string, idName = 'id'): string {
  return `arn:<partition>:connect:<region>:<account>:instance/<instanceId>/${resourceType}/<${idName}>`;
}

/**
 * Checks the ARN of a resource inside a Connect instance and returns the instance ID
 * (`undefined` for an unresolved token, which is not checked).
 *
 * @param where `<construct path>` or `<scope path>/<id>` for the message
 * @param prop the prop or parameter that holds the ARN
 */
export function parseInstanceChildArn(where: string, prop: string, arn: string, resourceType: string, idName?: string): string | undefined {
  if (Token.isUnresolved(arn)) return undefined;
  const m = instanceChildPattern(resourceType).exec(arn);
  if (!m) throw new Error(`${where}: invalid ${prop} "${arn}": expected ${instanceChildArnForm(resourceType, idName)}`);
  return m[1];
}
