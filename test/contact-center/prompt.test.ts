import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RemovalPolicy, aws_s3 as s3 } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { baseStack } from './helpers';
import {
  ContactFlow, FlowContent, FlowDefinition, Disconnect, Message, PlayPrompt, Prompt, PromptAudio,
} from '../../src';

const WELCOME = path.join(__dirname, '..', '..', 'examples', 'audio', 'welcome.wav');

/** A WAV file with the given format and length, written to a temporary directory. */
function wav(name: string, opts: { formatTag?: number; channels?: number; sampleRate?: number; seconds?: number } = {}): string {
  const formatTag = opts.formatTag ?? 7;
  const channels = opts.channels ?? 1;
  const sampleRate = opts.sampleRate ?? 8000;
  const bytesPerSample = formatTag === 1 ? 2 : 1;
  const byteRate = sampleRate * channels * bytesPerSample;
  // The header says how long the audio is; the data itself can be short.
  const declared = Math.round((opts.seconds ?? 0.1) * byteRate);
  const h = Buffer.alloc(44);
  h.write('RIFF', 0); h.writeUInt32LE(36 + declared, 4); h.write('WAVE', 8); h.write('fmt ', 12); h.writeUInt32LE(16, 16);
  h.writeUInt16LE(formatTag, 20); h.writeUInt16LE(channels, 22); h.writeUInt32LE(sampleRate, 24); h.writeUInt32LE(byteRate, 28);
  h.writeUInt16LE(channels * bytesPerSample, 32); h.writeUInt16LE(bytesPerSample * 8, 34); h.write('data', 36); h.writeUInt32LE(declared, 40);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prompt-')), name);
  fs.writeFileSync(file, Buffer.concat([h, Buffer.alloc(64, 0xff)]));
  return file;
}

