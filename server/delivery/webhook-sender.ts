import { createHmac, timingSafeEqual } from 'node:crypto';
import { DeliveryError } from './delivery-error';

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
  body: string;
}

export interface WebhookSender {
  /** Resolves on a 2xx answer; throws a DeliveryError otherwise (the worker retries). */
  send(delivery: WebhookDelivery): Promise<void>;
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
}

/** POSTs signed JSON. Redirects are not followed: the registered URL is the endpoint. */
export function createWebhookSender(options: WebhookSenderOptions = {}): WebhookSender {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? (() => new Date());
  return {
    async send(delivery) {
      // Signed at send time, not enqueue time: each retry carries a fresh timestamp,
      // so consumers can keep a short replay window.
      const timestamp = Math.floor(now().getTime() / 1000);
      let response: Response;
      try {
        response = await fetch(delivery.url, {
          method: 'POST',
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': 'linkdoctor-webhooks/1',
            [WEBHOOK_HEADERS.eventId]: delivery.eventId,
            [WEBHOOK_HEADERS.topic]: delivery.topic,
            [WEBHOOK_HEADERS.timestamp]: String(timestamp),
            [WEBHOOK_HEADERS.signature]: signWebhook(delivery.secret, timestamp, delivery.body),
          },
          body: delivery.body,
        });
      } catch (error) {
        const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : describe(error);
        throw new DeliveryError(`webhook request failed: ${reason}`);
      }
      // The answer's body is never read nor stored: the consumer's content is none of our business.
      await response.body?.cancel().catch(() => undefined);
      if (response.status < 200 || response.status >= 300) throw new DeliveryError(`webhook answered HTTP ${response.status}`);
    },
  };
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
