import { IResource, RemovalPolicy, Resource, aws_connect as connect } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IContactCenter } from '../core/contact-center';
import { parseInstanceChildArn } from '../core/private/arn';
import { fail, isToken, renderTags, validateConnectResourceTags, validateStringLength } from '../core/private/validate';

/** Connect's agent hierarchy has at most five levels. */
const MAX_LEVELS = 5;

/** The agent hierarchy's level names of an instance. */
export interface IUserHierarchyStructure extends IResource {
  /**
   * The ARN of the hierarchy structure.
   * @attribute
   */
  readonly userHierarchyStructureArn: string;

  /** The level names, from level one (the top) down. */
  readonly levels: string[];
}

/** Properties of a user hierarchy structure. */
export interface UserHierarchyStructureProps {
  /** The contact center (one structure per instance). */
  readonly contactCenter: IContactCenter;

  /**
   * The level names from the top down, 1 to 5 of them, each 1–50 characters, e.g.
   * `['Region', 'Site', 'Team']`.
   */
  readonly levels: string[];

  /**
   * What happens to the structure when removed from the stack.
   * @default RemovalPolicy.RETAIN - the structure is instance-wide; hierarchy groups, agents'
   * assignments and historical reports by hierarchy depend on its levels
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** Structures per contact center object, for the one-per-instance check. */
const structures = new WeakMap<IContactCenter, string>();

/**
 * The agent hierarchy's levels (`AWS::Connect::UserHierarchyStructure`): up to five named levels
 * such as Region › Site › Team, used to group agents for reports and permissions. An instance has
 * one structure. Create groups with `addGroup()` or `new UserHierarchyGroup()`.
 */
export class UserHierarchyStructure extends Resource implements IUserHierarchyStructure {
  public readonly userHierarchyStructureArn: string;
  public readonly levels: string[];
  /** The contact center. */
  public readonly contactCenter: IContactCenter;
  /** The underlying CloudFormation resource. */
  public readonly cfnUserHierarchyStructure: connect.CfnUserHierarchyStructure;

  constructor(scope: Construct, id: string, props: UserHierarchyStructureProps) {
    super(scope, id);
    const levels = props.levels ?? [];
    if (levels.length < 1 || levels.length > MAX_LEVELS) {
      fail(this, 'levels', levels, `give 1 to ${MAX_LEVELS} level names (Amazon Connect's hierarchy has at most ${MAX_LEVELS} levels)`);
    }
    levels.forEach((name, i) => validateStringLength(this, `levels[${i}]`, name, 1, 50));
    const seen = new Set<string>();
    levels.forEach((name, i) => {
      if (!isToken(name) && seen.has(name)) fail(this, `levels[${i}]`, name, 'level names must be unique');
      seen.add(name);
    });
    const other = structures.get(props.contactCenter);
    if (other) fail(this, 'contactCenter', props.contactCenter.node.path, `an instance has one hierarchy structure and ${other} already defines it`);
    structures.set(props.contactCenter, this.node.path);

    const [levelOne, levelTwo, levelThree, levelFour, levelFive] = levels.map((name) => ({ name }));
    this.cfnUserHierarchyStructure = new connect.CfnUserHierarchyStructure(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      userHierarchyStructure: { levelOne, levelTwo, levelThree, levelFour, levelFive },
    });
    this.cfnUserHierarchyStructure.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);
    this.userHierarchyStructureArn = this.cfnUserHierarchyStructure.attrUserHierarchyStructureArn;
    this.levels = [...levels];
    this.contactCenter = props.contactCenter;
  }

  /** Add a group at the top level (level one) or, with `parent`, one level below the parent. */
  public addGroup(id: string, options: UserHierarchyGroupOptions): UserHierarchyGroup {
    return new UserHierarchyGroup(this, id, { ...options, contactCenter: this.contactCenter, structure: this });
  }
}

