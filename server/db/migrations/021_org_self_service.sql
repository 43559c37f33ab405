-- Self-service fixes by policy: how long the bot may extend an expired link by, and
-- how many times per invitation, without asking the recruiter. 0 extensions (the
-- default) means the bot never extends; a strict org must keep it at 0.
ALTER TABLE orgs ADD COLUMN IF NOT EXISTS self_service_extend_hours INTEGER NOT NULL DEFAULT 24
  CHECK (self_service_extend_hours BETWEEN 1 AND 168);
ALTER TABLE orgs ADD COLUMN IF NOT EXISTS self_service_max_extensions INTEGER NOT NULL DEFAULT 0
  CHECK (self_service_max_extensions BETWEEN 0 AND 5);
