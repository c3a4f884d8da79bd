import { Stack, aws_connect as connect, aws_iam as iam, custom_resources as cr } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { IContactCenter } from '../../core/contact-center';
import { suppressAwsCustomResourceProvider } from '../../core/private/nag';

/** What Connect calls on a bot alias (Lex V2 runtime). */
export const CONNECT_LEX_ACTIONS = ['lex:RecognizeText', 'lex:StartConversation'];

/**
 * Adds a statement that lets the contact center's instance call a Lex V2 bot alias to the alias's
 * resource policy, next to the statements already there, with the Lex V2 resource-policy-statement
 * APIs (not part of the public API):
 *
 * - `DescribeResourcePolicy` reads the policy's current revision, once the `LEX_BOT` association
 *   has added Connect's own statement (which creates the policy);
 * - `CreateResourcePolicyStatement` adds the statement with that revision as `expectedRevisionId`:
 *   Lex rejects the call if the policy changed in between (the deployment then fails and rolls
 *   back) instead of writing over it, which the API reference says happens without a revision;
 * - `DeleteResourcePolicyStatement` removes only this statement, by its ID, without a revision
 *   (the API reference: Lex then removes the statement whatever the revision); a statement or
 *   alias that is already gone is not an error.
 *
 * The statement ID, `ConnectInstance-<instanceId>`, is unique per instance, so two contact centers
 * can add theirs to one alias, and a replaced instance gets a new statement (the old one is then
 * deleted).
 */
export function addLexPolicyStatement(
  contactCenter: IContactCenter & Construct, id: string, botAliasArn: string, association: connect.CfnIntegrationAssociation,
): void {
  const scope = new Construct(contactCenter, id);
  const statementId = `ConnectInstance-${contactCenter.instanceId}`;

  const revision = new cr.AwsCustomResource(scope, 'Revision', {
    resourceType: 'Custom::LexBotAliasPolicyRevision',
    installLatestAwsSdk: false,
    onCreate: describePolicy(botAliasArn, statementId),
    onUpdate: describePolicy(botAliasArn, statementId),
    policy: cr.AwsCustomResourcePolicy.fromStatements([
      new iam.PolicyStatement({ actions: ['lex:DescribeResourcePolicy'], resources: [botAliasArn] }),
    ]),
  });
  // Connect adds its statement (and so creates the policy) when the bot is associated; nothing
  // references the association, so the order is explicit.
  revision.node.addDependency(association);

  const create: cr.AwsSdkCall = {
    service: 'LexModelsV2',
    action: 'createResourcePolicyStatement',
    parameters: {
      resourceArn: botAliasArn,
      statementId,
      effect: 'Allow',
      principal: [{ service: 'connect.amazonaws.com' }],
      action: CONNECT_LEX_ACTIONS,
      // Lex requires both conditions when the principal is a service.
      condition: {
        StringEquals: { 'AWS:SourceAccount': Stack.of(contactCenter).account },
        ArnEquals: { 'AWS:SourceArn': contactCenter.instanceArn },
      },
      expectedRevisionId: revision.getResponseField('revisionId'),
    },
    physicalResourceId: cr.PhysicalResourceId.of(`${botAliasArn}/statements/${statementId}`),
  };
  new cr.AwsCustomResource(scope, 'Statement', {
    resourceType: 'Custom::LexBotAliasPolicyStatement',
    installLatestAwsSdk: false,
    onCreate: create,
    onUpdate: create,
    onDelete: {
      service: 'LexModelsV2',
      action: 'deleteResourcePolicyStatement',
      parameters: { resourceArn: botAliasArn, statementId },
      ignoreErrorCodesMatching: 'ResourceNotFoundException',
    },
    policy: cr.AwsCustomResourcePolicy.fromStatements([
      new iam.PolicyStatement({
        // The statement APIs need the policy actions too (Lex V2 API reference).
        actions: [
          'lex:CreateResourcePolicyStatement', 'lex:CreateResourcePolicy', 'lex:UpdateResourcePolicy',
          'lex:DeleteResourcePolicyStatement', 'lex:DeleteResourcePolicy',
        ],
        resources: [botAliasArn],
      }),
    ]),
  });
  suppressAwsCustomResourceProvider(Stack.of(contactCenter));
}

/**
 * The revision is read again whenever the statement would be created again (a new alias or a new
 * instance): the statement ID is in this call's physical ID, so it is in the resource's properties.
 */
function describePolicy(botAliasArn: string, statementId: string): cr.AwsSdkCall {
  return {
    service: 'LexModelsV2',
    action: 'describeResourcePolicy',
    parameters: { resourceArn: botAliasArn },
    outputPaths: ['revisionId'],
    physicalResourceId: cr.PhysicalResourceId.of(`${botAliasArn}/statements/${statementId}`),
  };
}
