import { signWebhook, verifyWebhookSignature } from './webhook-sender';

const secret = 'whsec_test';
const timestamp = 1767225600; // 2026-01-01T00:00:00Z
const body = '{"id":"evt_1","topic":"ticket.created"}';
const at = (seconds: number) => new Date(seconds * 1000);
// Computed independently: printf '%s' "$timestamp.$body" | openssl dgst -sha256 -hmac whsec_test
const OPENSSL_HMAC = 'b8245ebcc4283b7b9a69b9c6905eb434de215bd93f512edb8a63921c193a2fb7';

describe('webhook signatures', () => {
  it('signs HMAC-SHA256 over "timestamp.body", versioned v1', () => {
    expect(signWebhook(secret, timestamp, body)).toBe(`v1=${OPENSSL_HMAC}`);
  });

  it('verifies a genuine signature, the timestamp given as the header string', () => {
    expect(verifyWebhookSignature(secret, String(timestamp), body, `v1=${OPENSSL_HMAC}`, 300, at(timestamp + 10))).toBe(true);
  });

  it('accepts any one of several signatures (secret rotation)', () => {
    const header = `v1=${'0'.repeat(64)}, v1=${OPENSSL_HMAC}`;
    expect(verifyWebhookSignature(secret, timestamp, body, header, 300, at(timestamp))).toBe(true);
  });

  it.each([
    ['a changed body', secret, timestamp, `${body} `, `v1=${OPENSSL_HMAC}`],
    ['another secret', 'whsec_other', timestamp, body, `v1=${OPENSSL_HMAC}`],
    ['a changed timestamp', secret, timestamp + 1, body, `v1=${OPENSSL_HMAC}`],
    ['a bare hex signature', secret, timestamp, body, OPENSSL_HMAC],
    ['a truncated signature', secret, timestamp, body, `v1=${OPENSSL_HMAC.slice(0, 40)}`],
    ['an empty signature', secret, timestamp, body, ''],
  ])('rejects %s', (_case, key, ts, payload, signature) => {
    expect(verifyWebhookSignature(key, ts, payload, signature, 300, at(timestamp))).toBe(false);
  });

  it('rejects timestamps outside the tolerance, in the past or the future', () => {
    const signature = `v1=${OPENSSL_HMAC}`;
    expect(verifyWebhookSignature(secret, timestamp, body, signature, 300, at(timestamp + 300))).toBe(true);
    expect(verifyWebhookSignature(secret, timestamp, body, signature, 300, at(timestamp + 301))).toBe(false);
    expect(verifyWebhookSignature(secret, timestamp, body, signature, 300, at(timestamp - 301))).toBe(false);
  });

  it('rejects a timestamp that is not a whole number of seconds', () => {
    expect(verifyWebhookSignature(secret, 'soon', body, `v1=${OPENSSL_HMAC}`, 300, at(timestamp))).toBe(false);
    expect(verifyWebhookSignature(secret, `${timestamp}.5`, body, `v1=${OPENSSL_HMAC}`, 300, at(timestamp))).toBe(false);
  });
});
