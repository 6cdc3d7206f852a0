-- Schema version 13: the desk's side of central server mode. A desk that joined a server
-- (sync_desk) records each objection step it takes as a change in its outbox, in the same
-- transaction as the step (trigger below), with the entity's full state after the step. The
-- synchronisation pushes the outbox in order and applies the other desks' changes; a change the
-- server refused (another desk changed the case first) stays here as a conflict until an officer
-- resolves it. Steps applied from the server name the desk they came from (objection_event.from_desk)
-- and are not recorded again, nor reported to the platform by this desk.

-- The server this desk synchronises with; at most one row.
CREATE TABLE sync_desk (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  desk_id TEXT NOT NULL CHECK (length(desk_id) BETWEEN 1 AND 100),
  instance TEXT NOT NULL, -- a UUID made when the desk joined: the server tells installations apart
  office TEXT NOT NULL CHECK (length(office) BETWEEN 1 AND 200),
  server_address TEXT NOT NULL,
  last_pulled_sequence INTEGER NOT NULL DEFAULT 0,
  last_synced_at TEXT,
  joined_by TEXT NOT NULL,
  joined_at TEXT NOT NULL
);

-- The key all desks know an entity by, and the server version this desk last saw of it.
CREATE TABLE sync_entity (
  entity_type TEXT NOT NULL,
  local_id INTEGER NOT NULL,
  entity_key TEXT NOT NULL,
  server_version INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_type, local_id),
  UNIQUE (entity_type, entity_key)
) WITHOUT ROWID;

-- The desk a step was taken on, when it came from the central server (NULL: taken here).
ALTER TABLE objection_event ADD COLUMN from_desk TEXT;
-- Measures lifted here because of another desk's decision: that desk notifies the departments.
ALTER TABLE outgoing_notification ADD COLUMN from_desk TEXT;

-- base_version -1: the change follows an earlier change of the same entity still in the outbox;
-- its base is what that one becomes on the server. state: 0 waiting, 1 accepted, 2 conflict.
CREATE TABLE sync_outbox (
  id INTEGER PRIMARY KEY,
  change_id TEXT NOT NULL UNIQUE,
  entity_type TEXT NOT NULL,
  local_id INTEGER NOT NULL,
  event_id INTEGER,
  base_version INTEGER NOT NULL,
  action TEXT NOT NULL,
  payload TEXT NOT NULL,
  actor TEXT NOT NULL,
  reason TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  state INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1, 2)),
  pushed_at TEXT,
  server_sequence INTEGER,
  server_version INTEGER
);
CREATE INDEX sync_outbox_waiting ON sync_outbox(id) WHERE state = 0;
CREATE INDEX sync_outbox_by_entity ON sync_outbox(entity_type, local_id, id);

-- A change of this desk the server refused. resolution: 0 open, 1 the other desk's decision
-- stands, 2 the step was taken again on the current case; reported to the server once.
CREATE TABLE sync_conflict (
  id INTEGER PRIMARY KEY,
  outbox_id INTEGER NOT NULL UNIQUE REFERENCES sync_outbox(id),
  server_conflict_id INTEGER NOT NULL,
  server_version INTEGER NOT NULL,
  detected_at TEXT NOT NULL,
  resolution INTEGER NOT NULL DEFAULT 0 CHECK (resolution IN (0, 1, 2)),
  resolved_by TEXT,
  resolved_at TEXT,
  resolution_reason TEXT,
  reported INTEGER NOT NULL DEFAULT 0 CHECK (reported IN (0, 1))
);
CREATE INDEX sync_conflict_open ON sync_conflict(id) WHERE resolution = 0;

-- Every objection step becomes a change: the case after the step, the step itself, and the
-- listing by what every desk knows it by (case number and the subject's identifiers). A case's
-- shared key is made of who registered it, when (to the millisecond) and the case number, so two
-- desks that started from copies of one cache know a case they both had by the same key.
CREATE TRIGGER objection_event_sync AFTER INSERT ON objection_event
WHEN NEW.from_desk IS NULL AND EXISTS (SELECT 1 FROM sync_desk)
BEGIN
  INSERT OR IGNORE INTO sync_entity (entity_type, local_id, entity_key, server_version)
    SELECT 'objection', o.id, 'objection/' || o.registered_by || '/' || o.registered_at || '/' || l.case_number, 0
    FROM objection o JOIN listing l ON l.id = o.listing_id
    WHERE o.id IN (NEW.objection_id, (SELECT duplicate_of FROM objection WHERE id = NEW.objection_id));
  INSERT INTO sync_outbox (change_id, entity_type, local_id, event_id, base_version, action, payload, actor, reason,
                           recorded_at)
  SELECT substr(u.h, 1, 8) || '-' || substr(u.h, 9, 4) || '-' || substr(u.h, 13, 4) || '-' || substr(u.h, 17, 4)
           || '-' || substr(u.h, 21, 12),
         'objection', o.id, NEW.id,
         CASE WHEN EXISTS (SELECT 1 FROM sync_outbox w
                           WHERE w.entity_type = 'objection' AND w.local_id = o.id AND w.state = 0)
              THEN -1
              ELSE (SELECT e.server_version FROM sync_entity e
                    WHERE e.entity_type = 'objection' AND e.local_id = o.id) END,
         CASE WHEN NEW.from_state = NEW.to_state THEN 'objection.register' ELSE 'objection.step' END,
         json_object(
           'listing', json_object(
             'case_number', l.case_number, 'court', l.court_code,
             'identifiers', (SELECT json_group_array(json_array(i.type, i.value)) FROM subject_identifier i
                             WHERE i.subject_id = l.subject_id),
             'annotation', l.objection_annotation),
           'objection', json_object(
             'route', o.route, 'state', o.state, 'applicant_name', o.applicant_name,
             'applicant_is_agent', o.applicant_is_agent, 'applicant_contact', o.applicant_contact,
             'channel', o.channel, 'received_on', o.received_on, 'ground', o.ground,
             'grounds_text', o.grounds_text, 'fields', o.fields,
             'duplicate_of', (SELECT d.entity_key FROM sync_entity d
                              WHERE d.entity_type = 'objection' AND d.local_id = o.duplicate_of),
             'outcome', o.outcome, 'decision_reason', o.decision_reason, 'decided_by', o.decided_by,
             'decided_on', o.decided_on, 'accepted_on', o.accepted_on, 'forwarded_on', o.forwarded_on,
             'court_decision', o.court_decision, 'court_decided_on', o.court_decided_on,
             'notified_on', o.notified_on, 'reconsideration_filed_on', o.reconsideration_filed_on,
             'reconsideration_decision', o.reconsideration_decision,
             'reconsideration_decided_on', o.reconsideration_decided_on, 'registered_by', o.registered_by,
             'registered_at', o.registered_at, 'state_since', o.state_since),
           'event', json_object(
             'from_state', NEW.from_state, 'to_state', NEW.to_state, 'acted_on', NEW.acted_on,
             'recorded_at', NEW.recorded_at, 'actor', NEW.actor, 'reason', NEW.reason,
             'details', json(NEW.details))),
         NEW.actor,
         CASE WHEN trim(NEW.reason) = '' THEN 'objection step' ELSE NEW.reason END,
         NEW.recorded_at
  FROM objection o
  JOIN listing l ON l.id = o.listing_id
  CROSS JOIN (SELECT lower(hex(randomblob(16))) AS h) u
  WHERE o.id = NEW.objection_id;
END;
