-- Schema version 8: the review of screening results. Every match a row found is kept (the
-- batch's result row keeps the best one), officers decide on matches — "confirmed hit" under
-- four eyes, "not the same person" — and may whitelist an applicant against one listing until a
-- date. Decisions and whitelist entries are added, never rewritten: a decision's state moves
-- from proposed to confirmed or rejected once, with who and why.

CREATE TABLE screening_match (
  batch_id INTEGER NOT NULL,
  line INTEGER NOT NULL,
  rank INTEGER NOT NULL,
  subject_id INTEGER NOT NULL,
  listing_id INTEGER NOT NULL,
  case_number TEXT NOT NULL,
  in_force INTEGER NOT NULL CHECK (in_force IN (0, 1)),
  score REAL NOT NULL,
  match_keys TEXT NOT NULL,
  explanation TEXT NOT NULL,
  whitelist_id INTEGER, -- the whitelist entry that cleared this match, if one did
  PRIMARY KEY (batch_id, line, rank),
  FOREIGN KEY (batch_id, line) REFERENCES screening_result(batch_id, line)
) WITHOUT ROWID;

CREATE TABLE screening_decision (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL,
  line INTEGER NOT NULL,
  subject_id INTEGER NOT NULL,
  listing_id INTEGER NOT NULL,
  kind INTEGER NOT NULL CHECK (kind IN (1, 2)),       -- 1 confirmed hit, 2 not the same person
  state INTEGER NOT NULL CHECK (state IN (0, 1, 2)),  -- 0 proposed, 1 in effect, 2 rejected
  reason TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  second_by TEXT,                                     -- the second officer of a confirmation
  second_at TEXT,
  second_reason TEXT,
  FOREIGN KEY (batch_id, line) REFERENCES screening_result(batch_id, line)
);
-- At most one decision per match that is proposed or in effect.
CREATE UNIQUE INDEX screening_decision_open ON screening_decision(batch_id, line, subject_id) WHERE state IN (0, 1);
CREATE INDEX screening_decision_proposed ON screening_decision(state) WHERE state = 0;

CREATE TABLE screening_whitelist (
  id INTEGER PRIMARY KEY,
  applicant_key TEXT NOT NULL,
  applicant_name TEXT NOT NULL,
  identifier_masked TEXT NOT NULL,
  subject_id INTEGER NOT NULL REFERENCES subject(id),
  listing_id INTEGER NOT NULL REFERENCES listing(id),
  reason TEXT NOT NULL,
  expires_on TEXT NOT NULL,
  decision_id INTEGER REFERENCES screening_decision(id),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_by TEXT,
  revoked_at TEXT,
  revoke_reason TEXT
);
CREATE INDEX screening_whitelist_by_applicant ON screening_whitelist(applicant_key, listing_id);

-- The applicant's legal representative as given, for the side-by-side comparison.
ALTER TABLE screening_result ADD COLUMN legal_representative TEXT NOT NULL DEFAULT '';
