import { Reference, Token, Tokenization } from 'aws-cdk-lib';

const TOKEN = /\$\{Token\[[^\]]+\]\}/g;

/**
 * A message with each unresolved token (`${Token[TOKEN.1211]}`) replaced by what it stands for:
 * the construct path and attribute of a reference (`Stack/CC/Support.QueueArn`), or
 * `<deploy-time value>` for other intrinsics. Text without tokens is returned as it is.
 */
export function describeTokens(text: string): string {
  if (!text.includes('${Token[')) return text;
  return text.replace(TOKEN, (token) => {
    const resolvable = Token.isUnresolved(token) ? Tokenization.reverse(token) : undefined;
    if (resolvable instanceof Reference) {
      const path = resolvable.target.node.path.replace(/\/Resource$/, '');
      return `<${path}.${resolvable.displayName}>`;
    }
    return '<deploy-time value>';
  });
}
