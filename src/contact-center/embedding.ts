import { createHash, createPublicKey } from 'crypto';
import { Token, aws_connect as connect } from 'aws-cdk-lib';
import { IContactCenter } from '../core/contact-center';
import { fail } from '../core/private/validate';

/**
 * Approved origins and security keys: approved origins are what a web page embedding the Contact
 * Control Panel (Amazon Connect Streams) or the chat widget needs; security keys are the instance's
 * `AssociateSecurityKey` public keys. Not part of the public API; used by
 * `ContactCenter.addApprovedOrigin()` and `addSecurityKey()`.
 */

/** `AWS::Connect::ApprovedOrigin`'s limit. */
const MAX_ORIGIN = 267;
/** `AWS::Connect::SecurityKey`'s limit. */
const MAX_KEY = 1024;
/** CloudFormation's limit of security keys per instance (`AWS::Connect::SecurityKey`). */
const MAX_KEYS_PER_INSTANCE = 2;

const origins = new WeakMap<IContactCenter, Set<string>>();
const keys = new WeakMap<IContactCenter, Set<string>>();

/** Validates an origin: `https://host[:port]`, nothing after it. */
function checkOrigin(contactCenter: IContactCenter, origin: string): void {
  if (typeof origin !== 'string') fail(contactCenter, 'origin', origin, 'give an https origin such as "https://agents.example.com"');
  if (Token.isUnresolved(origin)) return;
  if (origin.length > MAX_ORIGIN) fail(contactCenter, 'origin', origin, `at most ${MAX_ORIGIN} characters`);
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return fail(contactCenter, 'origin', origin, 'must be an https origin such as "https://agents.example.com"');
  }
  if (url.protocol !== 'https:') fail(contactCenter, 'origin', origin, 'must use https (Amazon Connect embeds the agent app only in secure pages)');
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || /\/$/.test(origin) || origin.includes('*')) {
    fail(contactCenter, 'origin', origin, `give the origin only (scheme, host and optional port, e.g. "${url.protocol}//${url.host}"), without a path, query, trailing "/" or wildcard`);
  }
}

/** @internal implementation of `ContactCenter.addApprovedOrigin()`. */
export function addApprovedOrigin(contactCenter: IContactCenter, origin: string): connect.CfnApprovedOrigin {
  checkOrigin(contactCenter, origin);
  const seen = origins.get(contactCenter) ?? new Set<string>();
  origins.set(contactCenter, seen);
  const key = Token.isUnresolved(origin) ? origin : origin.toLowerCase();
  if (seen.has(key)) fail(contactCenter, 'origin', origin, 'already approved for this contact center');
  seen.add(key);
  // IDs from the value, so that adding or removing one origin does not rename the others.
  return new connect.CfnApprovedOrigin(contactCenter, `ApprovedOrigin${Token.isUnresolved(origin) ? seen.size : hash(key)}`, {
    instanceId: contactCenter.instanceArn,
    origin,
  });
}

/** @internal implementation of `ContactCenter.addSecurityKey()`. */
export function addSecurityKey(contactCenter: IContactCenter, pem: string): connect.CfnSecurityKey {
  if (typeof pem !== 'string') fail(contactCenter, 'publicKeyPem', pem, 'give a PEM public key ("-----BEGIN PUBLIC KEY-----…")');
  if (!Token.isUnresolved(pem)) {
    const text = pem.trim();
    if (/PRIVATE KEY-----/.test(text)) {
      fail(contactCenter, 'publicKeyPem', '(a private key)', 'give the public key only; a private key must never be in a template');
    }
    if (!/^-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----$/.test(text)) {
      fail(contactCenter, 'publicKeyPem', `${text.slice(0, 40)}…`, 'must be a PEM public key: "-----BEGIN PUBLIC KEY-----", base64 lines, "-----END PUBLIC KEY-----"');
    }
    try {
      createPublicKey(text);
    } catch (e) {
      fail(contactCenter, 'publicKeyPem', `${text.slice(0, 40)}…`, `not a readable public key (${(e as Error).message})`);
    }
    if (text.length > MAX_KEY) {
      fail(contactCenter, 'publicKeyPem', `${text.length} characters`, `Amazon Connect accepts keys of at most ${MAX_KEY} characters (e.g. RSA 2048 or 4096 bits)`);
    }
  }
  const seen = keys.get(contactCenter) ?? new Set<string>();
  keys.set(contactCenter, seen);
  const normalised = Token.isUnresolved(pem) ? pem : pem.trim();
  if (seen.has(normalised)) fail(contactCenter, 'publicKeyPem', `${normalised.slice(0, 40)}…`, 'this key is already associated with the contact center');
  if (seen.size >= MAX_KEYS_PER_INSTANCE) {
    fail(contactCenter, 'publicKeyPem', `security key ${seen.size + 1}`, `an instance holds at most ${MAX_KEYS_PER_INSTANCE} security keys (AWS::Connect::SecurityKey)`);
  }
  seen.add(normalised);
  return new connect.CfnSecurityKey(contactCenter, `SecurityKey${Token.isUnresolved(pem) ? seen.size : hash(normalised)}`, {
    instanceId: contactCenter.instanceArn,
    key: normalised,
  });
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 8).toUpperCase();
}
