-- Schema version 1: subjects, listings, measure catalogue and applications, feedback,
-- users and the audit journal. Dates are YYYY-MM-DD, times UTC ISO-8601.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE region (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
  parent_code TEXT
) WITHOUT ROWID;

CREATE TABLE court (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  region_code TEXT REFERENCES region(code)
) WITHOUT ROWID;

CREATE TABLE department (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  region_code TEXT REFERENCES region(code)
);

CREATE TABLE subject (
  id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL CHECK (kind IN (1, 2)),
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  sex TEXT CHECK (sex IS NULL OR sex IN ('M', 'F')),
  birth_date TEXT,
  region_code TEXT REFERENCES region(code),
  legal_representative TEXT,
  legal_representative_key TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX subject_by_name_key ON subject(name_key);

CREATE TABLE subject_identifier (
  id INTEGER PRIMARY KEY,
  subject_id INTEGER NOT NULL REFERENCES subject(id),
  type INTEGER NOT NULL CHECK (type BETWEEN 1 AND 4),
  value TEXT NOT NULL,
  UNIQUE (type, value)
);
CREATE INDEX subject_identifier_by_subject ON subject_identifier(subject_id);

CREATE TABLE subject_alias (
  id INTEGER PRIMARY KEY,
  subject_id INTEGER NOT NULL REFERENCES subject(id),
  name TEXT NOT NULL,
  name_key TEXT NOT NULL
);
CREATE INDEX subject_alias_by_subject ON subject_alias(subject_id);
CREATE INDEX subject_alias_by_name_key ON subject_alias(name_key);

CREATE TABLE listing (
  id INTEGER PRIMARY KEY,
  subject_id INTEGER NOT NULL REFERENCES subject(id),
  court_code TEXT NOT NULL REFERENCES court(code),
  case_number TEXT NOT NULL,
  basis_document TEXT,
  basis_issuer TEXT,
  obligation TEXT,
  performance INTEGER NOT NULL DEFAULT 0 CHECK (performance IN (0, 1)),
  ground INTEGER NOT NULL CHECK (ground BETWEEN 1 AND 6),
  filing_date TEXT,
  decision_date TEXT NOT NULL,
  period_months INTEGER NOT NULL DEFAULT 0 CHECK (period_months >= 0),
  extension_months INTEGER NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 36),
  state INTEGER NOT NULL CHECK (state BETWEEN 1 AND 4),
  state_date TEXT,
  deletion_event INTEGER NOT NULL DEFAULT 0 CHECK (deletion_event BETWEEN 0 AND 8),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX listing_by_subject ON listing(subject_id);
CREATE UNIQUE INDEX listing_by_case_number ON listing(case_number, subject_id);

CREATE TABLE listing_event (
  id INTEGER PRIMARY KEY,
  listing_id INTEGER NOT NULL REFERENCES listing(id),
  occurred_on TEXT NOT NULL,
  kind INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 8),
  state INTEGER CHECK (state IS NULL OR state BETWEEN 1 AND 4),
  deletion_event INTEGER NOT NULL DEFAULT 0,
  note TEXT
);
CREATE INDEX listing_event_by_listing ON listing_event(listing_id);

CREATE TABLE measure_source (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  document_number TEXT,
  issued_on TEXT
);

CREATE TABLE measure_category (
  number INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE measure (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES measure_source(id),
  category_number INTEGER NOT NULL REFERENCES measure_category(number),
  item_number INTEGER NOT NULL,
  title TEXT NOT NULL,
  text TEXT,
  implementing_department TEXT,
  legal_basis TEXT,
  catalogue_version INTEGER NOT NULL,
  effective_from TEXT,
  effective_to TEXT,
  UNIQUE (source_id, category_number, item_number, catalogue_version)
);

CREATE TABLE measure_application (
  id INTEGER PRIMARY KEY,
  listing_id INTEGER NOT NULL REFERENCES listing(id),
  measure_id INTEGER NOT NULL REFERENCES measure(id),
  department_id INTEGER NOT NULL REFERENCES department(id),
  started_on TEXT NOT NULL,
  ended_on TEXT,
  end_reason TEXT,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX measure_application_by_listing ON measure_application(listing_id);

CREATE TABLE measure_feedback (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES measure_application(id),
  handling_type INTEGER NOT NULL CHECK (handling_type BETWEEN 1 AND 4),
  result TEXT NOT NULL,
  action TEXT,
  occurred_on TEXT NOT NULL,
  reported_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX measure_feedback_by_application ON measure_feedback(application_id);

CREATE TABLE user_account (
  id INTEGER PRIMARY KEY,
  user_name TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT,
  must_change_password INTEGER NOT NULL DEFAULT 0,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE user_role (
  user_id INTEGER NOT NULL REFERENCES user_account(id),
  role TEXT NOT NULL CHECK (role IN ('officer', 'reviewer', 'auditor', 'admin')),
  PRIMARY KEY (user_id, role)
) WITHOUT ROWID;

CREATE TABLE audit_entry (
  sequence INTEGER PRIMARY KEY,
  occurred_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  origin TEXT NOT NULL,
  action TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  details TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  entry_hash TEXT NOT NULL
);
CREATE INDEX audit_entry_by_actor ON audit_entry(actor, sequence);
CREATE INDEX audit_entry_by_entity ON audit_entry(entity_type, entity_id);
