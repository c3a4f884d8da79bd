import { createHash } from 'crypto';
import { CfnResource, NestedStack } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { Agent } from './agent';
import { AgentOptions } from './agent-props';
import { IContactCenter } from '../core/contact-center';
import { checkIntegerAt, fail } from '../core/private/validate';

/** CloudFormation's limit of resources in one template. */
const MAX_RESOURCES_PER_TEMPLATE = 500;

/** Properties of an agent directory. */
export interface AgentDirectoryProps {
  /** The contact center the agents belong to (created or imported). */
  readonly contactCenter: IContactCenter;

  /**
   * The most agents the directory is planned to hold (1–100,000). It fixes the number of nested
   * stacks, `ceil(maxAgents / agentsPerStack)`, and so which stack each agent lives in: adding or
   * removing agents never moves another agent. Plan ahead: raising it past a multiple of
   * `agentsPerStack` adds a stack and moves about one agent in (new stack count) to it, which
   * replaces those users (their username is taken until the old user is deleted, so the deploy
   * fails while users are retained).
   */
  readonly maxAgents: number;

  /**
   * The average number of agents per nested stack (1–240). An agent with a generated password is two
   * resources (the user and its secret), and agents are spread by a hash of their ID, so stacks
   * differ by a few agents: the default leaves room under CloudFormation's 500 resources per
   * template, which is checked at synth.
   *
   * @default 150
   */
  readonly agentsPerStack?: number;
}

/**
 * A large agent directory: agents spread automatically over nested stacks, so thousands of agents
 * stay within CloudFormation's 500 resources and 1 MB per template.
 *
 * Each agent is placed by a consistent hash of its construct ID into one of
 * `ceil(maxAgents / agentsPerStack)` nested stacks (`Agents0`, `Agents1`, …, created when their
 * first agent arrives), so an agent stays in its stack whatever agents are added or removed.
 * References to the contact center, routing profiles and security profiles become nested-stack
 * parameters (CloudFormation allows 200 per template, so at most about 190 distinct profiles per
 * stack). Extensions stay unique across all stacks of the contact center.
 *
 * @example
 * const directory = new AgentDirectory(this, 'Agents', { contactCenter, maxAgents: 5000 });
 * directory.addAgent('Jane', {
 *   username: 'jane',
 *   firstName: 'Jane',
 *   lastName: 'Doe',
 *   extension: '101',
 *   routingProfile,
 *   securityProfiles: [agentProfile],
 * });
 */
export class AgentDirectory extends Construct {
  /** The contact center the agents belong to. */
  public readonly contactCenter: IContactCenter;
  /** How many nested stacks the agents are spread over (some may not exist yet). */
  public readonly stackCount: number;
  /** The planned maximum number of agents. */
  public readonly maxAgents: number;

  private readonly _agents: Agent[] = [];
  private readonly _stacks = new Map<number, NestedStack>();
  private readonly ids = new Set<string>();

  constructor(scope: Construct, id: string, props: AgentDirectoryProps) {
    super(scope, id);
    const agentsPerStack = props.agentsPerStack ?? 150;
    checkIntegerAt(this.node.path, 'maxAgents', props.maxAgents, 1, 100_000);
    checkIntegerAt(this.node.path, 'agentsPerStack', agentsPerStack, 1, 240);
    this.contactCenter = props.contactCenter;
    this.maxAgents = props.maxAgents;
    this.stackCount = Math.ceil(props.maxAgents / agentsPerStack);

    this.node.addValidation({
      validate: () => [...this._stacks.values()].flatMap((stack) => {
        const resources = stack.node.findAll().filter((c: IConstruct) => CfnResource.isCfnResource(c)).length;
        return resources > MAX_RESOURCES_PER_TEMPLATE
          ? [`${stack.node.path}: ${resources} resources, CloudFormation allows ${MAX_RESOURCES_PER_TEMPLATE} per template: `
            + `lower agentsPerStack (${agentsPerStack}) or raise maxAgents (${this.maxAgents}) to spread the agents over more stacks`]
          : [];
      }),
    });
  }

  /**
   * Adds an agent in the nested stack its ID hashes to.
   *
   * @param id the agent's construct ID, unique in the directory; it decides the agent's stack, so keep it stable
   * @param options the agent
   */
  public addAgent(id: string, options: AgentOptions): Agent {
    if (this.ids.has(id)) fail(this, 'id', id, 'already used by another agent of this directory; give each agent its own ID');
    if (this._agents.length >= this.maxAgents) {
      fail(this, 'maxAgents', this.maxAgents, `the directory is full; raise maxAgents to add agent "${id}"`);
    }
    this.ids.add(id);
    const agent = new Agent(this.stackFor(id), id, { ...options, contactCenter: this.contactCenter });
    this._agents.push(agent);
    return agent;
  }

  /** The agents added so far, in the order they were added. */
  public get agents(): Agent[] {
    return [...this._agents];
  }

  /** The nested stacks created so far, in stack-number order. */
  public get stacks(): NestedStack[] {
    return [...this._stacks.entries()].sort(([a], [b]) => a - b).map(([, stack]) => stack);
  }

  private stackFor(id: string): NestedStack {
    const n = jumpConsistentHash(id, this.stackCount);
    let stack = this._stacks.get(n);
    if (!stack) {
      stack = new NestedStack(this, `Agents${n}`, { description: `Agents of ${this.node.path} (stack ${n} of ${this.stackCount})` });
      this._stacks.set(n, stack);
    }
    return stack;
  }
}

/**
 * Lamping and Veach's jump consistent hash of a string key into `buckets` buckets: keys spread
 * evenly, and growing the bucket count from n to n + 1 moves only about 1/(n + 1) of the keys.
 */
function jumpConsistentHash(key: string, buckets: number): number {
  const TWO_64 = 2n ** 64n;
  const TWO_33 = 2n ** 33n;
  let k = createHash('sha256').update(key).digest().readBigUInt64BE(0);
  let b = -1;
  let j = 0;
  while (j < buckets) {
    b = j;
    k = (k * 2862933555777941757n + 1n) % TWO_64;
    j = Math.floor((b + 1) * (2 ** 31 / Number(k / TWO_33 + 1n)));
  }
  return b;
}
