-- The support console: full-text search over chat turns, the audit of who read
-- which transcript, and agents' labels on questions the knowledge base missed.

-- 'simple' keeps every word (no stemming, no stop words): candidates write in many
-- languages, and agents search for exact words they saw.
CREATE INDEX IF NOT EXISTS conversation_messages_text_fts
  ON conversation_messages USING GIN (to_tsvector('simple', text));
-- Cursor pagination walks (created_at, id) newest first.
CREATE INDEX IF NOT EXISTS conversations_created_id_idx ON conversations (created_at, id);
-- The purge deletes by last activity.
CREATE INDEX IF NOT EXISTS conversations_last_activity_idx ON conversations (last_activity_at);

-- Who read (or exported) which transcript. No foreign key to conversations: the
-- audit must outlive a purged transcript.
CREATE TABLE IF NOT EXISTS transcript_views (
  id TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
  user_email TEXT NOT NULL,
  user_role TEXT NOT NULL,
  via TEXT NOT NULL DEFAULT 'detail' CHECK (via IN ('detail', 'export')),
  viewed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS transcript_views_conversation_idx ON transcript_views (conversation_id, viewed_at);

-- An agent's verdict on a question the bot was unsure of. It goes with the message:
-- purging a conversation purges its labels too.
CREATE TABLE IF NOT EXISTS question_labels (
  message_id TEXT PRIMARY KEY REFERENCES conversation_messages(id) ON DELETE CASCADE,
  scenario TEXT NOT NULL,
  labelled_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  labelled_by_email TEXT NOT NULL,
  labelled_at TIMESTAMPTZ NOT NULL
);
