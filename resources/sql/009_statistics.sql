-- Schema version 9: the summaries the statistics dashboard reads, kept current by triggers as
-- listings, measure applications and feedback change, so that no chart scans the list.
--
-- A listing's region is the region of its enforcing court: the list reaches the platform
-- through its courts, and so a court is a part of exactly one region at each level.

-- Where a listing of a court is counted: the whole list (''), the court's region and the regions
-- above it (by their codes, following parent_code) and the court itself ('C:' and its code).
CREATE TABLE statistics_area (
  court_code TEXT NOT NULL,
  area TEXT NOT NULL,
  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
  PRIMARY KEY (court_code, area)
) WITHOUT ROWID;

CREATE TRIGGER statistics_area_of_new_court AFTER INSERT ON court
BEGIN
  INSERT OR IGNORE INTO statistics_area (court_code, area, level)
  SELECT NEW.code, '', 0
  UNION ALL SELECT NEW.code, r.code, r.level FROM region r WHERE r.code = NEW.region_code
  UNION ALL SELECT NEW.code, p.code, p.level FROM region r JOIN region p ON p.code = r.parent_code
    WHERE r.code = NEW.region_code
  UNION ALL SELECT NEW.code, g.code, g.level FROM region r JOIN region p ON p.code = r.parent_code
    JOIN region g ON g.code = p.parent_code WHERE r.code = NEW.region_code
  UNION ALL SELECT NEW.code, 'C:' || NEW.code, 4;
END;

INSERT OR IGNORE INTO statistics_area (court_code, area, level)
SELECT code, '', 0 FROM court
UNION ALL SELECT c.code, r.code, r.level FROM court c JOIN region r ON r.code = c.region_code
UNION ALL SELECT c.code, p.code, p.level FROM court c JOIN region r ON r.code = c.region_code
  JOIN region p ON p.code = r.parent_code
UNION ALL SELECT c.code, g.code, g.level FROM court c JOIN region r ON r.code = c.region_code
  JOIN region p ON p.code = r.parent_code JOIN region g ON g.code = p.parent_code
UNION ALL SELECT code, 'C:' || code, 4 FROM court;

-- When a listing stops counting as active: removed (revoked or deleted by the court) in the
-- month of that change, or expired the day after its period ends (as in ListingSql.cpp), in
-- whichever comes first. Computed, not stored.
ALTER TABLE listing ADD COLUMN statistics_expiry TEXT GENERATED ALWAYS AS (
  CASE WHEN period_months > 0 THEN date(min(
    date(decision_date, 'start of month', '+' || (period_months + extension_months) || ' months',
         '+' || (CAST(substr(decision_date, 9, 2) AS INTEGER) - 1) || ' days'),
    date(decision_date, 'start of month', '+' || (period_months + extension_months + 1) || ' months', '-1 day')),
    '+1 day') END) VIRTUAL;
-- A deletion for the period's end (deletion event 8, confirmed by the expiry job) is an expiry,
-- from the day after the period ended or the deletion, whichever came first.
ALTER TABLE listing ADD COLUMN statistics_end_kind INTEGER GENERATED ALWAYS AS (
  CASE WHEN state IN (3, 4) AND deletion_event = 8 THEN 2
       WHEN state IN (3, 4)
        AND (statistics_expiry IS NULL
             OR coalesce(nullif(state_date, ''), decision_date) < statistics_expiry) THEN 1
       WHEN statistics_expiry IS NOT NULL THEN 2
       ELSE 0 END) VIRTUAL;
ALTER TABLE listing ADD COLUMN statistics_end_month TEXT GENERATED ALWAYS AS (
  CASE WHEN state IN (3, 4) AND deletion_event = 8
       THEN substr(min(coalesce(statistics_expiry, date(coalesce(nullif(state_date, ''), decision_date), '+1 day')),
                       date(coalesce(nullif(state_date, ''), decision_date), '+1 day')), 1, 7)
       WHEN statistics_end_kind = 1 THEN substr(coalesce(nullif(state_date, ''), decision_date), 1, 7)
       WHEN statistics_end_kind = 2 THEN substr(statistics_expiry, 1, 7) END) VIRTUAL;

