-- Schema version 3: listing corrections decided under four eyes, and indexes for the audit
-- viewer's filters.
CREATE TABLE listing_correction (
  id INTEGER PRIMARY KEY,
  listing_id INTEGER NOT NULL REFERENCES listing(id),
  field TEXT NOT NULL CHECK (field IN ('obligation', 'performance', 'basis_document', 'basis_issuer', 'filing_date')),
  old_value TEXT,
  new_value TEXT,
  reason TEXT NOT NULL,
  listing_version INTEGER NOT NULL,
  state INTEGER NOT NULL DEFAULT 1 CHECK (state BETWEEN 1 AND 3),
  registered_by TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  decision_reason TEXT,
  row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX listing_correction_by_listing ON listing_correction(listing_id);
CREATE INDEX listing_correction_open ON listing_correction(state) WHERE state = 1;

CREATE INDEX audit_entry_by_action ON audit_entry(action, sequence);
CREATE INDEX audit_entry_by_time ON audit_entry(occurred_at);
