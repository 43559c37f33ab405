-- Transactional outbox: notifications are rows written in the same transaction as
-- the change they announce, and delivered afterwards by workers on any node.
-- Delivery is at-least-once; the row id is the event id consumers deduplicate by.

-- Per-org webhook endpoints. The secret signs deliveries, so it is kept encrypted
-- (recoverable), not hashed. topics: JSON array of topic names, or ["*"] for all.
CREATE TABLE IF NOT EXISTS webhooks (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  secret_encrypted TEXT NOT NULL,
  topics JSONB NOT NULL DEFAULT '["*"]'::jsonb,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS webhooks_org_idx ON webhooks (org_id, created_at);

-- status: pending (never tried), sending (leased to a worker until locked_until),
-- failed (will be retried at next_attempt_at), sent, dead (gave up).
-- While sending, next_attempt_at equals locked_until, so one condition finds both
-- due work and leases abandoned by a crashed worker.
CREATE TABLE IF NOT EXISTS outbox (
  id TEXT PRIMARY KEY,
  org_id TEXT REFERENCES orgs(id) ON DELETE CASCADE,
  channel TEXT NOT NULL CHECK (channel IN ('email', 'webhook')),
  topic TEXT NOT NULL,
  -- A deleted webhook takes its undelivered events with it.
  webhook_id TEXT REFERENCES webhooks(id) ON DELETE CASCADE,
  payload JSONB NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  locked_until TIMESTAMPTZ,
  last_error TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  sent_at TIMESTAMPTZ,
  CHECK (channel <> 'webhook' OR webhook_id IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS outbox_due_idx ON outbox (next_attempt_at)
  WHERE status IN ('pending', 'sending', 'failed');
CREATE INDEX IF NOT EXISTS outbox_webhook_idx ON outbox (webhook_id);
