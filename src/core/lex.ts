/**
 * A Lex V2 bot alias that a contact center can use in its flows.
 *
 * aws-cdk-lib has no L2 construct for Lex V2, so this is a small reference type: use
 * `LexBotAlias.fromBotAliasArn()` for any alias (one created with `lex.CfnBotAlias` in the
 * same app, or one that exists already).
 */
export interface ILexBotAlias {
  /**
   * The ARN of the bot alias, `arn:aws:lex:<region>:<account>:bot-alias/<botId>/<aliasId>`.
   *
   * Never use the `TestBotAlias` in production: it has very low concurrency.
   */
  readonly botAliasArn: string;
}

/**
 * Options of `ContactCenter.associateLexBotAlias()`.
 */
export interface LexBotAliasAssociationOptions {
  /**
   * Also add a statement of this library to the alias's resource policy that lets Connect call the
   * bot (principal `connect.amazonaws.com`, actions `lex:RecognizeText` and `lex:StartConversation`,
   * conditions `AWS:SourceAccount` and `AWS:SourceArn` = the instance ARN).
   *
   * The statement is added with the Lex V2 `CreateResourcePolicyStatement` API, next to the
   * statements already in the policy (Connect's own among them), and removed with
   * `DeleteResourcePolicyStatement` when the association is removed. The policy is never replaced.
   *
   * @default false - the association alone: associating the bot adds Connect's own statement to
   * the alias's policy
   */
  readonly addResourcePolicyStatement?: boolean;
}
