import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { OrderStatusStack } from '../../examples/order-status/order-status-stack';
import { FlowSimulator, SimulationOutcome } from '../../src';

const stack = new OrderStatusStack(new App(), 'OrderStatus');
const template = Template.fromStack(stack);
const json = template.toJSON();
const logicalId = (construct: { node: { defaultChild?: any } }) => stack.getLogicalId(construct.node.defaultChild);
const tableArn = { 'Fn::GetAtt': [logicalId(stack.orders), 'Arn'] };
const keyArn = { 'Fn::GetAtt': [stack.getLogicalId(stack.orders.encryptionKey!.node.defaultChild as any), 'Arn'] };

/** Every identity-policy statement of a function's role, and the managed policies it has. */
function permissionsOf(fn: typeof stack.lookupFunction): { statements: any[]; managed: unknown } {
  const roleId = stack.getLogicalId(fn.role!.node.defaultChild as any);
  const statements = Object.values<any>(template.findResources('AWS::IAM::Policy'))
    .filter((p) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement);
  return { statements, managed: json.Resources[roleId].Properties.ManagedPolicyArns };
}
const withoutLogs = (statements: any[]) => statements.filter((s) => !(Array.isArray(s.Action) && s.Action[0] === 'logs:CreateLogStream'));

describe('order-status example', () => {
  test('the orders table: keyed by phone number, encrypted with a rotating customer managed key, point-in-time recovery, retained', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        KeySchema: [{ AttributeName: 'phone', KeyType: 'HASH' }, { AttributeName: 'orderId', KeyType: 'RANGE' }],
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: keyArn },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      },
    });
    template.hasResource('AWS::KMS::Key', {
      DeletionPolicy: 'Retain',
      Properties: { EnableKeyRotation: true, Description: 'Encrypts the orders table' },
    });
  });

  test('the lookup function may only read the table: GetItem and Query on its ARN, Decrypt with its key', () => {
    const { statements, managed } = permissionsOf(stack.lookupFunction);
    expect(managed).toBeUndefined();
    expect(withoutLogs(statements)).toEqual([
      { Action: ['dynamodb:GetItem', 'dynamodb:Query'], Effect: 'Allow', Resource: tableArn },
      { Action: 'kms:Decrypt', Effect: 'Allow', Resource: keyArn },
    ]);
    // Its only other statement writes its own logs.
    expect(statements.length - withoutLogs(statements).length).toBe(1);
  });

  test('the update function may write the one item (UpdateItem) on the table and send SMS (sns:Publish), nothing more', () => {
    const { statements, managed } = permissionsOf(stack.updateFunction);
    expect(managed).toBeUndefined();
    expect(withoutLogs(statements)).toEqual([
      { Action: 'dynamodb:UpdateItem', Effect: 'Allow', Resource: tableArn },
      { Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'], Effect: 'Allow', Resource: keyArn },
      { Action: 'sns:Publish', Effect: 'Allow', Resource: '*', Sid: 'PublishSmsToPhoneNumbers' },
    ]);
    expect(statements.length - withoutLogs(statements).length).toBe(1);
  });

  test('both functions: bundled handlers on ARM64, with the table name and their own log groups', () => {
    for (const [fn, handler] of [[stack.lookupFunction, 'lookup.handler'], [stack.updateFunction, 'update.handler']] as const) {
      const props = json.Resources[logicalId(fn)].Properties;
      expect(props).toMatchObject({ Handler: handler, Architectures: ['arm64'], Code: { S3Key: expect.stringMatching(/\.zip$/) } });
      expect(props.Environment.Variables.TABLE_NAME).toEqual({ Ref: logicalId(stack.orders) });
      expect(props.Runtime).toMatch(/^nodejs(2[2-9]|[3-9]\d)\.x$/);
      expect(props.LoggingConfig.LogGroup).toBeDefined();
    }
  });

  test('the Lex bot: ChangeDeliveryDate with a required AMAZON.Date slot, CancelOrder and the fallback; a live alias associated with the instance', () => {
    template.hasResourceProperties('AWS::Lex::Bot', {
      BotLocales: [Match.objectLike({
        LocaleId: 'en_US',
        Intents: [
          Match.objectLike({
            Name: 'ChangeDeliveryDate',
            Slots: [Match.objectLike({ Name: 'DeliveryDate', SlotTypeName: 'AMAZON.Date', ValueElicitationSetting: Match.objectLike({ SlotConstraint: 'Required' }) })],
          }),
          Match.objectLike({ Name: 'CancelOrder' }),
          Match.objectLike({ Name: 'FallbackIntent', ParentIntentSignature: 'AMAZON.FallbackIntent' }),
        ],
      })],
    });
    const alias = Object.keys(template.findResources('AWS::Lex::BotAlias', { Properties: { BotAliasName: 'live' } }));
    expect(alias).toHaveLength(1);
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', { IntegrationType: 'LEX_BOT', IntegrationArn: { 'Fn::GetAtt': [alias[0], 'Arn'] } });
  });

  test('the flow sends the caller\'s number to the lookup and the bot\'s date slot to the update', () => {
    const flow = Object.values<any>(json.Resources).find((r) => r.Type === 'AWS::Connect::ContactFlow' && r.Properties.Name === 'Order status');
    const doc = JSON.parse(flow.Properties.Content['Fn::Join'][1].map((p: any) => (typeof p === 'string' ? p : '<token>')).join(''));
    const byId = (id: string) => doc.Actions.find((a: any) => a.Identifier === id);
    expect(byId('LookupOrder').Parameters.LambdaInvocationAttributes).toEqual({ phone: '$.CustomerEndpoint.Address' });
    expect(byId('ChangeDate').Parameters.LambdaInvocationAttributes).toEqual({
      action: 'CHANGE_DATE', phone: '$.CustomerEndpoint.Address', orderId: '$.Attributes.orderId', deliveryDate: '$.Lex.Slots.DeliveryDate',
    });
    expect(byId('Cancel').Parameters.LambdaInvocationAttributes).toEqual({ action: 'CANCEL', phone: '$.CustomerEndpoint.Address', orderId: '$.Attributes.orderId' });
  });

  test('everyone the self-service does not serve goes through customer care\'s entry flow (hours, then the queue or a callback offer)', () => {
    const simulator = FlowSimulator.fromTemplate(json);
    const found = { LookupOrder: [{ found: 'true', orderId: 'A-1', item: 'Mug', deliveryDate: '2026-12-04', status: 'PROCESSING' }] };
    const cases = [
      { lambdas: { LookupOrder: [{ found: 'false' }] } },
      { lambdas: { LookupOrder: [{ found: 'unknown' }] } },
      { lambdas: { LookupOrder: [{ $error: 'Timeout' }] } },
      { lambdas: found, inputs: ['2'] },
      { lambdas: found, inputs: [{ timeout: true }] },
      { lambdas: found, inputs: ['1', { intent: 'FallbackIntent', slots: {}, sessionAttributes: {} }] },
      { lambdas: found, inputs: ['1', { timeout: true }] },
      { lambdas: { ...found, UpdateOrder: [{ updated: 'false', reason: 'INVALID_DATE' }] }, inputs: ['1', { intent: 'ChangeDeliveryDate', slots: { DeliveryDate: '2026-11-01' }, sessionAttributes: {} }] },
      { lambdas: { ...found, UpdateOrder: [{ $error: 'Timeout' }] }, inputs: ['1', { intent: 'CancelOrder', slots: {}, sessionAttributes: {} }] },
    ];
    for (const c of cases) {
      const open = simulator.simulate(FlowSimulator.parseScenario({ flow: 'Order status', hours: 'open', ...c }));
      expect([c, open.outcome, open.queue, open.flows]).toEqual([c, SimulationOutcome.TRANSFERRED_TO_QUEUE, logicalId(stack.customerCare.queue), ['Order status', 'Customer care entry']]);
      const closed = simulator.simulate(FlowSimulator.parseScenario({ flow: 'Order status', hours: 'closed', ...c, inputs: [...(c.inputs ?? []), { timeout: true }] }));
      expect([c, closed.outcome, closed.prompts]).toEqual([c, SimulationOutcome.DISCONNECTED, expect.arrayContaining(['Our customer care team is available Monday to Friday, 8 AM to 6 PM, Mountain time.'])]);
    }
  });
});
