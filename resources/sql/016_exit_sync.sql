-- Schema version 16: the court's revocations and deletions of listings, as an office mirrored
-- them (CourtListService), travel between desks through the central server. A desk that joined a
-- server records each mirror in its outbox, in the same transaction as the mirror (trigger below);
-- the other desks take the listing off the list too and end its measures, the departments being
-- notified by the desk that mirrored. A deletion at the end of a fixed period is not sent: every
-- desk confirms it itself by the same rule (ExpiryService), as it does for breach information.
-- Also: the key of a feedback entry gets its row number (the trigger of schema 14 made again, last).

-- The desk the mirror was recorded on, when it came from the central server (NULL: recorded here).
ALTER TABLE listing_exit ADD COLUMN from_desk TEXT;
-- The listing's state before the mirror (1 published, 2 masked), and what the mirror lifted (per
-- department, as MeasureLifting returns it): what is put back when the central server refuses it.
ALTER TABLE listing_exit ADD COLUMN state_before INTEGER;
ALTER TABLE listing_exit ADD COLUMN lifted TEXT;
-- When the central server refused the mirror because another desk had mirrored a court decision on
-- the listing first: undone here, and kept as what happened on this desk.
ALTER TABLE listing_exit ADD COLUMN refused_at TEXT;

-- When this desk undid what a change of its own did, because the server refused it or an earlier
-- change of the same case (a refused change's successors are refused too: they are undone with it).
ALTER TABLE sync_outbox ADD COLUMN undone_at TEXT;

-- A listing leaves the list once: its mirror is one change from version 0 of the entity "exit",
-- keyed by what every desk knows the listing by (case number and the subject's first identifier).
-- Two desks mirroring a decision on one listing before hearing of each other: the second is
-- refused as a conflict. event_id is the mirror's row here. A listing whose subject has no
-- identifier cannot be named to the other desks: its mirror stays on this desk.
CREATE TRIGGER listing_exit_sync AFTER INSERT ON listing_exit
WHEN NEW.from_desk IS NULL AND NEW.deletion_event <> 8 AND EXISTS (SELECT 1 FROM sync_desk)
  AND EXISTS (SELECT 1 FROM listing l JOIN subject_identifier i ON i.subject_id = l.subject_id
              WHERE l.id = NEW.listing_id)
BEGIN
  INSERT OR IGNORE INTO sync_entity (entity_type, local_id, entity_key, server_version)
    SELECT 'exit', l.id,
           'exit/' || l.case_number || '/' || (SELECT i.type || ':' || i.value FROM subject_identifier i
                                               WHERE i.subject_id = l.subject_id ORDER BY i.type, i.value LIMIT 1),
           0
    FROM listing l WHERE l.id = NEW.listing_id;
  INSERT INTO sync_outbox (change_id, entity_type, local_id, event_id, base_version, action, payload, actor, reason,
                           recorded_at)
  SELECT substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-' || substr(u.h, 13, 4) || '-' || substr(u.h, 17, 4)
           || '-' || substr(u.h, 21, 12),
         'exit', l.id, NEW.id,
         CASE WHEN EXISTS (SELECT 1 FROM sync_outbox w WHERE w.entity_type = 'exit' AND w.local_id = l.id AND w.state = 0)
              THEN -1
              ELSE (SELECT e.server_version FROM sync_entity e WHERE e.entity_type = 'exit' AND e.local_id = l.id)
         END,
         CASE NEW.kind WHEN 1 THEN 'exit.revoke' ELSE 'exit.delete' END,
         json_object(
           'listing', json_object(
             'case_number', l.case_number, 'court', l.court_code,
             'identifiers', (SELECT json_group_array(json_array(i.type, i.value)) FROM subject_identifier i
                             WHERE i.subject_id = l.subject_id)),
           'exit', json_object(
             'kind', NEW.kind, 'deletion_event', NEW.deletion_event, 'court_decided_on', NEW.court_decided_on,
             'due_on', NEW.due_on, 'mirrored_on', NEW.mirrored_on, 'document_number', NEW.document_number,
             'creditor', NEW.creditor, 'creditor_key', NEW.creditor_key, 'reason', NEW.reason,
             'recorded_by', NEW.recorded_by,
             'recorded_at', NEW.recorded_at, 'state', l.state, 'state_before', NEW.state_before),
           'event', json_object(
             'to_state', l.state, 'acted_on', NEW.mirrored_on, 'actor', NEW.recorded_by, 'reason', NEW.reason,
             'details', json_object('lifted', json(coalesce(NEW.lifted, '[]'))))),
         NEW.recorded_by,
         NEW.reason,
         NEW.recorded_at
  FROM listing l CROSS JOIN (SELECT lower(hex(randomblob(16))) AS h) u
  WHERE l.id = NEW.listing_id;
END;

-- Feedback entries (schema 14) are keyed with their row as well: one officer recording two entries
-- on one case within a millisecond (a batch) made one key twice. Desks made from copies of one
-- cache still share the key of an entry they both have, as they share its row number.
DROP TRIGGER measure_feedback_sync;
CREATE TRIGGER measure_feedback_sync AFTER INSERT ON measure_feedback
WHEN NEW.from_desk IS NULL AND EXISTS (SELECT 1 FROM sync_desk)
BEGIN
  INSERT INTO sync_entity (entity_type, local_id, entity_key, server_version)
    SELECT 'feedback', NEW.id,
           'feedback/' || coalesce(NEW.recorded_by, NEW.reported_by) || '/' || NEW.recorded_at || '/' || l.case_number
             || '/' || NEW.id, 0
    FROM measure_application a JOIN listing l ON l.id = a.listing_id
    WHERE a.id = NEW.application_id;
  INSERT INTO sync_outbox (change_id, entity_type, local_id, event_id, base_version, action, payload, actor, reason,
                           recorded_at)
  SELECT substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-' || substr(u.h, 13, 4) || '-' || substr(u.h, 17, 4)
           || '-' || substr(u.h, 21, 12),
         'feedback', NEW.id, NULL, 0, 'feedback.record',
         json_object(
           'listing', json_object(
             'case_number', l.case_number, 'court', l.court_code,
             'identifiers', (SELECT json_group_array(json_array(i.type, i.value)) FROM subject_identifier i
                             WHERE i.subject_id = l.subject_id)),
           'application', json_object(
             'platform_key', json((SELECT json_array(k.source, k.key) FROM exchange_key k
                                   WHERE k.kind = 'application' AND k.local_id = a.id
                                   ORDER BY k.source, k.key LIMIT 1)),
             'source', s.code, 'category', m.category_number, 'item', m.item_number,
             'catalogue_version', m.catalogue_version, 'department', d.name, 'started_on', a.started_on),
           'feedback', json_object(
             'handling_type', NEW.handling_type, 'result', NEW.result, 'action', NEW.action,
             'occurred_on', NEW.occurred_on, 'reported_by', NEW.reported_by, 'recorded_at', NEW.recorded_at,
             'recorded_by', NEW.recorded_by)),
         coalesce(NEW.recorded_by, NEW.reported_by),
         NEW.result,
         NEW.recorded_at
  FROM measure_application a
  JOIN listing l ON l.id = a.listing_id
  JOIN measure m ON m.id = a.measure_id
  JOIN measure_source s ON s.id = m.source_id
  JOIN department d ON d.id = a.department_id
  CROSS JOIN (SELECT lower(hex(randomblob(16))) AS h) u
  WHERE a.id = NEW.application_id;
END;
