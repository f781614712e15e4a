-- What each change did to the rows of every recorded table: the differences its rows made to each
-- table's digest (RowDigest), or the digest of every table whole for a new or upgraded file. Hashed
-- with the rest of the entry, so that verification can tell a change made by the program from one
-- made behind its back. Entries written before this version have none.
ALTER TABLE audit_log ADD COLUMN rows_json TEXT NOT NULL DEFAULT '';
