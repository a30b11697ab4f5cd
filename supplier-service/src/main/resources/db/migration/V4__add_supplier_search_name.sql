-- The legal name in upper case, written by the service with the name: a name search matches on it as stored instead
-- of computing UPPER(legal_name) on every row (a contains-match reads every row either way; this makes each row cheap).
ALTER TABLE supplier ADD search_name VARCHAR2(200 CHAR);
UPDATE supplier SET search_name = UPPER(legal_name);
ALTER TABLE supplier MODIFY search_name VARCHAR2(200 CHAR) NOT NULL;
-- Lists sorted by creation (newest first) read the first rows of this index instead of sorting the table.
CREATE INDEX ix_supplier_created_at ON supplier (created_at);
