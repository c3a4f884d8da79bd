import { Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { baseStack } from './helpers';
import { ContactCenter, LexBotAlias } from '../../src';

const ALIAS_ARN = 'arn:aws:lex:us-east-1:123456789012:bot-alias/BOTID12345/ALIASID123';

/** A custom resource's SDK call (`Create`, `Update` or `Delete`), with tokens resolved. */
function call(resource: any, which: 'Create' | 'Update' | 'Delete'): any {
  const value = resource.Properties[which];
  if (typeof value === 'string') return JSON.parse(value);
  // Fn::Join of literal parts and references: keep the references as markers.
  const parts = value['Fn::Join'][1].map((p: any) => (typeof p === 'string' ? p : `<${JSON.stringify(p).replace(/"/g, "'")}>`));
  return JSON.parse(parts.join(''));
}

function only(t: Template, type: string): [string, any] {
  const found = Object.entries(t.findResources(type));
  expect(found).toHaveLength(1);
  return found[0];
}

describe('associateLexBotAlias', () => {
  test('by default writes no statement of its own: the LEX_BOT association alone', () => {
    const { stack, cc } = baseStack();
    cc.associateLexBotAlias(LexBotAlias.fromBotAliasArn(ALIAS_ARN));
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
    t.resourceCountIs('Custom::LexBotAliasPolicyStatement', 0);
    t.resourceCountIs('Custom::LexBotAliasPolicyRevision', 0);
    t.resourceCountIs('AWS::Lex::ResourcePolicy', 0);
  });

  describe('with addResourcePolicyStatement', () => {
    const { stack, cc } = baseStack();
    const alias = LexBotAlias.fromBotAliasArn(ALIAS_ARN);
    cc.associateLexBotAlias(alias, { addResourcePolicyStatement: true });
    cc.associateLexBotAlias(alias, { addResourcePolicyStatement: true });
    const t = Template.fromStack(stack);
    const [associationId] = only(t, 'AWS::Connect::IntegrationAssociation');
    const [revisionId, revision] = only(t, 'Custom::LexBotAliasPolicyRevision');
    const [, statement] = only(t, 'Custom::LexBotAliasPolicyStatement');
    const instanceArn = `<{'Fn::GetAtt':['${stack.getLogicalId(cc.cfnInstance)}','Arn']}>`;
    const instanceId = `<{'Fn::GetAtt':['${stack.getLogicalId(cc.cfnInstance)}','Id']}>`;

    test('adds a statement with CreateResourcePolicyStatement: Connect may call the bot from this instance and account only', () => {
      const create = call(statement, 'Create');
      expect(create).toEqual({
        service: 'LexModelsV2',
        action: 'createResourcePolicyStatement',
        parameters: {
          resourceArn: ALIAS_ARN,
          statementId: `ConnectInstance-${instanceId}`,
          effect: 'Allow',
          principal: [{ service: 'connect.amazonaws.com' }],
          action: ['lex:RecognizeText', 'lex:StartConversation'],
          condition: {
            StringEquals: { 'AWS:SourceAccount': '123456789012' },
            ArnEquals: { 'AWS:SourceArn': instanceArn },
          },
          expectedRevisionId: `<{'Fn::GetAtt':['${revisionId}','revisionId']}>`,
        },
        physicalResourceId: { id: `${ALIAS_ARN}/statements/ConnectInstance-${instanceId}` },
      });
      expect(call(statement, 'Update')).toEqual(create);
    });

    test('the revision is read after the association added Connect\'s statement, and again for a new statement', () => {
      expect(revision.DependsOn).toEqual(expect.arrayContaining([associationId]));
      const describe = call(revision, 'Create');
      expect(describe).toEqual({
        service: 'LexModelsV2',
        action: 'describeResourcePolicy',
        parameters: { resourceArn: ALIAS_ARN },
        outputPaths: ['revisionId'],
        physicalResourceId: { id: `${ALIAS_ARN}/statements/ConnectInstance-${instanceId}` },
      });
      expect(call(revision, 'Update')).toEqual(describe);
    });

    test('on delete only this statement is removed (no revision: Lex removes the statement), and a missing one is not an error', () => {
      expect(call(statement, 'Delete')).toEqual({
        service: 'LexModelsV2',
        action: 'deleteResourcePolicyStatement',
        parameters: { resourceArn: ALIAS_ARN, statementId: `ConnectInstance-${instanceId}` },
        ignoreErrorCodesMatching: 'ResourceNotFoundException',
      });
      expect(revision.Properties.Delete).toBeUndefined();
      t.resourceCountIs('AWS::Lex::ResourcePolicy', 0);
    });

    test('IAM is scoped to the alias ARN', () => {
      const policies = Object.values(t.findResources('AWS::IAM::Policy')).map((p) => p.Properties.PolicyDocument.Statement).flat();
      const lex = policies.filter((s: any) => [s.Action].flat().some((a: string) => a.startsWith('lex:')));
      expect(lex.map((s: any) => s.Action).flat().sort()).toEqual([
        'lex:CreateResourcePolicy', 'lex:CreateResourcePolicyStatement', 'lex:DeleteResourcePolicy',
        'lex:DeleteResourcePolicyStatement', 'lex:DescribeResourcePolicy', 'lex:UpdateResourcePolicy',
      ]);
      for (const s of lex) expect(s.Resource).toEqual(ALIAS_ARN);
    });
  });

  test('asked for later, the statement is added to the existing association; two contact centers get one statement each', () => {
    const { stack, cc } = baseStack();
    const alias = LexBotAlias.fromBotAliasArn(ALIAS_ARN);
    cc.associateLexBotAlias(alias);
    cc.associateLexBotAlias(alias, { addResourcePolicyStatement: true });
    const other = new ContactCenter(stack, 'Other', { instanceAlias: 'other' });
    other.associateLexBotAlias(alias, { addResourcePolicyStatement: true });
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::Connect::IntegrationAssociation', 2);
    t.resourceCountIs('Custom::LexBotAliasPolicyStatement', 2);
    const ids = Object.values(t.findResources('Custom::LexBotAliasPolicyStatement')).map((r) => call(r, 'Create').parameters.statementId);
    expect(new Set(ids).size).toBe(2);
  });

  test('works on an imported contact center (statement ID and SourceArn from its ARN)', () => {
    const stack = new Stack(undefined, 'Imported', { env: { account: '123456789012', region: 'us-east-1' } });
    const cc = ContactCenter.fromInstanceArn(stack, 'CC', 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555');
    cc.associateLexBotAlias(LexBotAlias.fromBotAliasArn(ALIAS_ARN), { addResourcePolicyStatement: true });
    const [, statement] = only(Template.fromStack(stack), 'Custom::LexBotAliasPolicyStatement');
    const create = call(statement, 'Create');
    expect(create.parameters.statementId).toBe('ConnectInstance-11111111-2222-3333-4444-555555555555');
    // The Lex V2 StatementId pattern: ^([0-9a-zA-Z][_-]?){1,100}$
    expect(create.parameters.statementId).toMatch(/^([0-9a-zA-Z][_-]?){1,100}$/);
    expect(create.parameters.condition.ArnEquals['AWS:SourceArn']).toBe('arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555');
  });

  test('cdk-nag AwsSolutions finds no errors', () => {
    const { stack, cc } = baseStack();
    cc.associateLexBotAlias(LexBotAlias.fromBotAliasArn(ALIAS_ARN), { addResourcePolicyStatement: true });
    Aspects.of(stack).add(new AwsSolutionsChecks());
    const errors = Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'));
    expect(errors.map((e) => `${e.id}: ${String(e.entry.data).split('\n')[0]}`)).toEqual([]);
  });
});
