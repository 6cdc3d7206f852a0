-- Central server, version 3: the evidence files of credit repair applications, by their SHA-256.
-- A desk stores a file here before it sends the change that adds it to an application; the
-- other desks fetch it when they apply that change (the change log carries only the file's name,
-- kind, size and digest). A file sent twice is stored once.

CREATE TABLE evidence_file (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL CHECK (size >= 0),
  content bytea NOT NULL,
  -- A file that does not match its name is refused, never kept for the other desks to fail on.
  CHECK (encode(sha256(content), 'hex') = sha256 AND octet_length(content) = size),
  stored_by text NOT NULL REFERENCES desk(id),
  stored_at timestamptz NOT NULL DEFAULT now()
);