-- Listings by area, month and ground: listed in the month of the decision, removed or expired
-- in the month they stopped counting. Active at the end of a month = listed - removed - expired
-- in every month up to it.
CREATE TABLE statistics_listing (
  area TEXT NOT NULL,
  month TEXT NOT NULL,
  ground INTEGER NOT NULL,
  listed INTEGER NOT NULL DEFAULT 0,
  removed INTEGER NOT NULL DEFAULT 0,
  expired INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (area, month, ground)
) WITHOUT ROWID;

-- Measure applications by area, month started, category and department, and how many of them
-- departments have reported feedback on.
CREATE TABLE statistics_measure (
  area TEXT NOT NULL,
  month TEXT NOT NULL,
  category INTEGER NOT NULL,
  department_id INTEGER NOT NULL,
  applications INTEGER NOT NULL DEFAULT 0,
  with_feedback INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (area, month, category, department_id)
) WITHOUT ROWID;

CREATE TRIGGER statistics_listing_inserted AFTER INSERT ON listing
BEGIN
  INSERT INTO statistics_listing (area, month, ground, listed)
  SELECT area, substr(NEW.decision_date, 1, 7), NEW.ground, 1 FROM statistics_area
  WHERE court_code = NEW.court_code
  ON CONFLICT (area, month, ground) DO UPDATE SET listed = listed + 1;
  INSERT INTO statistics_listing (area, month, ground, removed, expired)
  SELECT area, NEW.statistics_end_month, NEW.ground, NEW.statistics_end_kind = 1, NEW.statistics_end_kind = 2
  FROM statistics_area WHERE court_code = NEW.court_code AND NEW.statistics_end_kind > 0
  ON CONFLICT (area, month, ground) DO UPDATE SET removed = removed + excluded.removed,
                                                  expired = expired + excluded.expired;
END;

CREATE TRIGGER statistics_listing_deleted AFTER DELETE ON listing
BEGIN
  INSERT INTO statistics_listing (area, month, ground, listed)
  SELECT area, substr(OLD.decision_date, 1, 7), OLD.ground, -1 FROM statistics_area
  WHERE court_code = OLD.court_code
  ON CONFLICT (area, month, ground) DO UPDATE SET listed = listed - 1;
  INSERT INTO statistics_listing (area, month, ground, removed, expired)
  SELECT area, OLD.statistics_end_month, OLD.ground, -(OLD.statistics_end_kind = 1), -(OLD.statistics_end_kind = 2)
  FROM statistics_area WHERE court_code = OLD.court_code AND OLD.statistics_end_kind > 0
  ON CONFLICT (area, month, ground) DO UPDATE SET removed = removed + excluded.removed,
                                                  expired = expired + excluded.expired;
END;

CREATE TRIGGER statistics_listing_updated
AFTER UPDATE OF court_code, ground, decision_date, state, state_date, deletion_event, period_months, extension_months
ON listing
BEGIN
  INSERT INTO statistics_listing (area, month, ground, listed)
  SELECT area, substr(OLD.decision_date, 1, 7), OLD.ground, -1 FROM statistics_area
  WHERE court_code = OLD.court_code
  ON CONFLICT (area, month, ground) DO UPDATE SET listed = listed - 1;
  INSERT INTO statistics_listing (area, month, ground, removed, expired)
  SELECT area, OLD.statistics_end_month, OLD.ground, -(OLD.statistics_end_kind = 1), -(OLD.statistics_end_kind = 2)
  FROM statistics_area WHERE court_code = OLD.court_code AND OLD.statistics_end_kind > 0
  ON CONFLICT (area, month, ground) DO UPDATE SET removed = removed + excluded.removed,
                                                  expired = expired + excluded.expired;
  INSERT INTO statistics_listing (area, month, ground, listed)
  SELECT area, substr(NEW.decision_date, 1, 7), NEW.ground, 1 FROM statistics_area
  WHERE court_code = NEW.court_code
  ON CONFLICT (area, month, ground) DO UPDATE SET listed = listed + 1;
  INSERT INTO statistics_listing (area, month, ground, removed, expired)
  SELECT area, NEW.statistics_end_month, NEW.ground, NEW.statistics_end_kind = 1, NEW.statistics_end_kind = 2
  FROM statistics_area WHERE court_code = NEW.court_code AND NEW.statistics_end_kind > 0
  ON CONFLICT (area, month, ground) DO UPDATE SET removed = removed + excluded.removed,
                                                  expired = expired + excluded.expired;
