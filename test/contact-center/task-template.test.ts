import { Match, Template } from 'aws-cdk-lib/assertions';
import { baseStack } from './helpers';
import { ContactFlow, ContactFlowType, FlowContent, TaskTemplate, TaskTemplateFieldType } from '../../src';

const end = FlowContent.fromJson({ Version: '2019-10-30', StartAction: 'End', Actions: [{ Identifier: 'End', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} }] });

describe('TaskTemplate', () => {
  test('fields, constraints, defaults and flows', () => {
    const { stack, cc } = baseStack();
    const flow = new ContactFlow(stack, 'TaskFlow', { contactCenter: cc, name: 'Tasks', content: end });
    cc.addTaskTemplate('Refund', {
      name: 'Refund request',
      description: 'A customer asked for a refund',
      contactFlow: flow,
      fields: [
        { name: 'Name', type: TaskTemplateFieldType.NAME, required: true },
        { name: 'Order number', type: TaskTemplateFieldType.TEXT, required: true, description: 'From the order email' },
        { name: 'Reason', type: TaskTemplateFieldType.SINGLE_SELECT, options: ['Damaged', 'Late', 'Other'], defaultValue: 'Other' },
        { name: 'Source', type: TaskTemplateFieldType.TEXT, readOnly: true, invisible: true, defaultValue: 'ivr' },
      ],
      tags: { team: 'billing' },
    });
    Template.fromStack(stack).hasResource('AWS::Connect::TaskTemplate', {
      DeletionPolicy: 'Delete',
      Properties: {
        InstanceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] },
        Name: 'Refund request',
        Description: 'A customer asked for a refund',
        Status: 'ACTIVE',
        ContactFlowArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^TaskFlow'), 'ContactFlowArn'] },
        Fields: [
          { Id: { Name: 'Name' }, Type: 'NAME' },
          { Id: { Name: 'Order number' }, Type: 'TEXT', Description: 'From the order email' },
          { Id: { Name: 'Reason' }, Type: 'SINGLE_SELECT', SingleSelectOptions: ['Damaged', 'Late', 'Other'] },
          { Id: { Name: 'Source' }, Type: 'TEXT' },
        ],
        Constraints: {
          RequiredFields: [{ Id: { Name: 'Name' } }, { Id: { Name: 'Order number' } }],
          ReadOnlyFields: [{ Id: { Name: 'Source' } }],
          InvisibleFields: [{ Id: { Name: 'Source' } }],
        },
        Defaults: [{ Id: { Name: 'Reason' }, DefaultValue: 'Other' }, { Id: { Name: 'Source' }, DefaultValue: 'ivr' }],
        Tags: [{ Key: 'team', Value: 'billing' }],
      },
    });
  });

  test('a disabled template with no fields', () => {
    const { stack, cc } = baseStack();
    cc.addTaskTemplate('Plain', { name: 'Plain', enabled: false });
    Template.fromStack(stack).hasResourceProperties('AWS::Connect::TaskTemplate', {
      Name: 'Plain', Status: 'INACTIVE', Fields: Match.absent(), Constraints: Match.absent(), Defaults: Match.absent(),
    });
  });

  describe('bad input', () => {
    test('fields', () => {
      const { cc } = baseStack();
      const t = (id: string, fields: any[]) => () => cc.addTaskTemplate(id, { name: id, fields });
      expect(t('Dup', [{ name: 'A', type: TaskTemplateFieldType.TEXT }, { name: 'A', type: TaskTemplateFieldType.NUMBER }]))
        .toThrow(/Test\/CC\/Dup: invalid fields\[1\].name "A": field names must be unique/);
      expect(t('Two', [{ name: 'A', type: TaskTemplateFieldType.NAME }, { name: 'B', type: TaskTemplateFieldType.NAME }]))
        .toThrow(/invalid fields\[1\].type "NAME": a template has at most one NAME field/);
      expect(t('Type', [{ name: 'A', type: 'PHONE' }])).toThrow(/invalid fields\[0\].type "PHONE": must be one of/);
      expect(t('NoOpt', [{ name: 'A', type: TaskTemplateFieldType.SINGLE_SELECT }])).toThrow(/invalid fields\[0\].options "0 options": a SINGLE_SELECT field needs 1 to 50 options/);
      expect(t('BadOpt', [{ name: 'A', type: TaskTemplateFieldType.SINGLE_SELECT, options: [' x'] }])).toThrow(/invalid fields\[0\].options\[0\] " x"/);
      expect(t('Default', [{ name: 'A', type: TaskTemplateFieldType.SINGLE_SELECT, options: ['x'], defaultValue: 'y' }])).toThrow(/invalid fields\[0\].defaultValue "y": must be one of the options \(x\)/);
      expect(t('Opts', [{ name: 'A', type: TaskTemplateFieldType.TEXT, options: ['x'] }])).toThrow(/options are only for SINGLE_SELECT fields/);
      expect(t('Hidden', [{ name: 'A', type: TaskTemplateFieldType.TEXT, required: true, invisible: true }])).toThrow(/invalid fields\[0\] "A": a required field that agents cannot see needs a defaultValue/);
      expect(t('Many', Array.from({ length: 51 }, (_, i) => ({ name: `f${i}`, type: TaskTemplateFieldType.TEXT })))).toThrow(/invalid fields "51 fields"/);
    });

    test('name, flow type and ARN', () => {
      const { stack, cc } = baseStack();
      expect(() => cc.addTaskTemplate('N', { name: '' })).toThrow(/Test\/CC\/N: invalid name ""/);
      const whisper = new ContactFlow(stack, 'Whisper', {
        contactCenter: cc,
        name: 'W',
        type: ContactFlowType.AGENT_WHISPER,
        content: FlowContent.fromJson({ Version: '2019-10-30', StartAction: 'E', Actions: [{ Identifier: 'E', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} }] }),
      });
      expect(() => cc.addTaskTemplate('F', { name: 'F', contactFlow: whisper })).toThrow(/Test\/CC\/F: invalid contactFlow "Test\/Whisper": must be a flow of type CONTACT_FLOW \(got AGENT_WHISPER\)/);
      expect(() => TaskTemplate.fromTaskTemplateArn(stack, 'Bad', 'arn:aws:connect:us-east-1:123456789012:instance/abc/queue/q')).toThrow(/Test\/Bad: invalid taskTemplateArn/);
    });
  });
});
