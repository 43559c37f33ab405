import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

// Webhook signing per the Standard Webhooks specification, through its reference
// library, so what we send is exactly what consumers verify in any language. The one
// module that knows the library: replacing it touches this file only.

/**
 * `standard`: `whsec_` + base64 of 32 random bytes, the key the specification means.
 * `legacy`: a secret issued before Standard Webhooks (migration 060), whose text
 * itself was the HMAC key; it keeps signing with those same bytes.
 */
export type SecretFormat = 'standard' | 'legacy';

export const STANDARD_WEBHOOK_HEADERS = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * The secret a consumer gives the `standardwebhooks` library: the stored one for
 * `standard`; for `legacy`, the same key bytes (the secret's UTF-8 text) re-encoded
 * as `whsec_<base64>`. A consumer can compute it from the secret it already holds.
 */
export function standardSecretFor(secret: string, format: SecretFormat): string {
  return format === 'legacy' ? `whsec_${Buffer.from(secret, 'utf8').toString('base64')}` : secret;
}

/** The three Standard Webhooks headers for one attempt at `at`. */
export function standardWebhookHeaders(secret: string, format: SecretFormat, message: { id: string; at: Date; body: string }): Record<string, string> {
  const signer = new Webhook(standardSecretFor(secret, format));
  return {
    [STANDARD_WEBHOOK_HEADERS.id]: message.id,
    [STANDARD_WEBHOOK_HEADERS.timestamp]: String(Math.floor(message.at.getTime() / 1000)),
    [STANDARD_WEBHOOK_HEADERS.signature]: signer.sign(message.id, message.at, message.body),
  };
}
