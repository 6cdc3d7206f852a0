-- Schema version 6: leaving the list. The court-list path (revocation and the Art. 10
-- deletions mirrored with their due dates, the creditor named on a listing) and the
-- administrative path (breach information of the platform, credit repair applications under the
-- rule set of their date), measure liftings and the notifications queued for departments.
-- The bundled repair rule sets are installed by the program right after this script.

-- The creditor who applied for enforcement (申请执行人): Art. 10 blocks a creditor's new request
-- for six months after a deletion on that creditor's request.
ALTER TABLE listing ADD COLUMN creditor TEXT;

-- The court's revocations and deletions as the office mirrored them: the day the court decided
-- (or the fixed period ended), the day the mirror was due (3 working days later) and done.
CREATE TABLE listing_exit (
  id INTEGER PRIMARY KEY,
  listing_id INTEGER NOT NULL REFERENCES listing(id),
  kind INTEGER NOT NULL CHECK (kind IN (1, 2)),
  deletion_event INTEGER NOT NULL DEFAULT 0 CHECK (deletion_event BETWEEN 0 AND 8),
  court_decided_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  mirrored_on TEXT NOT NULL,
  document_number TEXT NOT NULL DEFAULT '',
  creditor TEXT NOT NULL DEFAULT '',
  creditor_key TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX listing_exit_by_listing ON listing_exit(listing_id);

-- Published fixed-period listings by decision date: the expiry job reads only the old ones.
CREATE INDEX listing_fixed_period_in_force ON listing(decision_date)
  WHERE state IN (1, 2) AND period_months > 0;

-- Versioned rule sets of credit repair, chosen by date (reference data, admin-editable).
CREATE TABLE repair_rule (
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  document TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  effective_to TEXT,
  tier INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 3),
  minimum_months INTEGER NOT NULL CHECK (minimum_months >= 0),
  maximum_months INTEGER NOT NULL CHECK (maximum_months >= minimum_months),
  processing_working_days INTEGER NOT NULL CHECK (processing_working_days > 0),
  version INTEGER NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY (code, tier)
) WITHOUT ROWID;

-- Administrative breach information the platform holds (行政失信信息), by tier.
CREATE TABLE breach_record (
  id INTEGER PRIMARY KEY,
  subject_id INTEGER NOT NULL REFERENCES subject(id),
  tier INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 3),
  decision_date TEXT NOT NULL,
  authority TEXT NOT NULL,
  document_number TEXT NOT NULL,
  behaviour TEXT NOT NULL,
  rule_set TEXT NOT NULL,
  maximum_until TEXT NOT NULL,
  state INTEGER NOT NULL DEFAULT 1 CHECK (state BETWEEN 1 AND 3),
  stopped_on TEXT,
  stop_reason TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX breach_record_by_subject ON breach_record(subject_id);
CREATE INDEX breach_record_published ON breach_record(maximum_until) WHERE state = 1;

-- Measures applied because of breach information, ended when it is repaired or expires.
CREATE TABLE breach_measure_application (
  id INTEGER PRIMARY KEY,
  breach_id INTEGER NOT NULL REFERENCES breach_record(id),
  measure_id INTEGER NOT NULL REFERENCES measure(id),
  department_id INTEGER NOT NULL REFERENCES department(id),
  started_on TEXT NOT NULL,
  ended_on TEXT,
  end_reason TEXT
);
CREATE INDEX breach_measure_by_breach ON breach_measure_application(breach_id);

CREATE TABLE repair_application (
  id INTEGER PRIMARY KEY,
  breach_id INTEGER NOT NULL REFERENCES breach_record(id),
  rule_set TEXT NOT NULL,
  state INTEGER NOT NULL CHECK (state BETWEEN 1 AND 6),
  applicant_name TEXT NOT NULL,
  applicant_contact TEXT,
  received_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  statement TEXT NOT NULL,
  decided_by TEXT,
  decided_on TEXT,
  decision_reason TEXT,
  registered_by TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  state_since TEXT NOT NULL,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX repair_application_by_breach ON repair_application(breach_id);
CREATE INDEX repair_application_open ON repair_application(state, due_on) WHERE state IN (1, 2);

CREATE TABLE repair_event (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES repair_application(id),
  from_state INTEGER NOT NULL,
  to_state INTEGER NOT NULL,
  acted_on TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  reason TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX repair_event_by_application ON repair_event(application_id);

-- Proof of performance, credit commitment and other files, inside the database.
CREATE TABLE repair_evidence (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES repair_application(id),
  kind INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 3),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  content BLOB NOT NULL,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE INDEX repair_evidence_by_application ON repair_evidence(application_id);

-- One notification per implementing department and exit, for the next exchange package.
CREATE TABLE outgoing_notification (
  id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL CHECK (kind = 1),
  department_id INTEGER NOT NULL REFERENCES department(id),
  subject_id INTEGER NOT NULL REFERENCES subject(id),
  listing_id INTEGER REFERENCES listing(id),
  breach_id INTEGER REFERENCES breach_record(id),
  reason TEXT NOT NULL,
  details TEXT NOT NULL,
  created_on TEXT NOT NULL,
  created_by TEXT NOT NULL,
  package_id TEXT,
  CHECK ((listing_id IS NULL) <> (breach_id IS NULL))
);
CREATE INDEX outgoing_notification_unsent ON outgoing_notification(id) WHERE package_id IS NULL;
CREATE INDEX outgoing_notification_by_subject ON outgoing_notification(subject_id);
