-- Schema version 7: batch screening of applicants against the list. Each batch is a frozen
-- record: the input file's hash, the list's snapshot, the thresholds and the algorithm version,
-- and every row's result, no-hit rows included. Applicants' identifiers are kept masked, with a
-- SHA-256 of the whole identifier to compare batches and to match the whitelist.

-- The organisation code inside a credit code (characters 9 to 17), for matching.
CREATE INDEX subject_identifier_by_organisation_code ON subject_identifier(substr(value, 9, 9)) WHERE type = 2;
-- Resident IDs by their last four characters, covering: a masked or mistyped ID finds the IDs
-- that may be meant in one index range, without reading the table.
CREATE INDEX subject_identifier_resident_by_suffix
  ON subject_identifier(substr(value, -4), value, subject_id) WHERE type = 1;

CREATE TABLE screening_batch (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  file_description TEXT NOT NULL,
  mapping TEXT NOT NULL,
  rows_screened INTEGER NOT NULL,
  rows_skipped INTEGER NOT NULL,
  hits INTEGER NOT NULL,
  possible INTEGER NOT NULL,
  history INTEGER NOT NULL,
  list_snapshot TEXT NOT NULL,
  thresholds TEXT NOT NULL,
  algorithm_version INTEGER NOT NULL,
  screened_on TEXT NOT NULL,
  previous_batch INTEGER REFERENCES screening_batch(id),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX screening_batch_by_file ON screening_batch(file_sha256, id);

CREATE TABLE screening_result (
  batch_id INTEGER NOT NULL REFERENCES screening_batch(id),
  line INTEGER NOT NULL,
  reference TEXT NOT NULL,
  name TEXT NOT NULL,
  identifier_masked TEXT NOT NULL,
  applicant_key TEXT NOT NULL,
  outcome INTEGER NOT NULL CHECK (outcome BETWEEN 0 AND 3),
  score REAL NOT NULL,
  subject_id INTEGER,
  listing_id INTEGER,
  match_keys TEXT NOT NULL,
  explanation TEXT NOT NULL,
  warning TEXT NOT NULL,
  PRIMARY KEY (batch_id, line)
) WITHOUT ROWID;
