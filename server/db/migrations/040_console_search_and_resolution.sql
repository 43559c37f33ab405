-- The support console at scale (issue 15): search by candidate and ticket, hiding
-- conversations nobody spoke in, and resolution figures read from the link's events.

-- Search (transcript-query.ts `searchMatches`): each term is a union of these look-ups.
CREATE INDEX IF NOT EXISTS invitations_candidate_email_lower_idx ON invitations (lower(candidate_email));
CREATE INDEX IF NOT EXISTS invitations_candidate_name_fts ON invitations USING GIN (to_tsvector('simple', candidate_name));
CREATE INDEX IF NOT EXISTS tickets_description_fts ON tickets USING GIN (to_tsvector('simple', description));
CREATE INDEX IF NOT EXISTS tickets_reference_upper_idx ON tickets (upper(reference));

-- "Did the candidate say anything?" for every listed conversation: a probe of this
-- small index instead of the conversation's messages.
CREATE INDEX IF NOT EXISTS conversation_messages_candidate_idx
  ON conversation_messages (conversation_id) WHERE role = 'candidate';

-- Verified resolution looks for the candidate's later use of the same link or its
-- replacement (same job, same candidate).
CREATE INDEX IF NOT EXISTS invitations_job_candidate_idx ON invitations (job_id, lower(candidate_email), created_at);

-- The widget's rating (`conversation:rate`). Nullable: most conversations are not
-- rated. IF NOT EXISTS, so the chat's own migration may add the same columns.
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS rating_score INTEGER CHECK (rating_score BETWEEN 1 AND 5);
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS rating_comment TEXT;
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS rated_at TIMESTAMPTZ;
