-- The link state a conversation was last told about: a change to the link is
-- announced once (one node claims it by moving this value) and only when it differs.
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS link_state TEXT;