/** A group of the agent hierarchy. */
export interface IUserHierarchyGroup extends IResource {
  /**
   * The group ARN (`…:instance/<instanceId>/agent-group/<groupId>`).
   * @attribute
   */
  readonly userHierarchyGroupArn: string;

  /**
   * The group's level: 1 for a top-level group, when known.
   */
  readonly level?: number;
}

/** Options for a user hierarchy group. */
export interface UserHierarchyGroupOptions {
  /** The group name, 1–100 characters. */
  readonly name: string;

  /**
   * The parent group: the new group is one level below it.
   * @default - a top-level (level one) group
   */
  readonly parent?: IUserHierarchyGroup;

  /**
   * What happens to the group when removed from the stack.
   * @default RemovalPolicy.RETAIN - historical metrics and reports are grouped by hierarchy group,
   * and Connect refuses to delete a group that still has agents or child groups
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** Properties of a user hierarchy group. */
export interface UserHierarchyGroupProps extends UserHierarchyGroupOptions {
  /** The contact center. */
  readonly contactCenter: IContactCenter;

  /**
   * The instance's hierarchy structure: the group is created after it, and its level is checked
   * against the number of levels.
   * @default - not checked; the structure must already exist in the instance
   */
  readonly structure?: IUserHierarchyStructure;
}

/**
 * A group of the agent hierarchy (`AWS::Connect::UserHierarchyGroup`), e.g. the team "Billing"
 * under the site "Leeds". Assign agents with `Agent`'s `hierarchyGroup`.
 */
export class UserHierarchyGroup extends Resource implements IUserHierarchyGroup {
  /** Import a group by ARN. */
  public static fromUserHierarchyGroupArn(scope: Construct, id: string, userHierarchyGroupArn: string): IUserHierarchyGroup {
    parseInstanceChildArn(`${scope.node.path}/${id}`, 'userHierarchyGroupArn', userHierarchyGroupArn, 'agent-group', 'groupId');
    class Import extends Resource implements IUserHierarchyGroup {
      public readonly userHierarchyGroupArn = userHierarchyGroupArn;
      public readonly level = undefined;
    }
    return new Import(scope, id);
  }

  public readonly userHierarchyGroupArn: string;
  public readonly level?: number;
  /** The group name. */
  public readonly groupName: string;
  /** The underlying CloudFormation resource. */
  public readonly cfnUserHierarchyGroup: connect.CfnUserHierarchyGroup;

  constructor(scope: Construct, id: string, props: UserHierarchyGroupProps) {
    super(scope, id);
    validateStringLength(this, 'name', props.name, 1, 100);
    validateConnectResourceTags(this, 'tags', props.tags);
    const parentLevel = props.parent ? props.parent.level : 0;
    this.level = parentLevel === undefined ? undefined : parentLevel + 1;
    const maxLevel = props.structure ? props.structure.levels.length : MAX_LEVELS;
    if (this.level !== undefined && this.level > maxLevel) {
      fail(this, 'parent', props.parent?.node.path, props.structure
        ? `the group would be at level ${this.level} but the hierarchy structure has ${maxLevel} level(s) (${props.structure.levels.join(' > ')})`
        : `the group would be at level ${this.level}; Amazon Connect's hierarchy has at most ${MAX_LEVELS} levels`);
    }

    this.cfnUserHierarchyGroup = new connect.CfnUserHierarchyGroup(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      name: props.name,
      parentGroupArn: props.parent?.userHierarchyGroupArn,
      tags: renderTags(props.tags),
    });
    this.cfnUserHierarchyGroup.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);
    // A group's level must exist in the structure when the group is created.
    // (only on the structure's own resource: groups made with addGroup() are its children)
    if (props.structure) this.cfnUserHierarchyGroup.node.addDependency(props.structure.node.defaultChild ?? props.structure);
    this.userHierarchyGroupArn = this.cfnUserHierarchyGroup.attrUserHierarchyGroupArn;
    this.groupName = props.name;
  }
}
