-- Schema version 5: objections (异议) with their statutory clocks, and the working-day calendar.
-- The bundled holiday notices 2023-2026 are installed by the program right after this script.

-- Days that differ from a plain Monday-to-Friday week, per State Council notice.
CREATE TABLE holiday (
  date TEXT PRIMARY KEY,
  workday INTEGER NOT NULL CHECK (workday IN (0, 1)),
  name TEXT NOT NULL,
  notice_year INTEGER NOT NULL
) WITHOUT ROWID;

-- The years whose notice is loaded; a year not here is reported, never assumed.
CREATE TABLE holiday_year (
  year INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL
);

CREATE TABLE objection (
  id INTEGER PRIMARY KEY,
  listing_id INTEGER NOT NULL REFERENCES listing(id),
  route INTEGER NOT NULL CHECK (route IN (1, 2)),
  state INTEGER NOT NULL CHECK (state BETWEEN 1 AND 13),
  applicant_name TEXT NOT NULL,
  applicant_is_agent INTEGER NOT NULL DEFAULT 0 CHECK (applicant_is_agent IN (0, 1)),
  applicant_contact TEXT,
  channel INTEGER NOT NULL CHECK (channel BETWEEN 1 AND 5),
  received_on TEXT NOT NULL,
  ground INTEGER NOT NULL CHECK (ground BETWEEN 1 AND 4),
  grounds_text TEXT NOT NULL,
  fields TEXT NOT NULL DEFAULT '',
  duplicate_of INTEGER REFERENCES objection(id),
  outcome INTEGER NOT NULL DEFAULT 0 CHECK (outcome BETWEEN 0 AND 3),
  decision_reason TEXT,
  decided_by TEXT,
  decided_on TEXT,
  accepted_on TEXT,
  forwarded_on TEXT,
  court_decision TEXT,
  court_decided_on TEXT,
  notified_on TEXT,
  reconsideration_filed_on TEXT,
  reconsideration_decision TEXT,
  reconsideration_decided_on TEXT,
  registered_by TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  state_since TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX objection_by_listing ON objection(listing_id);
CREATE INDEX objection_open ON objection(state, received_on) WHERE state <> 13;

-- Every transition: who, when, why, and what changed (old and new values of a correction).
CREATE TABLE objection_event (
  id INTEGER PRIMARY KEY,
  objection_id INTEGER NOT NULL REFERENCES objection(id),
  from_state INTEGER NOT NULL,
  to_state INTEGER NOT NULL,
  acted_on TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  reason TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX objection_event_by_objection ON objection_event(objection_id);

-- Evidence files, inside the database so that a backup holds the whole case.
CREATE TABLE objection_evidence (
  id INTEGER PRIMARY KEY,
  objection_id INTEGER NOT NULL REFERENCES objection(id),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  content BLOB NOT NULL,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE INDEX objection_evidence_by_objection ON objection_evidence(objection_id);

-- "Undetermined" leaves a visible note on the record (征信业管理条例 Art. 25).
ALTER TABLE listing ADD COLUMN objection_annotation TEXT;
