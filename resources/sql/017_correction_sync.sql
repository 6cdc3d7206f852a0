-- Schema version 17: corrections of a listing decided under four eyes (schema 3) travel between
-- desks through the central server. A desk that joined a server records in its outbox, in the same
-- transaction as the work (triggers below), each correction registered on it and each decision
-- taken on it: a reviewer on any desk may decide a correction registered on another. Two reviewers
-- deciding one correction on two desks before hearing of each other: the first decision stands,
-- the second is refused as a conflict and undone on its desk.

-- The desk a correction was registered on, and the desk it was decided on, when that was another
-- desk (NULL: here). Rows and decisions applied from the server are not sent back.
ALTER TABLE listing_correction ADD COLUMN from_desk TEXT;
ALTER TABLE listing_correction ADD COLUMN decided_on_desk TEXT;

-- What every correction change carries: the listing by what every desk knows it by, and the
-- correction as it is after the change; with a new change id and the base version as for
-- objections (-1 when an earlier change of the correction waits to be sent). A correction's shared
-- key is made of who registered it, when (to the millisecond), the listing's case number and its
-- row here (two registered within a millisecond differ; desks made from copies of one cache share
-- the row numbers of the corrections they both have). The change id is made once per statement:
-- read one correction at a time.
CREATE VIEW correction_sync_state AS
SELECT c.id AS correction_id,
       'correction/' || c.registered_by || '/' || c.registered_at || '/' || l.case_number || '/' || c.id
         AS entity_key,
       substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-' || substr(u.h, 13, 4) || '-' || substr(u.h, 17, 4)
         || '-' || substr(u.h, 21, 12) AS change_id,
       CASE WHEN EXISTS (SELECT 1 FROM sync_outbox w WHERE w.entity_type = 'correction' AND w.local_id = c.id
                                                       AND w.state = 0)
            THEN -1
            ELSE coalesce((SELECT e.server_version FROM sync_entity e
                           WHERE e.entity_type = 'correction' AND e.local_id = c.id), 0)
       END AS base_version,
       CASE c.state WHEN 1 THEN 'correction.register' WHEN 2 THEN 'correction.approve' ELSE 'correction.reject'
       END AS action,
       json_object(
         'listing', json_object(
           'case_number', l.case_number, 'court', l.court_code,
           'identifiers', (SELECT json_group_array(json_array(i.type, i.value)) FROM subject_identifier i
                           WHERE i.subject_id = l.subject_id)),
         'correction', json_object(
           'field', c.field, 'old_value', c.old_value, 'new_value', c.new_value, 'reason', c.reason,
           'state', c.state, 'registered_by', c.registered_by, 'registered_at', c.registered_at,
           'decided_by', c.decided_by, 'decided_at', c.decided_at, 'decision_reason', c.decision_reason))
         AS payload,
       EXISTS (SELECT 1 FROM subject_identifier i WHERE i.subject_id = l.subject_id) AS nameable
FROM listing_correction c JOIN listing l ON l.id = c.listing_id
CROSS JOIN (SELECT lower(hex(randomblob(16))) AS h) u;

-- A registration is one change from version 0. A listing whose subject has no identifier cannot be
-- named to the other desks: its corrections stay on this desk.
CREATE TRIGGER listing_correction_register_sync AFTER INSERT ON listing_correction
WHEN NEW.from_desk IS NULL AND EXISTS (SELECT 1 FROM sync_desk)
BEGIN
  INSERT OR IGNORE INTO sync_entity (entity_type, local_id, entity_key, server_version)
    SELECT 'correction', s.correction_id, s.entity_key, 0 FROM correction_sync_state s
    WHERE s.correction_id = NEW.id AND s.nameable;
  INSERT INTO sync_outbox (change_id, entity_type, local_id, event_id, base_version, action, payload, actor, reason,
                           recorded_at)
  SELECT s.change_id, 'correction', s.correction_id, NULL, s.base_version, s.action, s.payload, NEW.registered_by,
         NEW.reason, NEW.registered_at
  FROM correction_sync_state s
  WHERE s.correction_id = NEW.id AND s.nameable;
END;

-- A decision taken here (not one applied from another desk, not a refused one put back to waiting).
-- A correction registered before the desk joined gets its key now: a desk made from a copy of the
-- same cache knows it by the same key.
CREATE TRIGGER listing_correction_decide_sync AFTER UPDATE OF state ON listing_correction
WHEN OLD.state = 1 AND NEW.state IN (2, 3) AND NEW.decided_on_desk IS NULL AND EXISTS (SELECT 1 FROM sync_desk)
BEGIN
  INSERT OR IGNORE INTO sync_entity (entity_type, local_id, entity_key, server_version)
    SELECT 'correction', s.correction_id, s.entity_key, 0 FROM correction_sync_state s
    WHERE s.correction_id = NEW.id AND s.nameable;
  INSERT INTO sync_outbox (change_id, entity_type, local_id, event_id, base_version, action, payload, actor, reason,
                           recorded_at)
  SELECT s.change_id, 'correction', s.correction_id, NULL, s.base_version, s.action, s.payload, NEW.decided_by,
         NEW.decision_reason, NEW.decided_at
  FROM correction_sync_state s
  WHERE s.correction_id = NEW.id AND s.nameable;
END;
