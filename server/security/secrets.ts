import * as crypto from 'node:crypto';
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';

/** A link token or API key: `bytes` from the CSPRNG, base64url. 18 bytes = 144 bits. */
export function generateSecret(bytes = 18): string {
  return randomBytes(bytes).toString('base64url');
}

export function newId(): string {
  return randomUUID();
}

// crypto.hash (Node 20.12+) skips building a Hash object: every link lookup hashes its token.
const oneShotHash: typeof crypto.hash | undefined = (crypto as Partial<typeof crypto>).hash;

/**
 * Tokens and API keys carry at least 128 random bits, so a fast hash is enough:
 * there is nothing to brute-force, and lookups by hash stay an index hit.
 */
export function hashSecret(secret: string): string {
  return oneShotHash ? oneShotHash('sha256', secret, 'hex') : createHash('sha256').update(secret, 'utf8').digest('hex');
}

const IV_BYTES = 12;

/** AES-256-GCM: `iv.tag.ciphertext`, base64url. */
export function encryptSecret(plain: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function decryptSecret(sealed: string, key: Buffer): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}
