import { RemovalPolicy } from 'aws-cdk-lib';
import { IContactCenter } from '../core/contact-center';

/** Options for a security profile, used by `ContactCenter.addSecurityProfile()`. */
export interface SecurityProfileOptions {
  /** The name, 1–127 letters, digits, spaces, `_`, `@` and `-`, unique in the instance. */
  readonly name: string;

  /**
   * Connect permission API names, e.g. `SecurityProfilePermissions.AGENT`, as the admin guide's
   * "List of security profile permissions" spells them (case- and dot-sensitive: a known name
   * with other case or dots is rejected). Only profiles with `BasicAgentAccess` can use the
   * Contact Control Panel and take contacts.
   */
  readonly permissions: string[];

  /**
   * A description, at most 250 characters.
   * @default - no description
   */
  readonly description?: string;

  /**
   * Tags.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * What happens to the profile when removed from the stack.
   * @default RemovalPolicy.RETAIN - users still assigned to it would block deletion
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** Properties of a security profile. */
export interface SecurityProfileProps extends SecurityProfileOptions {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}
