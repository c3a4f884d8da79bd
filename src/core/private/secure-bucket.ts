import { aws_kms as kms, aws_s3 as s3 } from 'aws-cdk-lib';

/**
 * The settings every bucket of this library has: SSE-KMS with a customer managed key and the
 * bucket key, all public access blocked, TLS 1.2+ only, versioning, owner-enforced objects.
 */
export function secureBucketProps(encryptionKey: kms.IKey): s3.BucketProps {
  return {
    encryption: s3.BucketEncryption.KMS,
    encryptionKey,
    bucketKeyEnabled: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    versioned: true,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
  };
}
