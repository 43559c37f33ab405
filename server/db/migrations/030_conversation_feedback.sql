-- The candidate's satisfaction rating of a conversation (the latest one counts), and
-- when its transcript was last mailed to the invitation's address (rate limit).
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS rating_score INTEGER CHECK (rating_score BETWEEN 1 AND 5);
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS rating_comment TEXT;
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS rated_at TIMESTAMPTZ;
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS transcript_mailed_at TIMESTAMPTZ;
CREATE INDEX IF NOT EXISTS conversations_rated_idx ON conversations (rated_at) WHERE rated_at IS NOT NULL;
