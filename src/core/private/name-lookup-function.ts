import { Duration } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { BundledFunction, InstanceRef } from './bundled-function';

/** How the bot asks the caller to spell a surname. */
export type SpellingStyleName = 'SpellByLetter' | 'SpellByWord';

export interface NameLookupFunctionProps {
  readonly contactCenter: InstanceRef;
  readonly extensionTagKey: string;
  readonly nameKeyPrefix: string;
  /** Surname attempts in all (the spoken one, then spelled ones). */
  readonly maxAttempts: number;
  readonly spellingStyle: SpellingStyleName;
  readonly cacheTtl: Duration;
}

/**
 * The Lex V2 code hook of the directory bot (lambda-src/name-lookup): at most two SearchUsers
 * calls per lookup, over the phonetic name-key tags.
 */
export class NameLookupFunction extends BundledFunction {
  constructor(scope: Construct, id: string, props: NameLookupFunctionProps) {
    super(scope, id, {
      handlerName: 'name-lookup',
      description: 'Lex code hook of the company directory: matches a heard or spelled surname',
      timeout: Duration.seconds(8),
      environment: {
        INSTANCE_ID: props.contactCenter.instanceId,
        EXTENSION_TAG_KEY: props.extensionTagKey,
        NAME_KEY_PREFIX: props.nameKeyPrefix,
        MAX_ATTEMPTS: String(props.maxAttempts),
        SPELLING_STYLE: props.spellingStyle,
        CACHE_TTL_SECONDS: String(props.cacheTtl.toSeconds()),
      },
    });
    this.allowSearchUsers(props.contactCenter);
  }
}
