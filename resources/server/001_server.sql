-- Central server (PostgreSQL), version 1: the desks of several offices and the change log
-- through which they share their workflow actions. Each desk keeps its own SQLite cache; it
-- pushes a change with the version of the entity it started from, and the server accepts it only
-- when that is still the entity's version; otherwise the change is kept as a conflict for the
-- officer to decide, and nothing is overwritten.

CREATE TABLE server_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE desk (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 100),
  office text NOT NULL CHECK (length(office) BETWEEN 1 AND 200),
  registered_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);

-- Every accepted change, in the order the server accepted it: desks pull after a sequence.
CREATE TABLE change_log (
  sequence bigserial PRIMARY KEY,
  change_id uuid NOT NULL UNIQUE, -- given by the desk: a change sent twice is stored once
  desk_id text NOT NULL REFERENCES desk(id),
  entity_type text NOT NULL,
  entity_key text NOT NULL,
  base_version integer NOT NULL CHECK (base_version >= 0),
  version integer NOT NULL CHECK (version = base_version + 1),
  action text NOT NULL,
  payload jsonb NOT NULL,
  actor text NOT NULL,
  reason text NOT NULL CHECK (length(reason) > 0),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_log_by_entity ON change_log(entity_type, entity_key, sequence);

-- The current version of each entity a desk has changed through the server.
CREATE TABLE entity_version (
  entity_type text NOT NULL,
  entity_key text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  last_sequence bigint NOT NULL REFERENCES change_log(sequence),
  PRIMARY KEY (entity_type, entity_key)
);

-- A change refused because the entity moved on since the desk read it.
CREATE TABLE conflict (
  id bigserial PRIMARY KEY,
  change_id uuid NOT NULL UNIQUE,
  desk_id text NOT NULL REFERENCES desk(id),
  entity_type text NOT NULL,
  entity_key text NOT NULL,
  base_version integer NOT NULL,
  server_version integer NOT NULL,
  action text NOT NULL,
  payload jsonb NOT NULL,
  actor text NOT NULL,
  reason text NOT NULL,
  detected_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolution text
);
CREATE INDEX conflict_open ON conflict(desk_id, id) WHERE resolved_at IS NULL;
