import * as fs from 'fs';
import * as path from 'path';
import {
  Annotations, IResource, Names, RemovalPolicy, Resource, Stack, Token,
  aws_connect as connect, aws_iam as iam, aws_s3 as s3, aws_s3_assets as s3_assets, custom_resources as cr,
} from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { IContactCenter } from '../core/contact-center';
import { parseInstanceChildArn } from '../core/private/arn';
import { suppressAwsCustomResourceProvider, suppressNag } from '../core/private/nag';
import { fail, failAt, renderTags, validateConnectResourceTags, validateStringLength } from '../core/private/validate';
import { readWavHeader } from '../core/private/wav';

/** A prompt: an audio recording of the instance, played by flows. */
export interface IPrompt extends IResource {
  /**
   * The prompt ARN (`…:instance/<instanceId>/prompt/<promptId>`), e.g. for
   * `Message.fromPromptArn(prompt.promptArn)` in a "Play prompt" block.
   * @attribute
   */
  readonly promptArn: string;
}

/** The rendered audio source of a prompt. */
export interface PromptAudioConfig {
  /** The `s3://bucket/key` URI Connect reads the audio from. */
  readonly s3Uri: string;
}

/** Amazon Connect's limits for prompt files (Administrator Guide, "Create prompts"). */
const MAX_BYTES = 50 * 1024 * 1024;
const MAX_SECONDS = 5 * 60;
/** WAVE format tag of G.711 mu-law. */
const MULAW = 7;

/**
 * The audio of a prompt: a local WAV file (uploaded as an asset and copied into a bucket Connect
 * can read) or an object that is already in S3.
 */
export abstract class PromptAudio {
  /**
   * A local `.wav` file. At synth it must exist, be a WAV file, be under 50 MB and shorter than
   * five minutes; a format other than 8 kHz mono mu-law (what Connect plays correctly) gives a
   * warning. It is uploaded as a CDK asset and copied into the contact center's prompt bucket
   * (see `PromptProps.bucket`), whose policy lets Connect read it.
   */
  public static fromFile(filePath: string): PromptAudio {
    return new FileAudio(filePath);
  }

  /**
   * An object already in S3. When the bucket is defined in this app, a statement is added to its
   * policy that lets Connect (`connect.amazonaws.com`, scoped to the instance by `aws:SourceArn` and
   * `aws:SourceAccount`) read the object; for an imported bucket, add it yourself. A bucket encrypted
   * with SSE-KMS also needs a key policy that lets Connect decrypt.
   */
  public static fromBucket(bucket: s3.IBucket, key: string): PromptAudio {
    return new BucketAudio(bucket, key);
  }

  /**
   * Render the audio source for a prompt.
   *
   * @param scope the prompt
   * @param contactCenter the prompt's contact center
   * @param bucket where local files are copied to, when given on the prompt
   */
  public abstract bind(scope: Construct, contactCenter: IContactCenter, bucket?: s3.IBucket): PromptAudioConfig;
}

/** Lets Connect read objects of a bucket for one instance (admin guide: prompts played from S3). */
function allowConnectRead(bucket: s3.IBucket, contactCenter: IContactCenter, objects: string): void {
  bucket.addToResourcePolicy(new iam.PolicyStatement({
    principals: [new iam.ServicePrincipal('connect.amazonaws.com')],
    actions: ['s3:GetObject'],
    resources: [bucket.arnForObjects(objects)],
    conditions: {
      StringEquals: { 'aws:SourceAccount': Stack.of(bucket).account },
      ArnEquals: { 'aws:SourceArn': contactCenter.instanceArn },
    },
  }));
}

class BucketAudio extends PromptAudio {
  constructor(private readonly bucket: s3.IBucket, private readonly key: string) {
    super();
  }

