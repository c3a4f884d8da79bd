import { IResource, RemovalPolicy, Resource, aws_connect as connect } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IContactCenter } from '../core/contact-center';
import { fail, isToken, validatePattern, validateStringLength } from '../core/private/validate';

/** A predefined attribute: a named set of values for attribute-based routing (agent proficiencies and contacts' routing criteria). */
export interface IPredefinedAttribute extends IResource {
  /**
   * The attribute name, how proficiencies and routing criteria refer to it.
   * @attribute
   */
  readonly predefinedAttributeName: string;

  /** The allowed values, when known. */
  readonly values?: string[];
}

/** Options for a predefined attribute, used by the `ContactCenter.add…()` methods. */
export interface PredefinedAttributeOptions {
  /** The attribute name, 1–100 characters, unique in the instance (e.g. "Language", "Technology"). */
  readonly name: string;

  /** The values agents can be proficient in and contacts can require, 1–500 of them, each 1–100 characters. */
  readonly values: string[];

  /**
   * What the attribute is for (up to 10 purposes, each 1–100 characters).
   * @default - none
   */
  readonly purposes?: string[];

  /**
   * Reject proficiencies and routing criteria whose value is not one of `values`.
   * @default true - a misspelt value would silently route nowhere
   */
  readonly validateValues?: boolean;

  /**
   * Make the attribute read-only in the Connect console (changed only through code).
   * @default false
   */
  readonly readOnly?: boolean;

  /**
   * What happens to the attribute when removed from the stack.
   * @default RemovalPolicy.RETAIN - agents' proficiencies and contacts' routing criteria refer to it by name
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** Properties of a predefined attribute. */
export interface PredefinedAttributeProps extends PredefinedAttributeOptions {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}

/**
 * A predefined attribute (`AWS::Connect::PredefinedAttribute`) for attribute-based routing: a
 * name such as "Language" with its values ("English", "Spanish"), that agents have proficiencies
 * in and contacts are routed on.
 */
export class PredefinedAttribute extends Resource implements IPredefinedAttribute {
  /** Refer to an existing predefined attribute of the instance by name. */
  public static fromPredefinedAttributeName(scope: Construct, id: string, name: string): IPredefinedAttribute {
    if (typeof name !== 'string' || (!isToken(name) && (name.length < 1 || name.length > 100))) {
      throw new Error(`${scope.node.path}/${id}: invalid name ${JSON.stringify(name)}: must be between 1 and 100 characters long`);
    }
    class Import extends Resource implements IPredefinedAttribute {
      public readonly predefinedAttributeName = name;
      public readonly values = undefined;
    }
    return new Import(scope, id);
  }

  public readonly predefinedAttributeName: string;
  public readonly values?: string[];
  /** The underlying CloudFormation resource. */
  public readonly cfnPredefinedAttribute: connect.CfnPredefinedAttribute;

  constructor(scope: Construct, id: string, props: PredefinedAttributeProps) {
    super(scope, id);
    validateStringLength(this, 'name', props.name, 1, 100);
    // Routing criteria and proficiencies address the attribute in JSONPath-like expressions.
    validatePattern(this, 'name', props.name, /^[^$.]*$/, 'must not contain "$" or "."');
    const values = props.values ?? [];
    if (values.length < 1 || values.length > 500) fail(this, 'values', `${values.length} values`, 'give 1 to 500 values');
    const seen = new Set<string>();
    values.forEach((v, i) => {
      validateStringLength(this, `values[${i}]`, v, 1, 100);
      if (!isToken(v) && seen.has(v)) fail(this, `values[${i}]`, v, 'values must be unique');
      seen.add(v);
    });
    const purposes = props.purposes;
    if (purposes !== undefined) {
      if (purposes.length < 1 || purposes.length > 10) fail(this, 'purposes', `${purposes.length} purposes`, 'give 1 to 10 purposes, or leave it out');
      purposes.forEach((p, i) => validateStringLength(this, `purposes[${i}]`, p, 1, 100));
    }

    this.cfnPredefinedAttribute = new connect.CfnPredefinedAttribute(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      name: props.name,
      values: { stringList: [...values] },
      purposes,
      attributeConfiguration: {
        enableValueValidationOnAssociation: props.validateValues ?? true,
        isReadOnly: props.readOnly ?? false,
      },
    });
    this.cfnPredefinedAttribute.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);
    this.predefinedAttributeName = props.name;
    this.values = [...values];
  }
}
