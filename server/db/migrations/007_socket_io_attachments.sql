-- The Socket.IO PostgreSQL adapter (several nodes on one database) sends events
-- between nodes with NOTIFY; a payload over NOTIFY's 8000-byte limit travels
-- through this table instead, and each node deletes rows older than 30 s.
-- Harmless on the embedded store, which is single-node and never uses it.
CREATE TABLE IF NOT EXISTS socket_io_attachments (
  id BIGSERIAL UNIQUE,
  created_at TIMESTAMPTZ DEFAULT now(),
  payload BYTEA
);
