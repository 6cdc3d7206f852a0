-- Central server, version 2: each desk's installation is known by a UUID made when it joined,
-- so that a second desk joining under a name already taken is refused instead of silently
-- missing the changes of the first (the server tells desks apart by name when pulling).

ALTER TABLE desk ADD COLUMN instance uuid;
