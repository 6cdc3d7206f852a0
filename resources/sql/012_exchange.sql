-- Schema version 12: exchange with the credit platform (docs/exchange-format.md). A package is
-- applied whole or not at all, once: its id is remembered, and packages of a source apply in
-- the order of their sequence numbers — one that arrives early waits here, content and all,
-- until the gap is filled. The platform's keys of subjects, listings and measure applications
-- map to local ids. Outgoing feedback packages are numbered and remember the last rows they
-- carried, so the next package starts after them.
CREATE TABLE exchange_package (
  id TEXT PRIMARY KEY,
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  source TEXT NOT NULL,
  sequence INTEGER NOT NULL CHECK (sequence >= 1),
  state TEXT NOT NULL CHECK (state IN ('applied', 'waiting', 'written')),
  body_sha256 TEXT NOT NULL,
  records INTEGER NOT NULL,
  content BLOB,
  watermark TEXT,
  received_at TEXT NOT NULL,
  applied_at TEXT,
  actor TEXT NOT NULL,
  UNIQUE (direction, source, sequence)
) WITHOUT ROWID;

CREATE TABLE exchange_key (
  source TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('subject', 'listing', 'application')),
  key TEXT NOT NULL,
  local_id INTEGER NOT NULL,
  PRIMARY KEY (source, kind, key)
) WITHOUT ROWID;
CREATE INDEX exchange_key_by_local ON exchange_key(kind, local_id);
