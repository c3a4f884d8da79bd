import { IResource, RemovalPolicy, Resource, aws_connect as connect } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ContactFlowType } from './contact-flow';
import { IContactCenter } from '../core/contact-center';
import { IContactFlow } from '../core/contact-flow';
import { parseInstanceChildArn } from '../core/private/arn';
import { fail, isToken, renderTags, validateConnectResourceTags, validatePattern, validateStringLength } from '../core/private/validate';

/** A task template: the form agents (or flows and the API) fill in to create a task. */
export interface ITaskTemplate extends IResource {
  /**
   * The task template ARN (`…:instance/<instanceId>/task-template/<id>`).
   * @attribute
   */
  readonly taskTemplateArn: string;
}

/** The type of a task template field. */
export enum TaskTemplateFieldType {
  /** The task name (one per template). */
  NAME = 'NAME',
  /** The task description (one per template). */
  DESCRIPTION = 'DESCRIPTION',
  /** When the task is due to start (one per template). */
  SCHEDULED_TIME = 'SCHEDULED_TIME',
  /** Who the task is assigned to: a quick connect (one per template). */
  QUICK_CONNECT = 'QUICK_CONNECT',
  /** A URL. */
  URL = 'URL',
  /** A number. */
  NUMBER = 'NUMBER',
  /** A single line of text. */
  TEXT = 'TEXT',
  /** Several lines of text. */
  TEXT_AREA = 'TEXT_AREA',
  /** A date and time. */
  DATE_TIME = 'DATE_TIME',
  /** Yes or no. */
  BOOLEAN = 'BOOLEAN',
  /** One of a list of options (`options`). */
  SINGLE_SELECT = 'SINGLE_SELECT',
  /** An email address. */
  EMAIL = 'EMAIL',
  /** How long the task may wait before it expires (one per template). */
  EXPIRY_DURATION = 'EXPIRY_DURATION',
  /** Whether the agent creating the task assigns it to themselves (one per template). */
  SELF_ASSIGN = 'SELF_ASSIGN',
}

/** A field of a task template. */
export interface TaskTemplateField {
  /** The field name, 1–100 characters, unique in the template. */
  readonly name: string;

  /** The field type. */
  readonly type: TaskTemplateFieldType;

  /**
   * A description shown to agents, at most 255 characters.
   * @default - no description
   */
  readonly description?: string;

  /**
   * The options of a `SINGLE_SELECT` field (1–50, each 1–100 letters, digits, spaces and `_ . , -`).
   * @default - none; required for SINGLE_SELECT and not allowed otherwise
   */
  readonly options?: string[];

  /**
   * Whether the field must be filled in.
   * @default false
   */
  readonly required?: boolean;

  /**
   * Whether agents can only read the field.
   * @default false
   */
  readonly readOnly?: boolean;

  /**
   * Whether the field is hidden from agents.
   * @default false
   */
  readonly invisible?: boolean;

  /**
   * The value the field starts with, 1–4,096 characters.
   * @default - empty
   */
  readonly defaultValue?: string;
}

/** Options for a task template, used by the `ContactCenter.add…()` methods. */
export interface TaskTemplateOptions {
  /** The template name, 1–100 characters, unique in the instance. */
  readonly name: string;

  /**
   * A description, at most 255 characters.
   * @default - no description
   */
  readonly description?: string;

  /**
   * The fields, at most 50.
   * @default - none (Connect's default task fields)
   */
  readonly fields?: TaskTemplateField[];

  /**
   * The flow that runs when a task is created from the template (a `CONTACT_FLOW`), e.g. to put it
   * in a queue.
   * @default - the flow of the quick connect the task is assigned to
   */
  readonly contactFlow?: IContactFlow;

  /**
   * The flow that runs when an agent assigns the task to themselves (a `CONTACT_FLOW`).
   * @default - none
   */
  readonly selfAssignFlow?: IContactFlow;

  /**
   * Whether agents can create tasks from the template.
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * What happens to the template when removed from the stack.
   * @default RemovalPolicy.DESTROY - a template holds no contact data; tasks already created keep their fields
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** Properties of a task template. */
export interface TaskTemplateProps extends TaskTemplateOptions {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}

/** Field types a template may have once. */
const SINGLETONS = new Set<TaskTemplateFieldType>([
  TaskTemplateFieldType.NAME, TaskTemplateFieldType.DESCRIPTION, TaskTemplateFieldType.SCHEDULED_TIME,
  TaskTemplateFieldType.QUICK_CONNECT, TaskTemplateFieldType.EXPIRY_DURATION, TaskTemplateFieldType.SELF_ASSIGN,
]);
const OPTION = /^[A-Za-z0-9](?:[A-Za-z0-9_.,\s-]*[A-Za-z0-9_.,-])?$/;

/**
 * A task template (`AWS::Connect::TaskTemplate`): the fields of a task (text, numbers, dates,
 * single-select lists…), which are required, read-only or hidden, their defaults, and the flow a
 * new task runs.
 */
export class TaskTemplate extends Resource implements ITaskTemplate {
  /** Import a task template by ARN. */
  public static fromTaskTemplateArn(scope: Construct, id: string, taskTemplateArn: string): ITaskTemplate {
    parseInstanceChildArn(`${scope.node.path}/${id}`, 'taskTemplateArn', taskTemplateArn, 'task-template', 'taskTemplateId');
    class Import extends Resource implements ITaskTemplate {
      public readonly taskTemplateArn = taskTemplateArn;
    }
    return new Import(scope, id);
  }

