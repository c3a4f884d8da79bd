import { nestedStackResources, templateFlows } from '../../../src/flows/diff/template-flows';

/** A flow whose one block queues to `queue` (an intrinsic in the template). */
function flowResource(name: string, queue: unknown): any {
  return {
    Type: 'AWS::Connect::ContactFlow',
    Properties: {
      Name: name,
      Type: 'CONTACT_FLOW',
      Content: {
        'Fn::Join': ['', [
          '{"Version":"2019-10-30","StartAction":"Q","Actions":[{"Identifier":"Q","Type":"UpdateContactTargetQueue","Parameters":{"QueueId":"',
          queue,
          '"},"Transitions":{}}]}',
        ]],
      },
    },
  };
}

const queueId = (flow: any) => flow.document.Actions[0].Parameters.QueueId;

// Shaped as CDK synthesizes them: the parent passes its queue's ARN to a parameter of the nested stack.
const parent = {
  Resources: {
    SupportQueueA1B2C3D4: { Type: 'AWS::Connect::Queue', Properties: { Name: 'Support' } },
    Top: flowResource('Top', { 'Fn::GetAtt': ['SupportQueueA1B2C3D4', 'QueueArn'] }),
    FlowsNestedStackFlowsNestedStackResourceF26BFF17: {
      Type: 'AWS::CloudFormation::Stack',
      Properties: {
        Parameters: { referencetoCenterSupportQueueArn: { 'Fn::GetAtt': ['SupportQueueA1B2C3D4', 'QueueArn'] } },
        TemplateURL: 'https://s3.amazonaws.com/assets/abc.json',
      },
      Metadata: { 'aws:asset:path': 'CenterFlowsD055F763.nested.template.json', 'aws:asset:property': 'TemplateURL' },
    },
    Unsynthesized: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'https://example.com/t.json' } },
  },
};
const flows = {
  Parameters: { referencetoCenterSupportQueueArn: { Type: 'String' }, Unpassed: { Type: 'String' } },
  Resources: {
    Menu: flowResource('Nested menu', { Ref: 'referencetoCenterSupportQueueArn' }),
    Other: flowResource('Nested other', { Ref: 'Unpassed' }),
    InnerNestedStackInnerNestedStackResource745E041B: {
      Type: 'AWS::CloudFormation::Stack',
      Properties: { Parameters: { referencetoCenterSupportQueueArn: { Ref: 'referencetoCenterSupportQueueArn' } } },
      Metadata: { 'aws:asset:path': 'CenterFlowsInner9E55E8BC.nested.template.json' },
    },
  },
};
const inner = {
  Parameters: { referencetoCenterSupportQueueArn: { Type: 'String' } },
  Resources: {
    BillingQueue00000000: { Type: 'AWS::Connect::Queue', Properties: { Name: 'Billing' } },
    Menu: flowResource('Inner menu', { 'Fn::GetAtt': ['BillingQueue00000000', 'QueueArn'] }),
    Back: flowResource('Inner back', { Ref: 'referencetoCenterSupportQueueArn' }),
  },
};

describe('templateFlows with nested stacks', () => {
  test('the nested stacks of a template and the files CDK wrote their templates to', () => {
    expect(nestedStackResources(parent)).toEqual([
      { logicalId: 'FlowsNestedStackFlowsNestedStackResourceF26BFF17', templateFile: 'CenterFlowsD055F763.nested.template.json', templateObjectKey: 'abc.json' },
      { logicalId: 'Unsynthesized', templateFile: undefined, templateObjectKey: 't.json' },
    ]);
    expect(nestedStackResources({ Resources: {} })).toEqual([]);
    const joined = { 'Fn::Join': ['', ['https://s3.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }, '/bucket/3766877c.json']] };
    expect(nestedStackResources({ Resources: { S: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: joined } } } }))
      .toEqual([{ logicalId: 'S', templateFile: undefined, templateObjectKey: '3766877c.json' }]);
  });

  test('flows of nested stacks follow the stack\'s, keyed by the logical-ID path, references resolved through the parents', () => {
    const result = templateFlows(parent, {}, {
      FlowsNestedStackFlowsNestedStackResourceF26BFF17: {
        template: flows,
        nested: { InnerNestedStackInnerNestedStackResource745E041B: { template: inner, nested: {} } },
      },
    });
    expect(result.map((f) => [f.logicalId, f.name, queueId(f)])).toEqual([
      ['Top', 'Top', 'Queue: Support'],
      ['FlowsNestedStackFlowsNestedStackResourceF26BFF17/Menu', 'Nested menu', 'Queue: Support'],
      ['FlowsNestedStackFlowsNestedStackResourceF26BFF17/Other', 'Nested other', 'Parameter: Unpassed'],
      ['FlowsNestedStackFlowsNestedStackResourceF26BFF17/InnerNestedStackInnerNestedStackResource745E041B/Back', 'Inner back', 'Queue: Support'],
      ['FlowsNestedStackFlowsNestedStackResourceF26BFF17/InnerNestedStackInnerNestedStackResource745E041B/Menu', 'Inner menu', 'Queue: Billing'],
    ]);
  });

  test('without the nested templates, the stack\'s own flows only, keyed as before', () => {
    expect(templateFlows(parent).map((f) => f.logicalId)).toEqual(['Top']);
  });
});
