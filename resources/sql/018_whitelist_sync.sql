-- Schema version 18: the screening whitelist travels between desks through the central server. An
-- applicant an officer found to be someone else than a listed subject, whitelisted against that
-- listing until a date (schema 8), is cleared on every desk of the office: screening the same
-- applicant on another desk no longer flags that listing. A desk that joined a server records in
-- its outbox, in the same transaction as the work (triggers below), each entry added on it and each
-- revocation. The applicant is named by the key screening makes of the whole identifier (a SHA-256,
-- the same on every desk), the name and the masked identifier; the batch and the decision the entry
-- came from stay on the desk that screened.

-- The desk an entry was added on, and the desk it was revoked on, when that was another desk
-- (NULL: here). Entries and revocations applied from the server are not sent back.
ALTER TABLE screening_whitelist ADD COLUMN from_desk TEXT;
ALTER TABLE screening_whitelist ADD COLUMN revoked_on_desk TEXT;

-- What every whitelist change carries: the listing by what every desk knows it by, and the entry
-- as it is after the change; with a new change id and the base version as for objections. An
-- entry's shared key is made of who added it, when (to the millisecond), the listing's case number
-- and its row here (as for corrections).
-- The change id is made once per statement: read one entry at a time. A listing whose subject has
-- no identifier cannot be named to the other desks: its entries stay on this desk.
CREATE VIEW whitelist_sync_state AS
SELECT w.id AS entry_id,
       'whitelist/' || w.created_by || '/' || w.created_at || '/' || l.case_number || '/' || w.id AS entity_key,
       substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-' || substr(u.h, 13, 4) || '-' || substr(u.h, 17, 4)
         || '-' || substr(u.h, 21, 12) AS change_id,
       CASE WHEN EXISTS (SELECT 1 FROM sync_outbox b WHERE b.entity_type = 'whitelist' AND b.local_id = w.id
                                                       AND b.state = 0)
            THEN -1
            ELSE coalesce((SELECT e.server_version FROM sync_entity e
                           WHERE e.entity_type = 'whitelist' AND e.local_id = w.id), 0)
       END AS base_version,
       json_object(
         'listing', json_object(
           'case_number', l.case_number, 'court', l.court_code,
           'identifiers', (SELECT json_group_array(json_array(i.type, i.value)) FROM subject_identifier i
                           WHERE i.subject_id = l.subject_id)),
         'entry', json_object(
           'applicant_key', w.applicant_key, 'applicant_name', w.applicant_name,
           'identifier_masked', w.identifier_masked, 'reason', w.reason, 'expires_on', w.expires_on,
           'created_by', w.created_by, 'created_at', w.created_at, 'revoked_by', w.revoked_by,
           'revoked_at', w.revoked_at, 'revoke_reason', w.revoke_reason)) AS payload,
       EXISTS (SELECT 1 FROM subject_identifier i WHERE i.subject_id = l.subject_id) AS nameable
FROM screening_whitelist w JOIN listing l ON l.id = w.listing_id
CROSS JOIN (SELECT lower(hex(randomblob(16))) AS h) u;

-- An entry is added once: one change from version 0.
CREATE TRIGGER screening_whitelist_add_sync AFTER INSERT ON screening_whitelist
WHEN NEW.from_desk IS NULL AND EXISTS (SELECT 1 FROM sync_desk)
BEGIN
  INSERT OR IGNORE INTO sync_entity (entity_type, local_id, entity_key, server_version)
    SELECT 'whitelist', s.entry_id, s.entity_key, 0 FROM whitelist_sync_state s
    WHERE s.entry_id = NEW.id AND s.nameable;
  INSERT INTO sync_outbox (change_id, entity_type, local_id, event_id, base_version, action, payload, actor, reason,
                           recorded_at)
  SELECT s.change_id, 'whitelist', s.entry_id, NULL, s.base_version, 'whitelist.add', s.payload, NEW.created_by,
         NEW.reason, NEW.created_at
  FROM whitelist_sync_state s
  WHERE s.entry_id = NEW.id AND s.nameable;
END;

-- A revocation taken here (not one applied from another desk). An entry added before the desk
-- joined gets its key now: a desk made from a copy of the same cache knows it by the same key.
CREATE TRIGGER screening_whitelist_revoke_sync AFTER UPDATE OF revoked_by ON screening_whitelist
WHEN OLD.revoked_by IS NULL AND NEW.revoked_by IS NOT NULL AND NEW.revoked_on_desk IS NULL
  AND EXISTS (SELECT 1 FROM sync_desk)
BEGIN
  INSERT OR IGNORE INTO sync_entity (entity_type, local_id, entity_key, server_version)
    SELECT 'whitelist', s.entry_id, s.entity_key, 0 FROM whitelist_sync_state s
    WHERE s.entry_id = NEW.id AND s.nameable;
  INSERT INTO sync_outbox (change_id, entity_type, local_id, event_id, base_version, action, payload, actor, reason,
                           recorded_at)
  SELECT s.change_id, 'whitelist', s.entry_id, NULL, s.base_version, 'whitelist.revoke', s.payload, NEW.revoked_by,
         NEW.revoke_reason, NEW.revoked_at
  FROM whitelist_sync_state s
  WHERE s.entry_id = NEW.id AND s.nameable;
END;
