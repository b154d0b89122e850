-- Used by @socket.io/postgres-adapter for payloads too large for NOTIFY, when several app
-- processes share one PostgreSQL server. Harmless and unused on the embedded database.
CREATE TABLE IF NOT EXISTS socket_io_attachments (
  id bigserial UNIQUE,
  created_at timestamptz DEFAULT NOW(),
  payload bytea
);
