-- After an escalation the candidate writes to the recruiter in the ticket's thread;
-- the recruiter is mailed about new messages at most once per quiet period.
ALTER TABLE tickets ADD COLUMN IF NOT EXISTS thread_notified_at TIMESTAMPTZ;