  public bind(scope: Construct, contactCenter: IContactCenter): PromptAudioConfig {
    if (!this.bucket?.bucketName) fail(scope, 'audio.bucket', this.bucket, 'give an S3 bucket');
    if (typeof this.key !== 'string' || (!Token.isUnresolved(this.key) && (this.key.length < 1 || this.key.startsWith('/')))) {
      fail(scope, 'audio.key', this.key, 'give the object key, without a leading "/" (e.g. "prompts/welcome.wav")');
    }
    if (this.bucket.encryptionKey) {
      Annotations.of(scope).addWarningV2('cdk-contact-center:promptBucketKms',
        `${this.bucket.node.path} is encrypted with a KMS key: its key policy must let connect.amazonaws.com decrypt, or Connect cannot read the prompt`);
    }
    allowConnectRead(this.bucket, contactCenter, this.key);
    // Connect reads the object when the prompt is created: deploy the bucket policy first.
    if (this.bucket.policy) scope.node.addDependency(this.bucket.policy);
    return { s3Uri: `s3://${this.bucket.bucketName}/${this.key}` };
  }
}

class FileAudio extends PromptAudio {
  constructor(private readonly filePath: string) {
    super();
  }

  public bind(scope: Construct, contactCenter: IContactCenter, bucket?: s3.IBucket): PromptAudioConfig {
    checkWavFile(scope, this.filePath);
    const asset = new s3_assets.Asset(scope, 'Audio', { path: this.filePath });
    const target = bucket ?? promptBucket(scope, contactCenter);
    if (bucket) allowConnectRead(bucket, contactCenter, 'prompts/*');
    const key = `prompts/${asset.assetHash}.wav`;
    const copy = {
      service: 'S3',
      action: 'copyObject',
      parameters: { Bucket: target.bucketName, Key: key, CopySource: `${asset.s3BucketName}/${asset.s3ObjectKey}` },
      physicalResourceId: cr.PhysicalResourceId.of(key),
    };
    const copied = new cr.AwsCustomResource(scope, 'CopyAudio', {
      resourceType: 'Custom::ConnectPromptAudio',
      installLatestAwsSdk: false,
      onCreate: copy,
      onUpdate: copy,
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [asset.bucket.arnForObjects(asset.s3ObjectKey)] }),
        new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [target.arnForObjects(key)] }),
      ]),
    });
    suppressAwsCustomResourceProvider(Stack.of(scope));
    // The bucket policy must exist before Connect reads the object.
    if (target.policy) copied.node.addDependency(target.policy);
    return { s3Uri: `s3://${target.bucketName}/${key}` };
  }
}

function checkWavFile(scope: Construct, filePath: string): void {
  const prop = 'audio';
  if (typeof filePath !== 'string' || !fs.existsSync(filePath) || !fs.statSync(filePath).isFile()) {
    fail(scope, prop, filePath, 'the audio file does not exist');
  }
  if (path.extname(filePath).toLowerCase() !== '.wav') fail(scope, prop, filePath, 'give a .wav file (Amazon Connect prompts are WAV audio)');
  const size = fs.statSync(filePath).size;
  if (size >= MAX_BYTES) fail(scope, prop, filePath, `the file is ${size} bytes; Amazon Connect accepts prompts under 50 MB`);
  // The chunk headers come first: read the start of the file, the whole file only if needed.
  let info = readWavHeader(readStart(filePath, Math.min(size, 1024 * 1024)));
  if (typeof info === 'string' && size > 1024 * 1024) info = readWavHeader(fs.readFileSync(filePath));
  if (typeof info === 'string') fail(scope, prop, filePath, info);
  if (info.durationSeconds >= MAX_SECONDS) {
    fail(scope, prop, filePath, `the audio is ${Math.round(info.durationSeconds)} seconds long; Amazon Connect accepts prompts shorter than 5 minutes`);
  }
  if (info.formatTag !== MULAW || info.channels !== 1 || info.sampleRate !== 8000) {
    Annotations.of(scope).addWarningV2('cdk-contact-center:promptFormat',
      `${filePath} is ${info.sampleRate} Hz, ${info.channels} channel(s), WAVE format ${info.formatTag}; `
      + 'Amazon Connect plays 8 kHz mono mu-law (format 7) WAV correctly, other formats may not play correctly');
  }
}

