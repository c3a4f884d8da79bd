import { Duration } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { BundledFunction, InstanceRef } from './bundled-function';

export interface ExtensionLookupFunctionProps {
  readonly contactCenter: InstanceRef;
  /** The user tag holding the extension. */
  readonly extensionTagKey: string;
  /** How long a warm function remembers an answer. */
  readonly cacheTtl: Duration;
}

/**
 * The extension lookup (lambda-src/extension-lookup), called by a flow with the stored digits as
 * the `extension` parameter. One tag-filtered SearchUsers call per lookup.
 */
export class ExtensionLookupFunction extends BundledFunction {
  constructor(scope: Construct, id: string, props: ExtensionLookupFunctionProps) {
    super(scope, id, {
      handlerName: 'extension-lookup',
      description: 'Finds the agent whose extension tag holds the digits the caller entered',
      // Connect waits at most 8 s for a Lambda function.
      timeout: Duration.seconds(8),
      environment: {
        INSTANCE_ID: props.contactCenter.instanceId,
        EXTENSION_TAG_KEY: props.extensionTagKey,
        CACHE_TTL_SECONDS: String(props.cacheTtl.toSeconds()),
      },
    });
    this.allowSearchUsers(props.contactCenter);
  }
}
