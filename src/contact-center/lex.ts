import { ILexBotAlias } from '../core/lex';
/**
 * References to Lex V2 bot aliases.
 */
export class LexBotAlias {
  /**
   * Reference a Lex V2 bot alias by its ARN.
   *
   * @param botAliasArn the bot alias ARN (may be a token, e.g. `cfnBotAlias.attrArn`)
   */
  public static fromBotAliasArn(botAliasArn: string): ILexBotAlias {
    if (!botAliasArn.includes('${Token[') && !/^arn:[^:]+:lex:[^:]*:[^:]*:bot-alias\/[^/]+\/[^/]+$/.test(botAliasArn)) {
      throw new Error(`LexBotAlias.fromBotAliasArn: invalid botAliasArn "${botAliasArn}": expected arn:<partition>:lex:<region>:<account>:bot-alias/<botId>/<aliasId>`);
    }
    return { botAliasArn };
  }

  private constructor() {}
}
