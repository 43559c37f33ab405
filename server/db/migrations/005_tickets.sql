-- Escalation tickets. A ticket keeps snapshots (diagnosis, link timeline, browser
-- check) as they were when the candidate escalated, so later changes to the link
-- do not rewrite what the recruiter was told.

CREATE TABLE IF NOT EXISTS tickets (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  -- NULL: no valid link (e.g. mistyped), so the ticket waits in the support queue.
  org_id TEXT REFERENCES orgs(id) ON DELETE CASCADE,
  job_id TEXT REFERENCES jobs(id) ON DELETE SET NULL,
  invitation_id TEXT REFERENCES invitations(id) ON DELETE SET NULL,
  conversation_id TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'resolved')),
  scenario TEXT NOT NULL,
  description TEXT NOT NULL,
  contact_email TEXT,
  occurred_at TIMESTAMPTZ NOT NULL,
  reporter_time_zone TEXT,
  diagnosis JSONB NOT NULL DEFAULT '{}'::jsonb,
  link_timeline JSONB NOT NULL DEFAULT '[]'::jsonb,
  client_diagnostics JSONB,
  proposed_fixes JSONB NOT NULL DEFAULT '[]'::jsonb,
  idempotency_key TEXT,
  request_hash TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS tickets_idempotency_key ON tickets (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS tickets_org_status_idx ON tickets (org_id, status, created_at);
CREATE INDEX IF NOT EXISTS tickets_conversation_idx ON tickets (conversation_id);

CREATE TABLE IF NOT EXISTS ticket_screenshots (
  ticket_id TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/webp')),
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  bytes BYTEA NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (ticket_id, n)
);

-- The ticket's own history: created, actions taken, replies, status changes.
CREATE TABLE IF NOT EXISTS ticket_events (
  id TEXT PRIMARY KEY,
  ticket_id TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  actor TEXT NOT NULL,
  data JSONB NOT NULL DEFAULT '{}'::jsonb,
  at TIMESTAMPTZ NOT NULL,
  seq SERIAL
);
CREATE INDEX IF NOT EXISTS ticket_events_ticket_idx ON ticket_events (ticket_id, seq);
