-- Standard Webhooks (standardwebhooks.com). A secret is `whsec_` + base64 of the key
-- bytes. Secrets issued before this migration were used as UTF-8 text for the old
-- `X-Linkdoctor-Signature` HMAC: those webhooks are marked `legacy` and keep working
-- unchanged; their Standard Webhooks signatures use the same bytes (see
-- server/delivery/webhook-signing.ts), so no consumer needs a new secret.
ALTER TABLE webhooks ADD COLUMN IF NOT EXISTS secret_format TEXT NOT NULL DEFAULT 'legacy'
  CHECK (secret_format IN ('legacy', 'standard'));
ALTER TABLE webhooks ALTER COLUMN secret_format SET DEFAULT 'standard';

-- One row per attempt to send a webhook event, kept for the org to inspect
-- (GET /api/v1/webhooks/:id/deliveries) after the outbox row itself is purged.
CREATE TABLE IF NOT EXISTS webhook_attempts (
  id TEXT PRIMARY KEY,
  webhook_id TEXT NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  topic TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  attempted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  status_code INTEGER,
  duration_ms INTEGER NOT NULL,
  error TEXT
);
CREATE INDEX IF NOT EXISTS webhook_attempts_webhook_idx ON webhook_attempts (webhook_id, attempted_at DESC, id);