function readStart(filePath: string, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const fd = fs.openSync(filePath, 'r');
  try {
    fs.readSync(fd, buffer, 0, length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return buffer;
}

/** The stack's bucket for prompt audio of one contact center (a per-stack singleton). */
function promptBucket(scope: Construct, contactCenter: IContactCenter): s3.IBucket {
  const stack = Stack.of(scope);
  const id = `PromptAudio${Names.nodeUniqueId(contactCenter.node)}`;
  const existing = stack.node.tryFindChild(id) as s3.Bucket | undefined;
  if (existing) return existing;
  const bucket = new s3.Bucket(stack, id, {
    // SSE-S3: Connect reads prompt objects with its service principal, which a bucket policy allows;
    // SSE-KMS would also need a key policy for Connect. Prompt audio is not confidential.
    encryption: s3.BucketEncryption.S3_MANAGED,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    versioned: true,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  allowConnectRead(bucket, contactCenter, 'prompts/*');
  suppressNag(bucket, [{
    id: 'AwsSolutions-S1',
    reason: 'Holds only prompt audio copied from the deployment assets; the template is the audit trail of what is in it.',
  }]);
  return bucket;
}

/** Options for a prompt, used by the `ContactCenter.add…()` methods. */
export interface PromptOptions {
  /** The prompt name, 1–127 characters, unique in the instance. */
  readonly name: string;

  /** The audio: `PromptAudio.fromFile('welcome.wav')` or `PromptAudio.fromBucket(bucket, key)`. */
  readonly audio: PromptAudio;

  /**
   * A description, 1–250 characters.
   * @default - no description
   */
  readonly description?: string;

  /**
   * The bucket local audio files are copied into (under `prompts/`); a statement letting Connect
   * read `prompts/*` is added to its policy. Must not use SSE-KMS unless its key lets Connect decrypt.
   *
   * @default - one bucket per stack and contact center, created on first use: SSE-S3, public access
   * blocked, TLS only, versioned, RETAIN
   */
  readonly bucket?: s3.IBucket;

  /**
   * What happens to the prompt when removed from the stack.
   * @default RemovalPolicy.DESTROY - a prompt is recreated from its audio, which stays in S3
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Tags.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
}

/** Properties of a prompt. */
export interface PromptProps extends PromptOptions {
  /** The contact center. */
  readonly contactCenter: IContactCenter;
}

/**
 * A prompt (`AWS::Connect::Prompt`): a recorded audio message that flows play, e.g. with
 * `new PlayPrompt('Welcome', { message: Message.fromPromptArn(prompt.promptArn) })`.
 */
export class Prompt extends Resource implements IPrompt {
  /** Import a prompt by ARN. */
  public static fromPromptArn(scope: Construct, id: string, promptArn: string): IPrompt {
    parseInstanceChildArn(`${scope.node.path}/${id}`, 'promptArn', promptArn, 'prompt', 'promptId');
    class Import extends Resource implements IPrompt {
      public readonly promptArn = promptArn;
    }
    return new Import(scope, id);
  }

  public readonly promptArn: string;
  /** The prompt name. */
  public readonly promptName: string;
  /** The `s3://` URI Connect reads the audio from. */
  public readonly s3Uri: string;
  /** The underlying CloudFormation resource. */
  public readonly cfnPrompt: connect.CfnPrompt;

  constructor(scope: Construct, id: string, props: PromptProps) {
    super(scope, id);
    validateStringLength(this, 'name', props.name, 1, 127);
    validateStringLength(this, 'description', props.description, 1, 250);
    validateConnectResourceTags(this, 'tags', props.tags);
    if (!(props.audio instanceof PromptAudio)) {
      failAt(this.node.path, 'audio', props.audio, 'give PromptAudio.fromFile() or PromptAudio.fromBucket()');
    }
    this.s3Uri = props.audio.bind(this, props.contactCenter, props.bucket).s3Uri;
    this.cfnPrompt = new connect.CfnPrompt(this, 'Resource', {
      instanceArn: props.contactCenter.instanceArn,
      name: props.name,
      description: props.description,
      s3Uri: this.s3Uri,
      tags: renderTags(props.tags),
    });
    this.cfnPrompt.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.DESTROY);
    // Create the prompt after its audio is in place (copy and bucket policy).
    for (const child of this.node.children) {
      if (child !== this.cfnPrompt) this.cfnPrompt.node.addDependency(child);
    }
    this.promptArn = this.cfnPrompt.attrPromptArn;
    this.promptName = props.name;
  }
}
