-- Orgs, their keys and users, jobs, invitations and each invitation's timeline.
-- Secrets (API keys, link tokens, passwords) are stored only as hashes; a link is
-- also kept AES-GCM encrypted so it can be shown again (resend).

CREATE TABLE IF NOT EXISTS orgs (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  policy TEXT NOT NULL CHECK (policy IN ('strict', 'flexible')),
  default_valid_hours INTEGER NOT NULL DEFAULT 72 CHECK (default_valid_hours > 0),
  default_access_limit INTEGER NOT NULL DEFAULT 100 CHECK (default_access_limit > 0),
  is_demo BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS api_keys (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  key_hash TEXT NOT NULL UNIQUE,
  prefix TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  revoked_at TIMESTAMPTZ
);

CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('recruiter', 'agent', 'admin')),
  org_id TEXT REFERENCES orgs(id) ON DELETE CASCADE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (role <> 'recruiter' OR org_id IS NOT NULL)
);
CREATE UNIQUE INDEX IF NOT EXISTS users_email_key ON users (lower(email));

CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'paused', 'closed')),
  recruiter_name TEXT NOT NULL,
  recruiter_email TEXT NOT NULL,
  external_id TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS jobs_org_idx ON jobs (org_id);

CREATE TABLE IF NOT EXISTS invitations (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
  job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  candidate_name TEXT NOT NULL,
  candidate_email TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('assessment', 'ai_interview', 'video_interview')),
  target_url TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  token_encrypted TEXT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  access_limit INTEGER NOT NULL CHECK (access_limit > 0),
  access_count INTEGER NOT NULL DEFAULT 0,
  sent_at TIMESTAMPTZ,
  started_at TIMESTAMPTZ,
  last_activity_at TIMESTAMPTZ,
  completed_at TIMESTAMPTZ,
  completed_reason TEXT CHECK (completed_reason IN ('submitted', 'time_limit', 'auto_submitted')),
  revoked_at TIMESTAMPTZ,
  revoked_reason TEXT,
  superseded_by TEXT REFERENCES invitations(id),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS invitations_org_idx ON invitations (org_id, created_at);
CREATE INDEX IF NOT EXISTS invitations_job_idx ON invitations (job_id);

-- Append-only: rows are inserted, never updated or deleted.
CREATE TABLE IF NOT EXISTS invitation_events (
  id TEXT PRIMARY KEY,
  invitation_id TEXT NOT NULL REFERENCES invitations(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  data JSONB NOT NULL DEFAULT '{}'::jsonb,
  recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  seq SERIAL
);
CREATE INDEX IF NOT EXISTS invitation_events_invitation_idx ON invitation_events (invitation_id, at, seq);
