-- Schema version 10: notices (文书). Templates are versioned (an edit adds a version; a notice
-- names the version it used); serial numbers (文号) run per office, year and type without gaps,
-- taken in the same transaction that records the notice; a reissue is a new version of the
-- notice under the same serial number and never overwrites the earlier one.
CREATE TABLE notice_template (
  type TEXT NOT NULL,
  language TEXT NOT NULL,
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (type, language, version)
) WITHOUT ROWID;

CREATE TABLE notice_serial (
  office TEXT NOT NULL,
  year INTEGER NOT NULL,
  type TEXT NOT NULL,
  last_number INTEGER NOT NULL,
  PRIMARY KEY (office, year, type)
) WITHOUT ROWID;

CREATE TABLE notice (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  office TEXT NOT NULL,
  year INTEGER NOT NULL,
  number INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  serial_text TEXT NOT NULL,
  language TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  subject_id INTEGER NOT NULL REFERENCES subject(id),
  listing_id INTEGER REFERENCES listing(id),
  recipient TEXT NOT NULL,
  title TEXT NOT NULL,
  content TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  verification_code TEXT NOT NULL UNIQUE,
  issued_on TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  reissue_reason TEXT,
  UNIQUE (office, year, type, number, version)
);
CREATE INDEX notice_by_serial ON notice(serial_text, version);
CREATE INDEX notice_by_subject ON notice(subject_id, issued_at);
CREATE INDEX notice_by_listing ON notice(listing_id, type);
