-- Schema version 4: ranked search with pinyin keys, masked identifiers and filters.
-- pinyin_key and initials_key are filled by the program (ICU) right after this script, in the
-- same transaction. latest_decision is the newest listing decision of the subject, kept by the
-- triggers below, so that results tied on relevance come newest first straight from an index.
ALTER TABLE subject ADD COLUMN pinyin_key TEXT NOT NULL DEFAULT '';
ALTER TABLE subject ADD COLUMN initials_key TEXT NOT NULL DEFAULT '';
ALTER TABLE subject ADD COLUMN latest_decision TEXT NOT NULL DEFAULT '';
-- Set by the objection workflow while an objection against the listing is under review (异议中).
ALTER TABLE listing ADD COLUMN under_objection INTEGER NOT NULL DEFAULT 0 CHECK (under_objection IN (0, 1));

UPDATE subject SET latest_decision = coalesce(
  (SELECT max(decision_date) FROM listing l WHERE l.subject_id = subject.id), '');

-- Names: equality and prefix ranges on the key; the first one or two characters with the newest
-- listing first answer the short queries officers type most (王, 王伟) in relevance order.
DROP INDEX subject_by_name_key;
CREATE INDEX subject_by_name_key ON subject(name_key, latest_decision DESC);
CREATE INDEX subject_by_name_first_character ON subject(substr(name_key, 1, 1), latest_decision DESC);
CREATE INDEX subject_by_name_first_two_characters ON subject(substr(name_key, 1, 2), latest_decision DESC);
-- Pinyin: covering the keys the better tiers are excluded by, so a tier of a thousand
-- subjects ("wangwei") is ranked without reading the rows.
CREATE INDEX subject_by_pinyin_key
  ON subject(pinyin_key, latest_decision DESC, name_key, legal_representative_key);
CREATE INDEX subject_by_initials_key
  ON subject(initials_key, latest_decision DESC, name_key, legal_representative_key, pinyin_key);
-- Filters without a name: newest first, and the region drill-down.
CREATE INDEX subject_by_latest_decision ON subject(latest_decision DESC);
CREATE INDEX subject_by_region ON subject(region_code);
-- Masked identifiers (3201**********1234): the last four characters, then the whole value.
CREATE INDEX subject_identifier_by_suffix ON subject_identifier(substr(value, -4), value);
-- Listing filters that select few subjects.
CREATE INDEX listing_by_court ON listing(court_code);
CREATE INDEX listing_under_objection ON listing(subject_id) WHERE under_objection = 1;

CREATE TRIGGER subject_latest_decision_insert AFTER INSERT ON listing BEGIN
  UPDATE subject SET latest_decision = new.decision_date
    WHERE id = new.subject_id AND latest_decision < new.decision_date;
END;

CREATE TRIGGER subject_latest_decision_update AFTER UPDATE OF decision_date, subject_id ON listing BEGIN
  UPDATE subject SET latest_decision = coalesce(
    (SELECT max(decision_date) FROM listing l WHERE l.subject_id = subject.id), '')
    WHERE id IN (old.subject_id, new.subject_id);
END;

CREATE TRIGGER subject_latest_decision_delete AFTER DELETE ON listing BEGIN
  UPDATE subject SET latest_decision = coalesce(
    (SELECT max(decision_date) FROM listing l WHERE l.subject_id = subject.id), '')
    WHERE id = old.subject_id;
END;
