-- Rate-limit counters shared by every node (server/http/limits.ts, rate-limiter-flexible's
-- PostgreSQL layout: key, points, expire in epoch milliseconds). Unlogged: losing
-- counters in a crash only resets budgets, and every request writes here.
-- Unused on the embedded store, which counts in memory.
CREATE UNLOGGED TABLE IF NOT EXISTS rate_limits (
  key VARCHAR(255) PRIMARY KEY,
  points INTEGER NOT NULL DEFAULT 0,
  expire BIGINT
);
CREATE INDEX IF NOT EXISTS rate_limits_expire ON rate_limits (expire);
