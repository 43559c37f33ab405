import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { DeliveryError, type AttemptResult } from './delivery-error';
import { BlockedAddressError, isPublicAddress, literalAddress, publicOnlyLookup } from './public-address';
import { standardWebhookHeaders, type SecretFormat } from './webhook-signing';

/** The scheme before Standard Webhooks, still sent to webhooks whose secret predates it. */
export const WEBHOOK_HEADERS = {
  eventId: 'X-Linkdoctor-Event-Id',
  topic: 'X-Linkdoctor-Topic',
  timestamp: 'X-Linkdoctor-Timestamp',
  signature: 'X-Linkdoctor-Signature',
} as const;

export interface WebhookDelivery {
  /** The outbox id: the same on every retry, so consumers deduplicate by it. */
  eventId: string;
  topic: string;
  url: string;
  secret: string;
  /** Absent: `standard`. */
  secretFormat?: SecretFormat;
  body: string;
}

export interface WebhookSender {
  /** Resolves on a 2xx answer; throws a DeliveryError otherwise (the worker retries). */
  send(delivery: WebhookDelivery): Promise<AttemptResult | void>;
}

/** `v1=<hex HMAC-SHA256(secret, "timestamp.body")>`; the version leaves room for another scheme. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/**
 * For consumers: true when `signature` (the header, possibly several comma-separated
 * `v1=` values) matches and the timestamp is within `toleranceSeconds` of `now`,
 * which bounds how long a captured request can be replayed. Constant-time comparison.
 */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string | number,
  body: string,
  signature: string,
  toleranceSeconds = 300,
  now: Date = new Date(),
): boolean {
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds) || Math.abs(now.getTime() / 1000 - seconds) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, seconds, body));
  return signature
    .split(',')
    .map((part) => Buffer.from(part.trim()))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
}

export interface WebhookSenderOptions {
  timeoutMs?: number;
  now?: () => Date;
  /** Allow loopback and private addresses (WEBHOOK_PRIVATE_ADDRESSES=allow; tests, closed networks). */
  allowPrivateAddresses?: boolean;
}

/** POSTs signed JSON. Redirects are not followed: the registered URL is the endpoint. */
export function createWebhookSender(options: WebhookSenderOptions = {}): WebhookSender {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? (() => new Date());
  const guarded = options.allowPrivateAddresses !== true;
  return {
    async send(delivery) {
      const url = new URL(delivery.url);
      const literal = literalAddress(url);
      // Retrying cannot make a private address public: permanent.
      if (guarded && literal !== undefined && !isPublicAddress(literal)) {
        throw new DeliveryError(`webhook request failed: ${new BlockedAddressError(literal).message}`, true);
      }
      // Signed at send time, not enqueue time: each retry carries a fresh timestamp,
      // so consumers can keep a short replay window.
      const at = now();
      const headers = {
        'Content-Type': 'application/json',
        'User-Agent': 'linkdoctor-webhooks/1',
        ...signedHeaders(delivery, at),
        ...(delivery.secretFormat === 'legacy' ? legacyHeaders(delivery, at) : {}),
      };
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      let status: number;
      try {
        status = await post(url, headers, delivery.body, timeoutMs, guarded);
      } catch (error) {
        if (error instanceof BlockedAddressError) throw new DeliveryError(`webhook request failed: ${error.message}`, true, { durationMs: elapsed() });
        const reason = (error as Error).name === 'AbortError' ? `no answer within ${timeoutMs} ms` : describe(error);
        throw new DeliveryError(`webhook request failed: ${reason}`, false, { durationMs: elapsed() });
      }
      const attempt = { statusCode: status, durationMs: elapsed() };
      if (status < 200 || status >= 300) throw new DeliveryError(`webhook answered HTTP ${status}`, false, attempt);
      return attempt;
    },
  };
}

/** A secret that is not a `whsec_<base64>` key can never sign: permanent. */
function signedHeaders(delivery: WebhookDelivery, at: Date): Record<string, string> {
  try {
    return standardWebhookHeaders(delivery.secret, delivery.secretFormat ?? 'standard', { id: delivery.eventId, at, body: delivery.body });
  } catch (error) {
    throw new DeliveryError(`webhook secret unusable: ${(error as Error).message}`, true, { durationMs: 0 });
  }
}

function legacyHeaders(delivery: WebhookDelivery, at: Date): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    [WEBHOOK_HEADERS.eventId]: delivery.eventId,
    [WEBHOOK_HEADERS.topic]: delivery.topic,
    [WEBHOOK_HEADERS.timestamp]: String(timestamp),
    [WEBHOOK_HEADERS.signature]: signWebhook(delivery.secret, timestamp, delivery.body),
  };
}

/**
 * One POST with node's own client, whose `lookup` hook sees the address it connects
 * to (fetch offers no such hook). Resolves with the status; the answer's body is never
 * read nor stored: the consumer's content is none of our business.
 */
function post(url: URL, headers: Record<string, string>, body: string, timeoutMs: number, guarded: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        signal: AbortSignal.timeout(timeoutMs),
        agent: false,
        ...(guarded ? { lookup: publicOnlyLookup } : {}),
      },
      (response) => {
        resolve(response.statusCode ?? 0);
        response.destroy();
      },
    );
    request.once('error', reject);
    request.end(body);
  });
}

function describe(error: unknown): string {
  const failure = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  return failure.cause?.code ?? failure.code ?? failure.cause?.message ?? failure.message ?? String(error);
}
