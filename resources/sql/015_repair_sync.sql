-- Schema version 15: credit repair travels between desks through the central server. A desk that
-- joined a server records in its outbox, in the same transaction as the work (triggers below):
-- each item of breach information recorded on it, with the measures applied because of it; each
-- step of a repair application; each evidence file added to one (the file's content goes to the
-- server's file store when the change is sent, and is fetched from there by the other desks).
-- Rows applied from the server name the desk they came from (from_desk): they are neither sent
-- back nor reported to the platform by this desk, and the measures their decision lifts are
-- notified to the departments by the deciding desk.

ALTER TABLE breach_record ADD COLUMN from_desk TEXT;
ALTER TABLE repair_event ADD COLUMN from_desk TEXT;
ALTER TABLE repair_evidence ADD COLUMN from_desk TEXT;
-- A notification queued by a repair decision the central server then refused (another desk had
-- decided first): withdrawn before any package carried it, so that it is never sent.
ALTER TABLE outgoing_notification ADD COLUMN withdrawn_at TEXT;

-- Breach information is recorded once and never changed through the server (publication stops by
-- a repair decision, which travels with the application, or by expiry, which each desk confirms
-- itself): one change from version 0. The other desks find it by what they all know it by: the
-- subject's identifiers, the authority and the number of its decision.
CREATE TRIGGER breach_record_sync AFTER INSERT ON breach_record
WHEN NEW.from_desk IS NULL AND EXISTS (SELECT 1 FROM sync_desk)
BEGIN
  INSERT INTO sync_entity (entity_type, local_id, entity_key, server_version)
    VALUES ('breach', NEW.id, 'breach/' || NEW.recorded_by || '/' || NEW.recorded_at || '/' || NEW.document_number, 0);
  INSERT INTO sync_outbox (change_id, entity_type, local_id, event_id, base_version, action, payload, actor, reason,
                           recorded_at)
  SELECT substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-' || substr(u.h, 13, 4) || '-' || substr(u.h, 17, 4)
           || '-' || substr(u.h, 21, 12),
         'breach', NEW.id, NULL, 0, 'breach.record',
         json_object(
           'breach', json_object(
             'identifiers', (SELECT json_group_array(json_array(i.type, i.value)) FROM subject_identifier i
                             WHERE i.subject_id = NEW.subject_id),
             'tier', NEW.tier, 'decision_date', NEW.decision_date, 'authority', NEW.authority,
             'document_number', NEW.document_number, 'behaviour', NEW.behaviour, 'rule_set', NEW.rule_set,
             'maximum_until', NEW.maximum_until, 'recorded_by', NEW.recorded_by, 'recorded_at', NEW.recorded_at,
             'measures', json_array())),
         NEW.recorded_by,
         'breach information ' || NEW.document_number,
         NEW.recorded_at
  FROM (SELECT lower(hex(randomblob(16))) AS h) u;
END;

-- The measures are stored right after the information, in the same transaction: each is added to
-- the change while it waits to be sent.
CREATE TRIGGER breach_measure_sync AFTER INSERT ON breach_measure_application
WHEN EXISTS (SELECT 1 FROM sync_outbox b WHERE b.entity_type = 'breach' AND b.local_id = NEW.breach_id AND b.state = 0)
BEGIN
  UPDATE sync_outbox
  SET payload = json_insert(payload, '$.breach.measures[#]', json((
        SELECT json_object('source', s.code, 'category', m.category_number, 'item', m.item_number,
                           'catalogue_version', m.catalogue_version, 'department', d.name,
                           'started_on', NEW.started_on)
        FROM measure m JOIN measure_source s ON s.id = m.source_id, department d
        WHERE m.id = NEW.measure_id AND d.id = NEW.department_id)))
  WHERE entity_type = 'breach' AND local_id = NEW.breach_id AND state = 0;
END;

-- What every repair change carries: the breach information by what every desk knows it by, and
-- the application as it is after the step (or with the evidence file added); with a new change id
-- and the base version as for objections (-1 when an earlier change of the application waits to
-- be sent). The change id is made once per statement: read one application at a time.
CREATE VIEW repair_sync_state AS
SELECT r.id AS application_id,
       'repair/' || r.registered_by || '/' || r.registered_at || '/' || b.document_number AS entity_key,
       substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-' || substr(u.h, 13, 4) || '-' || substr(u.h, 17, 4)
         || '-' || substr(u.h, 21, 12) AS change_id,
       CASE WHEN EXISTS (SELECT 1 FROM sync_outbox w WHERE w.entity_type = 'repair' AND w.local_id = r.id AND w.state = 0)
            THEN -1
            ELSE (SELECT e.server_version FROM sync_entity e WHERE e.entity_type = 'repair' AND e.local_id = r.id)
       END AS base_version,
       json_object(
         'breach', json_object(
           'key', (SELECT k.entity_key FROM sync_entity k WHERE k.entity_type = 'breach' AND k.local_id = b.id),
           'identifiers', (SELECT json_group_array(json_array(i.type, i.value)) FROM subject_identifier i
                           WHERE i.subject_id = b.subject_id),
           'authority', b.authority, 'document_number', b.document_number, 'decision_date', b.decision_date),
         'application', json_object(
           'rule_set', r.rule_set, 'state', r.state, 'applicant_name', r.applicant_name,
           'applicant_contact', r.applicant_contact, 'received_on', r.received_on, 'due_on', r.due_on,
           'statement', r.statement, 'decided_by', r.decided_by, 'decided_on', r.decided_on,
           'decision_reason', r.decision_reason, 'registered_by', r.registered_by,
           'registered_at', r.registered_at, 'state_since', r.state_since)) AS payload
FROM repair_application r JOIN breach_record b ON b.id = r.breach_id
CROSS JOIN (SELECT lower(hex(randomblob(16))) AS h) u;

CREATE TRIGGER repair_event_sync AFTER INSERT ON repair_event
WHEN NEW.from_desk IS NULL AND EXISTS (SELECT 1 FROM sync_desk)
BEGIN
  INSERT OR IGNORE INTO sync_entity (entity_type, local_id, entity_key, server_version)
    SELECT 'repair', s.application_id, s.entity_key, 0 FROM repair_sync_state s
    WHERE s.application_id = NEW.application_id;
  INSERT INTO sync_outbox (change_id, entity_type, local_id, event_id, base_version, action, payload, actor, reason,
                           recorded_at)
  SELECT s.change_id, 'repair', s.application_id, NEW.id, s.base_version,
         CASE WHEN NEW.from_state = NEW.to_state THEN 'repair.register' ELSE 'repair.step' END,
         json_set(s.payload, '$.event', json_object(
           'from_state', NEW.from_state, 'to_state', NEW.to_state, 'acted_on', NEW.acted_on,
           'recorded_at', NEW.recorded_at, 'actor', NEW.actor, 'reason', NEW.reason, 'details', json(NEW.details))),
         NEW.actor,
         CASE WHEN trim(NEW.reason) = '' THEN 'repair step' ELSE NEW.reason END,
         NEW.recorded_at
  FROM repair_sync_state s
  WHERE s.application_id = NEW.application_id;
END;

-- An evidence file is a change of its application: one added while another desk's change of the
-- application has not reached this desk is refused as a conflict, and is then never counted here
-- (the other desks do not have it). The change names the file by its SHA-256; event_id is the
-- file's row here.
CREATE TRIGGER repair_evidence_sync AFTER INSERT ON repair_evidence
WHEN NEW.from_desk IS NULL AND EXISTS (SELECT 1 FROM sync_desk)
BEGIN
  INSERT OR IGNORE INTO sync_entity (entity_type, local_id, entity_key, server_version)
    SELECT 'repair', s.application_id, s.entity_key, 0 FROM repair_sync_state s
    WHERE s.application_id = NEW.application_id;
  INSERT INTO sync_outbox (change_id, entity_type, local_id, event_id, base_version, action, payload, actor, reason,
                           recorded_at)
  SELECT s.change_id, 'repair', s.application_id, NEW.id, s.base_version,
         'repair.evidence',
         json_set(s.payload, '$.evidence', json_object(
           'kind', NEW.kind, 'file_name', NEW.file_name, 'media_type', NEW.media_type, 'size', NEW.size,
           'sha256', NEW.sha256, 'added_by', NEW.added_by, 'added_at', NEW.added_at)),
         NEW.added_by,
         'evidence ' || NEW.file_name,
         NEW.added_at
  FROM repair_sync_state s
  WHERE s.application_id = NEW.application_id;
END;