describe('Prompt', () => {
  test('from a local WAV file: asset copied into a bucket Connect can read, then the prompt', () => {
    const { stack, cc } = baseStack();
    const prompt = cc.addPrompt('Welcome', { name: 'Welcome', description: 'Greeting', audio: PromptAudio.fromFile(WELCOME) });
    const t = Template.fromStack(stack);

    t.hasResource('AWS::Connect::Prompt', {
      DeletionPolicy: 'Delete',
      DependsOn: Match.arrayWith([Match.stringLikeRegexp('CopyAudio')]),
      Properties: {
        InstanceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] },
        Name: 'Welcome',
        Description: 'Greeting',
        S3Uri: { 'Fn::Join': ['', ['s3://', { Ref: Match.stringLikeRegexp('^PromptAudio') }, Match.stringLikeRegexp('^/prompts/[0-9a-f]{64}\\.wav$')]] },
      },
    });
    // The copy reads the asset and writes the prompt key, nothing else.
    const copy = Object.values(t.findResources('Custom::ConnectPromptAudio'));
    expect(copy).toHaveLength(1);
    expect(JSON.stringify(copy[0].Properties.Create)).toContain('copyObject');
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Action: 's3:GetObject', Resource: Match.anyValue() }),
          Match.objectLike({ Action: 's3:PutObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^PromptAudio'), 'Arn'] }, Match.stringLikeRegexp('^/prompts/')]] } }),
        ],
      },
    });
    // The bucket is retained, encrypted, private, and lets only this instance's Connect read prompts/*.
    t.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      }),
    });
    t.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Effect: 'Allow',
          Principal: { Service: 'connect.amazonaws.com' },
          Action: 's3:GetObject',
          Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' }, ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [Match.stringLikeRegexp('^CC'), 'Arn'] } } },
        })]),
      },
    });
    expect(prompt.promptName).toBe('Welcome');
    Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
  });

  test('two prompts share one bucket per stack and contact center', () => {
    const { stack, cc } = baseStack();
    cc.addPrompt('A', { name: 'A', audio: PromptAudio.fromFile(WELCOME) });
    cc.addPrompt('B', { name: 'B', audio: PromptAudio.fromFile(WELCOME) });
    Template.fromStack(stack).resourceCountIs('AWS::S3::Bucket', 1);
  });

  test('from an existing object: the bucket policy lets Connect read that key', () => {
    const { stack, cc } = baseStack();
    const bucket = new s3.Bucket(stack, 'Media', { enforceSSL: true });
    new Prompt(stack, 'Hold', { contactCenter: cc, name: 'Hold music', audio: PromptAudio.fromBucket(bucket, 'audio/hold.wav'), removalPolicy: RemovalPolicy.RETAIN });
    const t = Template.fromStack(stack);
    t.hasResource('AWS::Connect::Prompt', {
      DeletionPolicy: 'Retain',
      DependsOn: Match.arrayWith([Match.stringLikeRegexp('^MediaPolicy')]),
      Properties: Match.objectLike({ S3Uri: { 'Fn::Join': ['', ['s3://', { Ref: Match.stringLikeRegexp('^Media') }, '/audio/hold.wav']] } }),
    });
    t.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'connect.amazonaws.com' }, Action: 's3:GetObject' })]) },
    });
    t.resourceCountIs('Custom::ConnectPromptAudio', 0);
  });

  test('an object in a KMS-encrypted bucket gets a warning about the key policy', () => {
    const { stack, cc } = baseStack();
    const bucket = new s3.Bucket(stack, 'Encrypted', { encryption: s3.BucketEncryption.KMS, enforceSSL: true });
    cc.addPrompt('Kms', { name: 'Kms', audio: PromptAudio.fromBucket(bucket, 'hold.wav') });
    Annotations.fromStack(stack).hasWarning('/Test/CC/Kms', Match.stringLikeRegexp('Test/Encrypted is encrypted with a KMS key: its key policy must let connect.amazonaws.com decrypt'));
  });

  test('the prompt ARN plays in a flow block', () => {
    const { stack, cc } = baseStack();
    const prompt = cc.addPrompt('Welcome', { name: 'Welcome', audio: PromptAudio.fromFile(WELCOME) });
    const play = new PlayPrompt('Welcome', { message: Message.fromPromptArn(prompt.promptArn) });
    play.next(new Disconnect('Bye'));
    new ContactFlow(stack, 'Flow', { contactCenter: cc, name: 'Flow', content: FlowContent.fromDefinition(FlowDefinition.startWith(play)) });
    const t = Template.fromStack(stack);
    const flow = Object.values(t.findResources('AWS::Connect::ContactFlow'))[0];
    expect(JSON.stringify(flow.Properties.Content)).toMatch(/PromptId.*Welcome[0-9A-F]+\\",\\"PromptArn|Welcome[0-9A-F]+","PromptArn/);
    // Connect validates flow content on create: the GetAtt in the content makes the flow wait for
    // the prompt, so no explicit DependsOn is written (cfn-lint W3005).
    expect(JSON.stringify(flow.Properties.Content)).toMatch(/Fn::GetAtt[^\]]*CCWelcome[0-9A-F]+/);
    expect(flow.DependsOn ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/^CCWelcome/)]));
  });

  test('a WAV that is not 8 kHz mono mu-law gives a warning', () => {
    const { stack, cc } = baseStack();
    cc.addPrompt('Pcm', { name: 'Pcm', audio: PromptAudio.fromFile(wav('pcm.wav', { formatTag: 1, sampleRate: 44100, channels: 2 })) });
    Annotations.fromStack(stack).hasWarning('/Test/CC/Pcm', Match.stringLikeRegexp('44100 Hz, 2 channel\\(s\\), WAVE format 1.*8 kHz mono mu-law'));
  });

  describe('bad input', () => {
    test('missing file, wrong extension, not a WAV, too long', () => {
      const { cc } = baseStack();
      expect(() => cc.addPrompt('Missing', { name: 'M', audio: PromptAudio.fromFile('/nonexistent/hello.wav') }))
        .toThrow(/Test\/CC\/Missing: invalid audio "\/nonexistent\/hello.wav": the audio file does not exist/);
      const mp3 = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prompt-')), 'hello.mp3');
      fs.writeFileSync(mp3, 'ID3');
      expect(() => cc.addPrompt('Mp3', { name: 'M', audio: PromptAudio.fromFile(mp3) })).toThrow(/invalid audio ".*hello.mp3": give a .wav file/);
      const text = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prompt-')), 'text.wav');
      fs.writeFileSync(text, 'hello, not audio');
      expect(() => cc.addPrompt('Text', { name: 'M', audio: PromptAudio.fromFile(text) })).toThrow(/invalid audio ".*text.wav": not a WAV file/);
      expect(() => cc.addPrompt('Long', { name: 'M', audio: PromptAudio.fromFile(wav('long.wav', { seconds: 301 })) }))
        .toThrow(/invalid audio ".*long.wav": the audio is 301 seconds long; Amazon Connect accepts prompts shorter than 5 minutes/);
    });

    test('name, description, audio, key and ARN', () => {
      const { stack, cc } = baseStack();
      const audio = PromptAudio.fromFile(WELCOME);
      expect(() => cc.addPrompt('N', { name: 'x'.repeat(128), audio })).toThrow(/Test\/CC\/N: invalid name .*between 1 and 127/);
      expect(() => cc.addPrompt('D', { name: 'D', description: '', audio })).toThrow(/Test\/CC\/D: invalid description "".*between 1 and 250/);
      expect(() => cc.addPrompt('A', { name: 'A', audio: 'welcome.wav' as any })).toThrow(/Test\/CC\/A: invalid audio "welcome.wav": give PromptAudio.fromFile\(\) or PromptAudio.fromBucket\(\)/);
      const bucket = new s3.Bucket(stack, 'B');
      expect(() => cc.addPrompt('K', { name: 'K', audio: PromptAudio.fromBucket(bucket, '/lead.wav') })).toThrow(/Test\/CC\/K: invalid audio.key "\/lead.wav"/);
      expect(() => Prompt.fromPromptArn(stack, 'Bad', 'arn:aws:connect:us-east-1:123456789012:instance/abc/queue/q'))
        .toThrow(/Test\/Bad: invalid promptArn .*prompt\/<promptId>/);
      expect(Prompt.fromPromptArn(stack, 'Good', 'arn:aws:connect:us-east-1:123456789012:instance/abc/prompt/p-1').promptArn).toContain('/prompt/p-1');
    });
  });
});
