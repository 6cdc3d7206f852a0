-- Schema version 11: notices of every type. Beyond its listing a notice names the case it
-- answers (the objection or the repair application) and, for notices to implementing
-- departments, the department; it keeps the office's name as it was signed, so the register
-- draws the notice again as it was issued. The other notice types' templates are installed as
-- their version 1 after this script.
ALTER TABLE notice ADD COLUMN case_id INTEGER;
ALTER TABLE notice ADD COLUMN department_id INTEGER REFERENCES department(id);
ALTER TABLE notice ADD COLUMN office_name TEXT NOT NULL DEFAULT '';
CREATE INDEX notice_by_case ON notice(type, case_id) WHERE case_id IS NOT NULL;
CREATE INDEX notice_by_department ON notice(listing_id, department_id, type) WHERE department_id IS NOT NULL;
CREATE INDEX notice_by_issue ON notice(issued_at);
