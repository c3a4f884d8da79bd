import { generateKeyPairSync } from 'crypto';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { baseStack } from './helpers';

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PUBLIC_PEM = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const PRIVATE_PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('embedding the agent app', () => {
  test('approved origins and a security key on the instance', () => {
    const { stack, cc } = baseStack();
    cc.addApprovedOrigin('https://agents.example.com');
    cc.addApprovedOrigin('https://crm.example.com:8443');
    cc.addSecurityKey(PUBLIC_PEM);
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::Connect::ApprovedOrigin', 2);
    t.hasResourceProperties('AWS::Connect::ApprovedOrigin', {
      InstanceId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] },
      Origin: 'https://agents.example.com',
    });
    t.hasResourceProperties('AWS::Connect::ApprovedOrigin', { Origin: 'https://crm.example.com:8443' });
    const keys = Object.values(t.findResources('AWS::Connect::SecurityKey'));
    expect(keys).toHaveLength(1);
    expect(keys[0].Properties.Key).toBe(PUBLIC_PEM.trim());
    expect(keys[0].Properties.Key).not.toMatch(/PRIVATE/);
  });

  test('construct IDs come from the values, so removing one origin does not rename another', () => {
    const a = baseStack();
    a.cc.addApprovedOrigin('https://one.example.com');
    a.cc.addApprovedOrigin('https://two.example.com');
    const b = baseStack();
    b.cc.addApprovedOrigin('https://two.example.com');
    const idsOf = (s: typeof a.stack) => Object.entries(Template.fromStack(s).findResources('AWS::Connect::ApprovedOrigin'))
      .filter(([, r]) => r.Properties.Origin === 'https://two.example.com').map(([id]) => id);
    expect(idsOf(a.stack)).toEqual(idsOf(b.stack));
  });

  describe('bad input', () => {
    test('origins: http, paths, wildcards, garbage, duplicates', () => {
      const { cc } = baseStack();
      expect(() => cc.addApprovedOrigin('http://agents.example.com')).toThrow(/Test\/CC: invalid origin "http:\/\/agents.example.com": must use https/);
      expect(() => cc.addApprovedOrigin('https://agents.example.com/ccp')).toThrow(/invalid origin "https:\/\/agents.example.com\/ccp": give the origin only .*"https:\/\/agents.example.com"/);
      expect(() => cc.addApprovedOrigin('https://agents.example.com/')).toThrow(/give the origin only/);
      expect(() => cc.addApprovedOrigin('https://*.example.com')).toThrow(/invalid origin "https:\/\/\*.example.com"/);
      expect(() => cc.addApprovedOrigin('agents.example.com')).toThrow(/invalid origin "agents.example.com": must be an https origin/);
      expect(() => cc.addApprovedOrigin(`https://${'a'.repeat(260)}.com`)).toThrow(/at most 267 characters/);
      cc.addApprovedOrigin('https://agents.example.com');
      expect(() => cc.addApprovedOrigin('https://AGENTS.example.com')).toThrow(/invalid origin "https:\/\/AGENTS.example.com": already approved/);
    });

    test('security keys: private keys, non-PEM, unreadable, duplicates', () => {
      const { cc } = baseStack();
      expect(() => cc.addSecurityKey(PRIVATE_PEM)).toThrow(/Test\/CC: invalid publicKeyPem "\(a private key\)": give the public key only/);
      expect(() => cc.addSecurityKey('ssh-rsa AAAAB3Nza')).toThrow(/invalid publicKeyPem "ssh-rsa AAAAB3Nza…": must be a PEM public key/);
      expect(() => cc.addSecurityKey('-----BEGIN PUBLIC KEY-----\nnotbase64\n-----END PUBLIC KEY-----')).toThrow(/not a readable public key/);
      cc.addSecurityKey(PUBLIC_PEM);
      expect(() => cc.addSecurityKey(`${PUBLIC_PEM}\n`)).toThrow(/this key is already associated with the contact center/);
    });

    test('an instance holds at most two security keys: a third fails at synth', () => {
      const { stack, cc } = baseStack();
      const pem = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
      cc.addSecurityKey(pem());
      cc.addSecurityKey(pem());
      expect(() => cc.addSecurityKey(pem())).toThrow(/Test\/CC: invalid publicKeyPem "security key 3": an instance holds at most 2 security keys/);
      Template.fromStack(stack).resourceCountIs('AWS::Connect::SecurityKey', 2);
    });
  });
});
