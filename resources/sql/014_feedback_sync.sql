-- Schema version 14: departments' feedback travels between desks through the central server.
-- A desk that joined a server records each feedback entry recorded on it as a change in its
-- outbox, in the same transaction as the entry (trigger below). The entry names its measure
-- application by what every desk knows it by: the listing (case number and the subject's
-- identifiers), the measure (source, category, item and catalogue version), the department and
-- the day the measure started. Entries applied from the server name the desk they came from
-- (measure_feedback.from_desk) and are neither sent back nor carried by this desk's outgoing
-- packages: the desk that recorded an entry reports it to the platform.

-- The officer who recorded the entry (NULL for entries recorded before version 14, and for demo data).
ALTER TABLE measure_feedback ADD COLUMN recorded_by TEXT;
-- The desk the entry was recorded on, when it came from the central server (NULL: recorded here).
ALTER TABLE measure_feedback ADD COLUMN from_desk TEXT;

-- Another desk's feedback entry whose measure application this desk does not have yet (its
-- platform package has not been imported): set aside, so that the pull goes on with the changes
-- after it, and applied by a later synchronisation once the application is here. Entries are
-- independent of each other and of the objection steps, so their order does not matter.
CREATE TABLE sync_set_aside (
  sequence INTEGER PRIMARY KEY, -- the server's change number
  desk_id TEXT NOT NULL,
  change_id TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  version INTEGER NOT NULL,
  action TEXT NOT NULL,
  payload TEXT NOT NULL,
  actor TEXT NOT NULL,
  reason TEXT NOT NULL,
  waiting_for TEXT NOT NULL,
  set_aside_at TEXT NOT NULL
);

-- An entry's shared key is made of who recorded it, when (to the millisecond) and the case
-- number, so that two desks that started from copies of one cache know an entry by one key (two
-- entries with one key, which would take the same officer twice in one millisecond, fail loudly).
-- Entries are never changed once recorded: each is one change, with base version 0. The
-- application is named by the platform's key as well, when it came in a package.
CREATE TRIGGER measure_feedback_sync AFTER INSERT ON measure_feedback
WHEN NEW.from_desk IS NULL AND EXISTS (SELECT 1 FROM sync_desk)
BEGIN
  INSERT INTO sync_entity (entity_type, local_id, entity_key, server_version)
    SELECT 'feedback', NEW.id,
           'feedback/' || coalesce(NEW.recorded_by, NEW.reported_by) || '/' || NEW.recorded_at || '/' || l.case_number, 0
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
