-- Chat conversations and their messages. The resume secret is stored only as a
-- sha256 hash; a link only as its token's hash and, when known, its invitation.
-- Each bot turn keeps the diagnostic trace behind it, for transcripts and support.

CREATE TABLE IF NOT EXISTS conversations (
  id TEXT PRIMARY KEY,
  resume_secret_hash TEXT NOT NULL,
  token_hash TEXT,
  invitation_id TEXT REFERENCES invitations(id) ON DELETE SET NULL,
  org_id TEXT REFERENCES orgs(id) ON DELETE CASCADE,
  time_zone TEXT,
  locale TEXT,
  outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'self_served', 'escalated', 'abandoned')),
  -- The scenario of the latest answer, so transcripts can be filtered without a join.
  scenario TEXT,
  client_diagnostics JSONB,
  client_diagnostics_at TIMESTAMPTZ,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_activity_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS conversations_created_idx ON conversations (created_at);
CREATE INDEX IF NOT EXISTS conversations_scenario_idx ON conversations (scenario, created_at);
CREATE INDEX IF NOT EXISTS conversations_outcome_idx ON conversations (outcome, created_at);
CREATE INDEX IF NOT EXISTS conversations_org_idx ON conversations (org_id, created_at);
CREATE INDEX IF NOT EXISTS conversations_invitation_idx ON conversations (invitation_id);

CREATE TABLE IF NOT EXISTS conversation_messages (
  id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('bot', 'candidate', 'recruiter', 'agent', 'system')),
  text TEXT NOT NULL,
  scenario TEXT,
  quick_replies JSONB,
  -- What the client shows besides the text (facts, article reference).
  details JSONB,
  -- Chosen by the client; NULLs are distinct, so bot turns never collide.
  client_message_id TEXT,
  -- Bot turns: scenario, rule fired, article id and version, scores, link snapshot.
  trace JSONB,
  at TIMESTAMPTZ NOT NULL,
  -- Messages of one turn can share a timestamp; seq keeps their order.
  seq BIGSERIAL,
  CONSTRAINT conversation_messages_client_id_key UNIQUE (conversation_id, client_message_id)
);
CREATE INDEX IF NOT EXISTS conversation_messages_conversation_idx ON conversation_messages (conversation_id, seq);
CREATE INDEX IF NOT EXISTS conversation_messages_scenario_idx ON conversation_messages (scenario, at);