END;

-- A listing moved to another court takes its measure applications with it.
CREATE TRIGGER statistics_measure_listing_moved AFTER UPDATE OF court_code ON listing
WHEN OLD.court_code IS NOT NEW.court_code
BEGIN
  INSERT INTO statistics_measure (area, month, category, department_id, applications, with_feedback)
  SELECT a.area, substr(ma.started_on, 1, 7), m.category_number, ma.department_id, -count(*),
         -sum(EXISTS (SELECT 1 FROM measure_feedback f WHERE f.application_id = ma.id))
  FROM measure_application ma JOIN measure m ON m.id = ma.measure_id
  JOIN statistics_area a ON a.court_code = OLD.court_code
  WHERE ma.listing_id = NEW.id GROUP BY 1, 2, 3, 4
  ON CONFLICT (area, month, category, department_id) DO UPDATE
    SET applications = applications + excluded.applications, with_feedback = with_feedback + excluded.with_feedback;
  INSERT INTO statistics_measure (area, month, category, department_id, applications, with_feedback)
  SELECT a.area, substr(ma.started_on, 1, 7), m.category_number, ma.department_id, count(*),
         sum(EXISTS (SELECT 1 FROM measure_feedback f WHERE f.application_id = ma.id))
  FROM measure_application ma JOIN measure m ON m.id = ma.measure_id
  JOIN statistics_area a ON a.court_code = NEW.court_code
  WHERE ma.listing_id = NEW.id GROUP BY 1, 2, 3, 4
  ON CONFLICT (area, month, category, department_id) DO UPDATE
    SET applications = applications + excluded.applications, with_feedback = with_feedback + excluded.with_feedback;
END;

CREATE TRIGGER statistics_measure_inserted AFTER INSERT ON measure_application
BEGIN
  INSERT INTO statistics_measure (area, month, category, department_id, applications)
  SELECT a.area, substr(NEW.started_on, 1, 7), m.category_number, NEW.department_id, 1
  FROM listing l JOIN statistics_area a ON a.court_code = l.court_code
  JOIN measure m ON m.id = NEW.measure_id
  WHERE l.id = NEW.listing_id
  ON CONFLICT (area, month, category, department_id) DO UPDATE SET applications = applications + 1;
END;

CREATE TRIGGER statistics_measure_deleted AFTER DELETE ON measure_application
BEGIN
  INSERT INTO statistics_measure (area, month, category, department_id, applications, with_feedback)
  SELECT a.area, substr(OLD.started_on, 1, 7), m.category_number, OLD.department_id, -1,
         -EXISTS (SELECT 1 FROM measure_feedback f WHERE f.application_id = OLD.id)
  FROM listing l JOIN statistics_area a ON a.court_code = l.court_code
  JOIN measure m ON m.id = OLD.measure_id
  WHERE l.id = OLD.listing_id
  ON CONFLICT (area, month, category, department_id) DO UPDATE
    SET applications = applications - 1, with_feedback = with_feedback + excluded.with_feedback;
END;

CREATE TRIGGER statistics_measure_updated
AFTER UPDATE OF listing_id, measure_id, department_id, started_on ON measure_application
BEGIN
  INSERT INTO statistics_measure (area, month, category, department_id, applications, with_feedback)
  SELECT a.area, substr(OLD.started_on, 1, 7), m.category_number, OLD.department_id, -1,
         -EXISTS (SELECT 1 FROM measure_feedback f WHERE f.application_id = OLD.id)
  FROM listing l JOIN statistics_area a ON a.court_code = l.court_code
  JOIN measure m ON m.id = OLD.measure_id
  WHERE l.id = OLD.listing_id
  ON CONFLICT (area, month, category, department_id) DO UPDATE
    SET applications = applications - 1, with_feedback = with_feedback + excluded.with_feedback;
  INSERT INTO statistics_measure (area, month, category, department_id, applications, with_feedback)
  SELECT a.area, substr(NEW.started_on, 1, 7), m.category_number, NEW.department_id, 1,
         EXISTS (SELECT 1 FROM measure_feedback f WHERE f.application_id = NEW.id)
  FROM listing l JOIN statistics_area a ON a.court_code = l.court_code
  JOIN measure m ON m.id = NEW.measure_id
  WHERE l.id = NEW.listing_id
  ON CONFLICT (area, month, category, department_id) DO UPDATE
    SET applications = applications + 1, with_feedback = with_feedback + excluded.with_feedback;
