-- The links the demo seed created. The demo page lists these and nothing else, so
-- invitations made later with the printed demo API keys (real or not) never show up
-- on a public page.
CREATE TABLE IF NOT EXISTS demo_links (
  invitation_id TEXT PRIMARY KEY REFERENCES invitations (id) ON DELETE CASCADE,
  seeded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
