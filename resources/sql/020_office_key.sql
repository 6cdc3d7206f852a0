-- Schema version 20: the office key. Whitelist entries travel through the central server with the
-- applicant's key keyed with a secret the office's desks share and the server does not hold
-- (HMAC-SHA-256, models/security/OfficeKey): the plain key, a SHA-256 of the identifier, would let a
-- reader of the server's database find the eight hidden digits of a masked ID number (a birth
-- date) by trying them. A desk without the office key keeps its entries' changes until it has one.

-- The desk's office key: one row, set by an officer or administrator (OfficeKeyService), copied as
-- text to the office's other desks. The fingerprint names it without revealing it.
CREATE TABLE office_key (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  secret      BLOB NOT NULL CHECK (length(secret) = 32),
  fingerprint TEXT NOT NULL,
  set_by      TEXT NOT NULL,
  set_at      TEXT NOT NULL
);

-- The fingerprint of the key an entry's applicant_key is keyed with; NULL: the plain key. Setting
-- the office key keys every plain entry; an entry from another desk keeps the key it came with.
ALTER TABLE screening_whitelist ADD COLUMN office_key TEXT;

-- As in schema 18, with the key's fingerprint in the entry (NULL: the plain key). A change whose
-- entry has no fingerprint is not sent (SyncRepository::waitingChanges) until the office key is
-- set, which keys the entry in the change as well (OfficeKeyRepository).
DROP VIEW whitelist_sync_state;
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
           'applicant_key', w.applicant_key, 'office_key', w.office_key, 'applicant_name', w.applicant_name,
           'identifier_masked', w.identifier_masked, 'reason', w.reason, 'expires_on', w.expires_on,
           'created_by', w.created_by, 'created_at', w.created_at, 'revoked_by', w.revoked_by,
           'revoked_at', w.revoked_at, 'revoke_reason', w.revoke_reason)) AS payload,
       EXISTS (SELECT 1 FROM subject_identifier i WHERE i.subject_id = l.subject_id) AS nameable
FROM screening_whitelist w JOIN listing l ON l.id = w.listing_id
CROSS JOIN (SELECT lower(hex(randomblob(16))) AS h) u;
