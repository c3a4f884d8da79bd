import { Fn, Names, Stack, aws_iam as iam, custom_resources as cr } from 'aws-cdk-lib';
import { Agent } from './agent';
import { AgentQuickConnectsOptions, IQuickConnect, QuickConnect, QuickConnectDestination } from './quick-connect';
import { IContactCenter } from '../core/contact-center';
import { suppressAwsCustomResourceProvider } from '../core/private/nag';
import { fail } from '../core/private/validate';
import { IQueue } from '../core/queue';

/** The child ID of an agent's extension quick connect. */
const CHILD_ID = 'ExtensionQuickConnect';
/** Contact centers whose agents must all have an extension quick connect. */
const enabled = new WeakSet<IContactCenter>();

function agentsOf(contactCenter: IContactCenter): Agent[] {
  return contactCenter.node.root.node.findAll()
    .filter((c): c is Agent => c instanceof Agent && c.cfnUser.instanceArn === contactCenter.instanceArn && !!c.extension);
}

/** @internal implementation of `ContactCenter.addAgentQuickConnects()`. */
export function addAgentQuickConnects(contactCenter: IContactCenter, options: AgentQuickConnectsOptions): QuickConnect[] {
  if (!options?.transferFlow) fail(contactCenter, 'transferFlow', options?.transferFlow, 'a flow of type AGENT_TRANSFER is required');
  const queues = options.queues ?? [];
  queues.forEach((q, i) => {
    if (!q?.queueArn) fail(contactCenter, `queues[${i}]`, q, 'give a queue');
  });
  const created: QuickConnect[] = [];
  for (const agent of agentsOf(contactCenter)) {
    if (agent.node.tryFindChild(CHILD_ID)) continue;
    const qc = new QuickConnect(agent, CHILD_ID, {
      contactCenter,
      name: `${agent.extension} - ${agent.username}`,
      description: `Transfer to extension ${agent.extension}`,
      destination: QuickConnectDestination.agent(agent, options.transferFlow),
    });
    created.push(qc);
  }
  for (const queue of queues) associateQueueQuickConnects(queue, created);
  if (!enabled.has(contactCenter)) {
    enabled.add(contactCenter);
    contactCenter.node.addValidation({
      validate: () => agentsOf(contactCenter)
        .filter((a) => !a.node.tryFindChild(CHILD_ID))
        .map((a) => `agent ${a.node.path} (extension ${a.extension}) was added after addAgentQuickConnects() and has no quick connect; call addAgentQuickConnects() after adding agents (calling it again adds the missing ones)`),
    });
  }
  return created;
}

/**
 * The most quick connects one `AssociateQueueQuickConnects` (or `CreateQueue`) request takes. It is a
 * per-request limit of the API, not a documented number of quick connects per queue.
 */
export const MAX_QUICK_CONNECTS_PER_REQUEST = 50;

/** Quick connect ARNs associated through the API, per queue (to skip duplicates). */
const associated = new WeakMap<IQueue, Set<string>>();

/**
 * Associates quick connects with a queue by `AssociateQueueQuickConnects`: one custom resource per
 * stack of the quick connects and per batch of at most 50 (the API's per-request limit). Used for
 * quick connects the queue cannot refer to in the template without a dependency cycle, and for
 * those beyond the 50 a queue's template lists. Quick connects already associated are skipped.
 */
export function associateQueueQuickConnects(queue: IQueue, all: IQuickConnect[]): void {
  const seen = associated.get(queue) ?? new Set<string>();
  associated.set(queue, seen);
  const quickConnects = all.filter((qc, i) => !seen.has(qc.quickConnectArn) && all.indexOf(qc) === i);
  if (quickConnects.length === 0) return;
  for (const qc of quickConnects) seen.add(qc.quickConnectArn);
  const byStack = new Map<Stack, IQuickConnect[]>();
  for (const qc of quickConnects) byStack.set(Stack.of(qc), [...(byStack.get(Stack.of(qc)) ?? []), qc]);
  const batches: Array<[Stack, IQuickConnect[]]> = [];
  for (const [stack, qcs] of byStack) {
    for (let i = 0; i < qcs.length; i += MAX_QUICK_CONNECTS_PER_REQUEST) batches.push([stack, qcs.slice(i, i + MAX_QUICK_CONNECTS_PER_REQUEST)]);
  }
  for (const [stack, qcs] of batches) {
    const base = `AgentQuickConnects${Names.nodeUniqueId(queue.node)}`;
    let n = 0;
    while (stack.node.tryFindChild(`${base}${n || ''}`)) n++;
    const queueId = Fn.select(3, Fn.split('/', queue.queueArn));
    // ARN: .../instance/<instanceId>/transfer-destination/<quickConnectId>
    const parameters = {
      InstanceId: Fn.select(1, Fn.split('/', queue.queueArn)),
      QueueId: queueId,
      QuickConnectIds: qcs.map((qc) => Fn.select(3, Fn.split('/', qc.quickConnectArn))),
    };
    const resources = [queue.queueArn, ...qcs.map((qc) => qc.quickConnectArn)];
    const association = new cr.AwsCustomResource(stack, `${base}${n || ''}`, {
      resourceType: 'Custom::ConnectQueueQuickConnects',
      installLatestAwsSdk: false,
      onCreate: { service: 'Connect', action: 'associateQueueQuickConnects', parameters, physicalResourceId: cr.PhysicalResourceId.of(`${base}${n || ''}`) },
      onUpdate: { service: 'Connect', action: 'associateQueueQuickConnects', parameters, physicalResourceId: cr.PhysicalResourceId.of(`${base}${n || ''}`) },
      onDelete: {
        service: 'Connect',
        action: 'disassociateQueueQuickConnects',
        parameters,
        ignoreErrorCodesMatching: 'ResourceNotFoundException',
      },
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({
          actions: ['connect:AssociateQueueQuickConnects', 'connect:DisassociateQueueQuickConnects'],
          resources,
        }),
      ]),
    });
    suppressAwsCustomResourceProvider(stack);
    void association;
  }
}
