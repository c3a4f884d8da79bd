import * as fs from 'fs';
import * as path from 'path';
import { ExampleApp, exampleStackApps, readmeApps } from './apps';
import { WILDCARD_ONLY_ACTIONS, WILDCARD_STATEMENTS, findPlaintextSecrets, findWildcardStatements } from './scan';

describe('every synthesized template', () => {
  const apps: ExampleApp[] = [...exampleStackApps(), ...readmeApps()];
  const templates = apps.flatMap((app) => app.templates.map((file) => ({
    name: `${app.name}: ${path.basename(file)}`, template: JSON.parse(fs.readFileSync(file, 'utf-8')),
  })));

  test('covers the examples, the README apps and nested stacks', () => {
    expect(apps.map((a) => a.name)).toEqual(expect.arrayContaining(['ReferenceContactCenterStack', 'AgentDirectoryExampleStack']));
    expect(apps.filter((a) => a.name.startsWith('README app')).length).toBeGreaterThanOrEqual(3);
    expect(templates.filter((t) => t.name.endsWith('.nested.template.json')).length).toBeGreaterThanOrEqual(1);
    // The agents' passwords are there, as references.
    const users = templates.flatMap((t) => Object.values<any>(t.template.Resources).filter((r) => r.Type === 'AWS::Connect::User'));
    expect(users.length).toBeGreaterThanOrEqual(20);
    for (const user of users) expect(JSON.stringify(user.Properties.Password)).toContain('{{resolve:secretsmanager:');
  });

  test('holds no plaintext secret', () => {
    expect(templates.flatMap((t) => findPlaintextSecrets(t.template).map((f) => `${t.name}: ${f}`))).toEqual([]);
  });

  test('has no IAM statement on Resource * except for actions without resource-level permissions', () => {
    expect(templates.flatMap((t) => findWildcardStatements(t.template).map((f) => `${t.name}: ${f}`))).toEqual([]);
  });
});

describe('the scans', () => {
  test('find plaintext secrets', () => {
    const template = {
      Resources: {
        User: { Type: 'AWS::Connect::User', Properties: { Password: 'Hunter2hunter2' } },
        Secret: { Type: 'AWS::SecretsManager::Secret', Properties: { SecretString: '{"password":"x"}' } },
        Joined: { Type: 'AWS::Connect::User', Properties: { Password: { 'Fn::Join': ['', ['Hunter', '2hunter2']] } } },
        Fn: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Code: { ZipFile: 'const key = "AKIAABCDEFGHIJKLMNOP"; const password = "correcthorse";' },
            Environment: { Variables: { API_TOKEN: 'abcdef123456', TABLE_NAME: 'users' } },
          },
        },
        Cert: { Type: 'Custom::Thing', Properties: { Body: '-----BEGIN RSA PRIVATE KEY-----\nMII' } },
      },
    };
    const findings = findPlaintextSecrets(template);
    expect(findings).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Resources\.User\.Properties\.Password: a literal value/),
      expect.stringMatching(/^Resources\.Secret\.Properties\.SecretString: a literal value/),
      expect.stringMatching(/^Resources\.Joined\.Properties\.Password: a literal value/),
      expect.stringMatching(/^Resources\.Fn\.Properties\.Code\.ZipFile: AWS access key ID/),
      expect.stringMatching(/^Resources\.Fn\.Properties\.Code\.ZipFile: password assignment in code/),
      expect.stringMatching(/^Resources\.Fn\.Properties\.Environment\.Variables\.API_TOKEN: a literal secret/),
      expect.stringMatching(/^Resources\.Cert\.Properties\.Body: private key/),
    ]));
    expect(findings.join('\n')).not.toContain('TABLE_NAME');
  });

  test('accept dynamic references and generated secrets', () => {
    expect(findPlaintextSecrets({
      Resources: {
        User: { Type: 'AWS::Connect::User', Properties: { Password: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: 'S' }, ':SecretString:::}}']] } } },
        S: { Type: 'AWS::SecretsManager::Secret', Properties: { GenerateSecretString: { PasswordLength: 24, SecretStringTemplate: '{"u":"a"}', GenerateStringKey: 'password' } } },
        F: { Type: 'AWS::Lambda::Function', Properties: { Environment: { Variables: { SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:1:secret:x' } } } },
      },
    })).toEqual([]);
  });

  test('find Resource * for actions that can be scoped, and Action *', () => {
    const policy = (statements: any[]) => ({ Resources: { P: { Type: 'AWS::IAM::Policy', Properties: { PolicyDocument: { Statement: statements } } } } });
    expect(findWildcardStatements(policy([{ Effect: 'Allow', Action: ['connect:SearchUsers', 'xray:PutTraceSegments'], Resource: '*' }])))
      .toEqual(['Resources.P.Statement[0]: Resource * for connect:SearchUsers, which can be scoped to ARNs']);
    expect(findWildcardStatements(policy([{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }])))
      .toEqual(['Resources.P.Statement[0]: Action s3:*']);
    expect(findWildcardStatements(policy([{ Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Resource: '*' }]))).toEqual([]);
    expect(findWildcardStatements(policy([{ Effect: 'Deny', Action: '*', Resource: '*' }]))).toEqual([]);
    // An SMS to a phone number has no resource ARN: that one statement, with that one action, may use *.
    expect(findWildcardStatements(policy([{ Sid: 'PublishSmsToPhoneNumbers', Effect: 'Allow', Action: 'sns:Publish', Resource: '*' }]))).toEqual([]);
    expect(findWildcardStatements(policy([{ Sid: 'PublishSmsToPhoneNumbers', Effect: 'Allow', Action: ['sns:Publish', 'sns:Subscribe'], Resource: '*' }])))
      .toEqual(['Resources.P.Statement[0]: Resource * for sns:Publish, sns:Subscribe, which can be scoped to ARNs']);
    expect(findWildcardStatements(policy([{ Effect: 'Allow', Action: 'sns:Publish', Resource: '*' }])))
      .toEqual(['Resources.P.Statement[0]: Resource * for sns:Publish, which can be scoped to ARNs']);
    const role = { Resources: { R: { Type: 'AWS::IAM::Role', Properties: { Policies: [{ PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: ['*'] }] } }] } } } };
    expect(findWildcardStatements(role)).toEqual(['Resources.R.Policies[0].Statement[0]: Resource * for kms:Decrypt, which can be scoped to ARNs']);
  });

  test('the README lists every action allowed on Resource *', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf-8');
    const security = readme.slice(readme.indexOf('\n## Security'));
    expect(readme).toContain('\n## Security');
    for (const action of Object.keys(WILDCARD_ONLY_ACTIONS)) expect(security).toContain(`\`${action}\``);
    for (const { action } of Object.values(WILDCARD_STATEMENTS)) expect(security).toContain(`\`${action}\``);
  });
});