  public readonly taskTemplateArn: string;
  /** The underlying CloudFormation resource. */
  public readonly cfnTaskTemplate: connect.CfnTaskTemplate;

  constructor(scope: Construct, id: string, props: TaskTemplateProps) {
    super(scope, id);
    validateStringLength(this, 'name', props.name, 1, 100);
    validateStringLength(this, 'description', props.description, 0, 255);
    validateConnectResourceTags(this, 'tags', props.tags);
    const fields = props.fields ?? [];
    if (fields.length > 50) fail(this, 'fields', `${fields.length} fields`, 'at most 50 fields per template');
    const names = new Set<string>();
    const types = new Set<TaskTemplateFieldType>();
    fields.forEach((f, i) => {
      const where = `fields[${i}]`;
      validateStringLength(this, `${where}.name`, f.name, 1, 100);
      if (!isToken(f.name) && names.has(f.name)) fail(this, `${where}.name`, f.name, 'field names must be unique in the template');
      names.add(f.name);
      if (!Object.values(TaskTemplateFieldType).includes(f.type)) {
        fail(this, `${where}.type`, f.type, `must be one of ${Object.values(TaskTemplateFieldType).join(', ')}`);
      }
      if (SINGLETONS.has(f.type) && types.has(f.type)) fail(this, `${where}.type`, f.type, `a template has at most one ${f.type} field`);
      types.add(f.type);
      validateStringLength(this, `${where}.description`, f.description, 0, 255);
      validateStringLength(this, `${where}.defaultValue`, f.defaultValue, 1, 4096);
      if (f.type === TaskTemplateFieldType.SINGLE_SELECT) {
        const options = f.options ?? [];
        if (options.length < 1 || options.length > 50) fail(this, `${where}.options`, `${options.length} options`, 'a SINGLE_SELECT field needs 1 to 50 options');
        options.forEach((o, j) => validatePattern(this, `${where}.options[${j}]`, o, OPTION, 'use 1 to 100 letters, digits, spaces and _ . , - (not starting with a space or symbol)'));
        options.forEach((o, j) => validateStringLength(this, `${where}.options[${j}]`, o, 1, 100));
        if (f.defaultValue !== undefined && !isToken(f.defaultValue) && !options.includes(f.defaultValue)) {
          fail(this, `${where}.defaultValue`, f.defaultValue, `must be one of the options (${options.join(', ')})`);
        }
      } else if (f.options !== undefined) {
        fail(this, `${where}.options`, f.options, 'options are only for SINGLE_SELECT fields');
      }
      if (f.required && f.invisible && f.defaultValue === undefined) {
        fail(this, `${where}`, f.name, 'a required field that agents cannot see needs a defaultValue');
      }
    });
    for (const [prop, flow] of [['contactFlow', props.contactFlow], ['selfAssignFlow', props.selfAssignFlow]] as const) {
      const type = (flow as { contactFlowType?: string } | undefined)?.contactFlowType;
      if (flow && type !== undefined && type !== ContactFlowType.CONTACT_FLOW) {
        fail(this, prop, flow.node.path, `must be a flow of type CONTACT_FLOW (got ${type})`);
      }
    }

    const ids = (pick: (f: TaskTemplateField) => boolean | undefined) => {
      const list = fields.filter((f) => pick(f)).map((f) => ({ id: { name: f.name } }));
      return list.length > 0 ? list : undefined;
    };
    const required = ids((f) => f.required);
    const readOnlyFields = ids((f) => f.readOnly);
    const invisibleFields = ids((f) => f.invisible);
    const defaults = fields.filter((f) => f.defaultValue !== undefined).map((f) => ({ id: { name: f.name }, defaultValue: f.defaultValue! }));

    this.cfnTaskTemplate = new connect.CfnTaskTemplate(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      name: props.name,
      description: props.description,
      status: props.enabled === false ? 'INACTIVE' : 'ACTIVE',
      contactFlowArn: props.contactFlow?.contactFlowArn,
      selfAssignContactFlowArn: props.selfAssignFlow?.contactFlowArn,
      fields: fields.length > 0
        ? fields.map((f) => ({ id: { name: f.name }, type: f.type, description: f.description, singleSelectOptions: f.options }))
        : undefined,
      constraints: required || readOnlyFields || invisibleFields
        ? { RequiredFields: required?.map(renderId), ReadOnlyFields: readOnlyFields?.map(renderId), InvisibleFields: invisibleFields?.map(renderId) }
        : undefined,
      defaults: defaults.length > 0 ? defaults : undefined,
      tags: renderTags(props.tags),
    });
    this.cfnTaskTemplate.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.DESTROY);
    this.taskTemplateArn = this.cfnTaskTemplate.attrArn;
  }
}

/** `Constraints` is an untyped (`any`) property in aws-cdk-lib: render its CloudFormation casing by hand. */
function renderId(f: { id: { name: string } }): { Id: { Name: string } } {
  return { Id: { Name: f.id.name } };
}
