-- Indexes for the register's search, filters and sorts (ties in number order: shorter numbers
-- first) and for the ledger's date queries, and the guards that keep the ledger and the audit trail
-- append-only.

CREATE INDEX members_by_name ON members (name, length(number), number);
CREATE INDEX members_by_status ON members (status, length(number), number);
CREATE INDEX members_by_class ON members (class_id, length(number), number);
CREATE INDEX members_by_admission ON members (admitted_on, length(number), number);
CREATE INDEX members_by_cessation ON members (ceased_on, length(number), number);
CREATE INDEX members_by_kind ON members (kind, length(number), number);
-- Member numbers are unique whatever their case ("c001" is C001), and looked up that way.
CREATE UNIQUE INDEX members_by_folded_number ON members (lower(number));
-- Class names are unique whatever their case, as member numbers are.
CREATE UNIQUE INDEX member_classes_by_folded_name ON member_classes (lower(name));
-- The register's own order: shorter numbers first, so 2 comes before 12.
CREATE INDEX members_in_number_order ON members (length(number), number);
-- Holdings are sums of shares and amount by member up to a date: these indexes answer them alone.
CREATE INDEX share_entries_by_member_date ON share_entries (member_id, entry_date, shares, amount);
CREATE INDEX share_entries_by_date ON share_entries (entry_date, kind, shares, amount);
CREATE INDEX share_entries_by_movement ON share_entries (movement_id);
-- Subscriptions by month and class, for the contributions chart.
CREATE INDEX share_entries_by_kind ON share_entries (kind, entry_date, member_id, amount, reverses_id);

CREATE TRIGGER share_entries_no_update BEFORE UPDATE ON share_entries
BEGIN
    SELECT RAISE(ABORT, 'share entries are append-only: record a reversal instead');
END;

CREATE TRIGGER share_entries_no_delete BEFORE DELETE ON share_entries
BEGIN
    SELECT RAISE(ABORT, 'share entries are append-only: record a reversal instead');
END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
