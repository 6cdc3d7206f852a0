-- Schema version 19: the creditor on whose application the court deleted a listing, as the credit
-- platform's package says it (a listing_state record with deletion_event "creditor" and its
-- creditor). SPC rules Art. 10: that creditor's new application against the subject within six
-- months is refused. Deletions an officer mirrors keep their creditor in listing_exit (schema 16);
-- the desk's check and the import's read both. The name as sent, and its name key (NameKey: the
-- same creditor in traditional or full-width characters has one key).
ALTER TABLE listing_event ADD COLUMN creditor TEXT;
ALTER TABLE listing_event ADD COLUMN creditor_key TEXT;
