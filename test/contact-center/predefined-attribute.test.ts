import { Match, Template } from 'aws-cdk-lib/assertions';
import { baseStack } from './helpers';
import { PredefinedAttribute } from '../../src';

describe('PredefinedAttribute', () => {
  test('name, values, purposes and configuration; retained', () => {
    const { stack, cc } = baseStack();
    const language = cc.addPredefinedAttribute('Language', { name: 'Language', values: ['English', 'Spanish'], purposes: ['routing'], readOnly: true });
    expect(language.values).toEqual(['English', 'Spanish']);
    cc.addPredefinedAttribute('Tech', { name: 'Technology', values: ['Fibre'], validateValues: false });
    const t = Template.fromStack(stack);
    t.hasResource('AWS::Connect::PredefinedAttribute', {
      DeletionPolicy: 'Retain',
      Properties: {
        InstanceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] },
        Name: 'Language',
        Values: { StringList: ['English', 'Spanish'] },
        Purposes: ['routing'],
        AttributeConfiguration: { EnableValueValidationOnAssociation: true, IsReadOnly: true },
      },
    });
    t.hasResourceProperties('AWS::Connect::PredefinedAttribute', {
      Name: 'Technology',
      Purposes: Match.absent(),
      AttributeConfiguration: { EnableValueValidationOnAssociation: false, IsReadOnly: false },
    });
  });

  describe('bad input', () => {
    test('values, names and purposes', () => {
      const { stack, cc } = baseStack();
      expect(() => cc.addPredefinedAttribute('None', { name: 'None', values: [] })).toThrow(/Test\/CC\/None: invalid values "0 values": give 1 to 500 values/);
      expect(() => cc.addPredefinedAttribute('Many', { name: 'Many', values: Array.from({ length: 501 }, (_, i) => `v${i}`) })).toThrow(/invalid values "501 values"/);
      expect(() => cc.addPredefinedAttribute('Dup', { name: 'Dup', values: ['a', 'a'] })).toThrow(/Test\/CC\/Dup: invalid values\[1\] "a": values must be unique/);
      expect(() => cc.addPredefinedAttribute('Long', { name: 'Long', values: ['x'.repeat(101)] })).toThrow(/invalid values\[0\] .*between 1 and 100/);
      expect(() => cc.addPredefinedAttribute('Dot', { name: 'a.b', values: ['x'] })).toThrow(/Test\/CC\/Dot: invalid name "a.b": must not contain "\$" or "."/);
      expect(() => cc.addPredefinedAttribute('P', { name: 'P', values: ['x'], purposes: [] })).toThrow(/invalid purposes "0 purposes": give 1 to 10 purposes/);
      expect(() => PredefinedAttribute.fromPredefinedAttributeName(stack, 'Imp', '')).toThrow(/Test\/Imp: invalid name "": must be between 1 and 100/);
      expect(PredefinedAttribute.fromPredefinedAttributeName(stack, 'Ok', 'Language').predefinedAttributeName).toBe('Language');
    });
  });
});
