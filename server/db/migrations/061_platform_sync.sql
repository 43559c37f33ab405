-- Sync without duplicates: platforms retry, so a job or an invitation is known by
-- the platform's own id (external_id, unique per org) and POSTs take an
-- Idempotency-Key.

ALTER TABLE invitations ADD COLUMN IF NOT EXISTS external_id TEXT;
CREATE UNIQUE INDEX IF NOT EXISTS invitations_org_external_key ON invitations (org_id, external_id) WHERE external_id IS NOT NULL;

-- Jobs could share an external id before. The newest keeps it; older ones get the
-- id suffixed (nothing is lost, and the platform's upsert finds the job it last made).
UPDATE jobs j SET external_id = j.external_id || ' (duplicate ' || j.id || ')'
WHERE j.external_id IS NOT NULL AND EXISTS (
  SELECT 1 FROM jobs k
  WHERE k.org_id = j.org_id AND k.external_id = j.external_id AND (k.created_at, k.id) > (j.created_at, j.id)
);
CREATE UNIQUE INDEX IF NOT EXISTS jobs_org_external_key ON jobs (org_id, external_id) WHERE external_id IS NOT NULL;

-- Keyset pagination of the list endpoints.
CREATE INDEX IF NOT EXISTS invitations_org_updated_idx ON invitations (org_id, updated_at, id);
CREATE INDEX IF NOT EXISTS jobs_org_created_idx ON jobs (org_id, created_at DESC, id DESC);

-- One row per (org, route, key). status NULL: the first request is still running.
-- The stored answer can hold a link token, so it is kept encrypted like every link.
CREATE TABLE IF NOT EXISTS idempotency_keys (
  org_id TEXT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  route TEXT NOT NULL,
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status INTEGER,
  response_encrypted TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, route, key)
);
CREATE INDEX IF NOT EXISTS idempotency_keys_created_idx ON idempotency_keys (created_at);