END;

-- The first feedback on an application makes it one with feedback; removing the last undoes it.
CREATE TRIGGER statistics_feedback_inserted AFTER INSERT ON measure_feedback
WHEN NOT EXISTS (SELECT 1 FROM measure_feedback f WHERE f.application_id = NEW.application_id AND f.id <> NEW.id)
BEGIN
  INSERT INTO statistics_measure (area, month, category, department_id, with_feedback)
  SELECT a.area, substr(ma.started_on, 1, 7), m.category_number, ma.department_id, 1
  FROM measure_application ma JOIN listing l ON l.id = ma.listing_id
  JOIN statistics_area a ON a.court_code = l.court_code
  JOIN measure m ON m.id = ma.measure_id
  WHERE ma.id = NEW.application_id
  ON CONFLICT (area, month, category, department_id) DO UPDATE SET with_feedback = with_feedback + 1;
END;

CREATE TRIGGER statistics_feedback_deleted AFTER DELETE ON measure_feedback
WHEN NOT EXISTS (SELECT 1 FROM measure_feedback f WHERE f.application_id = OLD.application_id)
BEGIN
  INSERT INTO statistics_measure (area, month, category, department_id, with_feedback)
  SELECT a.area, substr(ma.started_on, 1, 7), m.category_number, ma.department_id, -1
  FROM measure_application ma JOIN listing l ON l.id = ma.listing_id
  JOIN statistics_area a ON a.court_code = l.court_code
  JOIN measure m ON m.id = ma.measure_id
  WHERE ma.id = OLD.application_id
  ON CONFLICT (area, month, category, department_id) DO UPDATE SET with_feedback = with_feedback - 1;
END;

-- Feedback moved to another application: as if deleted from the one and added to the other.
CREATE TRIGGER statistics_feedback_moved AFTER UPDATE OF application_id ON measure_feedback
WHEN OLD.application_id IS NOT NEW.application_id
BEGIN
  INSERT INTO statistics_measure (area, month, category, department_id, with_feedback)
  SELECT a.area, substr(ma.started_on, 1, 7), m.category_number, ma.department_id, -1
  FROM measure_application ma JOIN listing l ON l.id = ma.listing_id
  JOIN statistics_area a ON a.court_code = l.court_code
  JOIN measure m ON m.id = ma.measure_id
  WHERE ma.id = OLD.application_id
    AND NOT EXISTS (SELECT 1 FROM measure_feedback f WHERE f.application_id = OLD.application_id)
  ON CONFLICT (area, month, category, department_id) DO UPDATE SET with_feedback = with_feedback - 1;
  INSERT INTO statistics_measure (area, month, category, department_id, with_feedback)
  SELECT a.area, substr(ma.started_on, 1, 7), m.category_number, ma.department_id, 1
  FROM measure_application ma JOIN listing l ON l.id = ma.listing_id
  JOIN statistics_area a ON a.court_code = l.court_code
  JOIN measure m ON m.id = ma.measure_id
  WHERE ma.id = NEW.application_id
    AND NOT EXISTS (SELECT 1 FROM measure_feedback f WHERE f.application_id = NEW.application_id AND f.id <> NEW.id)
  ON CONFLICT (area, month, category, department_id) DO UPDATE SET with_feedback = with_feedback + 1;
END;

-- Courts' regions, regions' parents and measures' categories are reference data: changing them
-- moves past figures between areas or categories, so it is done by an update of the reference
-- data followed by StatisticsRepository::rebuild(), which also maps the courts to areas again.
CREATE INDEX listing_by_decision_date ON listing(decision_date);
