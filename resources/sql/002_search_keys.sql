-- Schema version 2: substring search over names and legal representatives.
-- An FTS5 trigram index answers substrings of three or more characters; shorter name queries
-- use the B-tree indexes on the keys (the trigram index returns nothing for them).
CREATE INDEX subject_by_legal_representative_key ON subject(legal_representative_key)
  WHERE legal_representative_key IS NOT NULL;

CREATE VIRTUAL TABLE subject_name_search USING fts5(
  name_key, legal_representative_key,
  content = 'subject', content_rowid = 'id',
  tokenize = 'trigram', detail = 'none'
);

INSERT INTO subject_name_search(rowid, name_key, legal_representative_key)
  SELECT id, name_key, legal_representative_key FROM subject;

CREATE TRIGGER subject_name_search_insert AFTER INSERT ON subject BEGIN
  INSERT INTO subject_name_search(rowid, name_key, legal_representative_key)
    VALUES (new.id, new.name_key, new.legal_representative_key);
END;

CREATE TRIGGER subject_name_search_delete AFTER DELETE ON subject BEGIN
  INSERT INTO subject_name_search(subject_name_search, rowid, name_key, legal_representative_key)
    VALUES ('delete', old.id, old.name_key, old.legal_representative_key);
END;

CREATE TRIGGER subject_name_search_update AFTER UPDATE OF name_key, legal_representative_key ON subject BEGIN
  INSERT INTO subject_name_search(subject_name_search, rowid, name_key, legal_representative_key)
    VALUES ('delete', old.id, old.name_key, old.legal_representative_key);
  INSERT INTO subject_name_search(rowid, name_key, legal_representative_key)
    VALUES (new.id, new.name_key, new.legal_representative_key);
END;
