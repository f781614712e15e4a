-- The money side of the mutual: what members contribute besides share capital, the services the
-- mutual provides and what they save each member, how each year's surplus is allocated, and the
-- community reinvestment fund's projects, grants and pledges.
--
-- Money is integer minor units; rates are basis points; dates are 'YYYY-MM-DD' text. What is money
-- paid or received is append-only, as the share ledger is: a mistake is put right by a reversing entry.

-- The mutual's caps on what it gives back: interest on share capital at most interest_cap_bp a year,
-- and, for a community interest company, interest and rebates together at most dividend_cap_bp of the
-- surplus (or of the distributable profit).
ALTER TABLE mutual ADD COLUMN interest_cap_bp INTEGER NOT NULL DEFAULT 500
    CHECK (interest_cap_bp BETWEEN 0 AND 10000);
ALTER TABLE mutual ADD COLUMN dividend_cap_bp INTEGER NOT NULL DEFAULT 3500
    CHECK (dividend_cap_bp BETWEEN 0 AND 10000);

-- The share ledger gains the kind "interest-capitalised": shares bought at nominal value with a
-- member's interest. SQLite cannot change a CHECK in place, so the table is made again with every row,
-- index and trigger it had. The old table is renamed first, which points its own reversals at the
-- new name, so that dropping it once its rows are copied breaks no foreign key.
DROP TRIGGER share_entries_no_update;
DROP TRIGGER share_entries_no_delete;
DROP INDEX share_entries_by_member_date;
DROP INDEX share_entries_by_date;
DROP INDEX share_entries_by_movement;
DROP INDEX share_entries_by_kind;
ALTER TABLE share_entries RENAME TO share_entries_of_schema_4;

CREATE TABLE share_entries (
    id INTEGER PRIMARY KEY,
    movement_id BIGINT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('subscription', 'transfer', 'withdrawal', 'forfeiture', 'reversal',
                                       'interest-capitalised')),
    entry_date TEXT NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members (id),
    shares BIGINT NOT NULL,
    amount BIGINT NOT NULL,
    counterparty_id BIGINT REFERENCES members (id),
    reverses_id BIGINT UNIQUE REFERENCES share_entries (id),
    reference TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL)),
    CHECK (kind <> 'transfer' OR counterparty_id IS NOT NULL)
);

-- In id order, so that each reversal finds the entry it undoes already there.
INSERT INTO share_entries (id, movement_id, kind, entry_date, member_id, shares, amount, counterparty_id,
                           reverses_id, reference, recorded_by, recorded_at)
SELECT id, movement_id, kind, entry_date, member_id, shares, amount, counterparty_id, reverses_id,
       reference, recorded_by, recorded_at
FROM share_entries_of_schema_4 ORDER BY id;

DROP TABLE share_entries_of_schema_4;

CREATE INDEX share_entries_by_member_date ON share_entries (member_id, entry_date, shares, amount);
CREATE INDEX share_entries_by_date ON share_entries (entry_date, kind, shares, amount);
CREATE INDEX share_entries_by_movement ON share_entries (movement_id);
CREATE INDEX share_entries_by_kind ON share_entries (kind, entry_date, member_id, amount, reverses_id);

CREATE TRIGGER share_entries_no_update BEFORE UPDATE ON share_entries
BEGIN
    SELECT RAISE(ABORT, 'share entries are append-only: record a reversal instead');
END;

CREATE TRIGGER share_entries_no_delete BEFORE DELETE ON share_entries
BEGIN
    SELECT RAISE(ABORT, 'share entries are append-only: record a reversal instead');
END;

-- Kinds of contribution. The built-in keys are translated by the program; a mutual adds its own with
-- a label. Share capital is not among them: it is read from the share ledger, never entered twice.
CREATE TABLE contribution_kinds (
    key TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1))
);
INSERT INTO contribution_kinds (key, label, built_in) VALUES
    ('fee', 'Annual subscription', 1),
    ('charge', 'Charge for a service', 1),
    ('donation', 'Donation', 1),
    ('pledge-payment', 'Payment of a pledge', 1),
    ('in-kind', 'Contribution in kind', 1);
CREATE UNIQUE INDEX contribution_kinds_by_folded_label ON contribution_kinds (lower(label));

-- A service the members commission from the mutual, for example a four-year contract, and the members
-- that take it.
CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE UNIQUE INDEX services_by_folded_name ON services (lower(name));

CREATE TABLE service_members (
    service_id BIGINT NOT NULL REFERENCES services (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    PRIMARY KEY (service_id, member_id)
);
CREATE INDEX service_members_by_member ON service_members (member_id, service_id);

-- Categories of project the fund pays for; a mutual adds its own, as it does kinds of contribution.
CREATE TABLE project_categories (
    key TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1))
);
INSERT INTO project_categories (key, label, built_in) VALUES
    ('community-funding', 'Community funding', 1),
    ('innovation', 'Innovation', 1),
    ('research', 'Research', 1),
    ('digital-inclusion', 'Digital inclusion', 1),
    ('skills', 'Skills', 1);
CREATE UNIQUE INDEX project_categories_by_folded_label ON project_categories (lower(label));

-- A project members propose and back, and the fund pays for. The recipient is named with its org-id
-- (GB-CHC-1234567, GB-COH-01234567, GB-LAS-EDH); recipient_asset_locked marks an asset-locked body or
-- a charity, to which a community interest company may grant without stating the benefit.
CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL REFERENCES project_categories (key),
    recipient_name TEXT NOT NULL DEFAULT '',
    recipient_org_id TEXT NOT NULL DEFAULT '',
    recipient_asset_locked INTEGER NOT NULL DEFAULT 0 CHECK (recipient_asset_locked IN (0, 1)),
    target BIGINT NOT NULL CHECK (target > 0),
    starts_on TEXT,
    ends_on TEXT,
    status TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'approved', 'funded', 'completed', 'withdrawn')),
    outcomes TEXT NOT NULL DEFAULT '',
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX projects_by_category ON projects (category, status);

-- Money (or staff time) a member puts in besides share capital. Append-only: a reversal repeats the
-- entry it undoes with the amount negated and reverses_id naming it, so that sums by kind, member,
-- service or project are net of reversals by themselves. Time in kind is valued as days x day rate:
-- days_hundredths is the number of days times 100 (2.5 days is 250).
CREATE TABLE contributions (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL REFERENCES contribution_kinds (key),
    entry_date TEXT NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members (id),
    amount BIGINT NOT NULL,
    days_hundredths BIGINT,
    day_rate BIGINT,
    service_id BIGINT REFERENCES services (id),
    project_id BIGINT REFERENCES projects (id),
    reference TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    reverses_id BIGINT UNIQUE REFERENCES contributions (id),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    CHECK ((days_hundredths IS NULL) = (day_rate IS NULL)),
    CHECK (reverses_id IS NOT NULL OR amount > 0)
);
CREATE INDEX contributions_by_date ON contributions (entry_date, kind, member_id, amount);
CREATE INDEX contributions_by_member ON contributions (member_id, entry_date, kind, amount);
CREATE INDEX contributions_by_project ON contributions (project_id, kind, amount);
CREATE INDEX contributions_by_service ON contributions (service_id, entry_date);

CREATE TRIGGER contributions_no_update BEFORE UPDATE ON contributions
BEGIN
    SELECT RAISE(ABORT, 'contributions are append-only: record a reversal instead');
END;

CREATE TRIGGER contributions_no_delete BEFORE DELETE ON contributions
BEGIN
    SELECT RAISE(ABORT, 'contributions are append-only: record a reversal instead');
END;

-- What a service saved a member over a period: what it would have paid alone (baseline) against what
-- it paid through the mutual. The saving, baseline - actual, is derived and may be negative. These are
-- estimates with their evidence, corrected in place (every change audited), one row for each service,
-- member and period.
CREATE TABLE savings (
    id INTEGER PRIMARY KEY,
    service_id BIGINT NOT NULL REFERENCES services (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    baseline BIGINT NOT NULL CHECK (baseline >= 0),
    actual BIGINT NOT NULL CHECK (actual >= 0),
    evidence TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (service_id, member_id, period_from, period_to),
    CHECK (period_to >= period_from)
);
CREATE INDEX savings_by_member ON savings (member_id, period_from);
CREATE INDEX savings_by_period ON savings (period_from, service_id, member_id, baseline, actual);

-- A financial year's surplus divided into reserves, interest on share capital, rebates and the
-- community reinvestment fund. A draft (no resolution) may be replaced; an approved allocation names the
-- carried motion that approved it, is dated the day of that motion's meeting, and is final.
CREATE TABLE allocations (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL UNIQUE,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    surplus BIGINT NOT NULL CHECK (surplus >= 0),
    reserves BIGINT NOT NULL CHECK (reserves >= 0),
    interest_rate_bp INTEGER NOT NULL CHECK (interest_rate_bp BETWEEN 0 AND 10000),
    interest_mode TEXT NOT NULL CHECK (interest_mode IN ('pay', 'capitalise')),
    interest_total BIGINT NOT NULL CHECK (interest_total >= 0),
    rebates BIGINT NOT NULL CHECK (rebates >= 0),
    fund BIGINT NOT NULL CHECK (fund >= 0),
    distributable_profit BIGINT CHECK (distributable_profit IS NULL OR distributable_profit >= 0),
    motion_id BIGINT REFERENCES motions (id),
    allocated_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
    plan_json TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    CHECK ((status = 'approved') = (motion_id IS NOT NULL)),
    CHECK (status = 'draft' OR allocated_on IS NOT NULL)
);

CREATE TRIGGER allocations_approved_final_update BEFORE UPDATE ON allocations
WHEN OLD.status = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'an approved allocation is final');
END;

CREATE TRIGGER allocations_approved_final_delete BEFORE DELETE ON allocations
WHEN OLD.status = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'an approved allocation is final');
END;

-- What an approved allocation gives each member: interest on its share-days, or a rebate on its
-- charges (the basis). `amount` is the member's part; `paid` what is paid in money; with capitalised
-- interest, capitalised_shares shares bought at nominal value by the share entry named, and the
-- pennies left over paid.
CREATE TABLE allocation_payments (
    id INTEGER PRIMARY KEY,
    allocation_id BIGINT NOT NULL REFERENCES allocations (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    kind TEXT NOT NULL CHECK (kind IN ('interest', 'rebate')),
    basis BIGINT NOT NULL CHECK (basis > 0),
    amount BIGINT NOT NULL CHECK (amount >= 0),
    paid BIGINT NOT NULL CHECK (paid >= 0 AND paid <= amount),
    capitalised_shares BIGINT NOT NULL DEFAULT 0 CHECK (capitalised_shares >= 0),
    share_entry_id BIGINT REFERENCES share_entries (id),
    UNIQUE (allocation_id, member_id, kind)
);
CREATE INDEX allocation_payments_by_member ON allocation_payments (member_id, allocation_id);

CREATE TRIGGER allocation_payments_no_update BEFORE UPDATE ON allocation_payments
BEGIN
    SELECT RAISE(ABORT, 'payments of an allocation are final');
END;

CREATE TRIGGER allocation_payments_no_delete BEFORE DELETE ON allocation_payments
BEGIN
    SELECT RAISE(ABORT, 'payments of an allocation are final');
END;

-- A grant from the fund to a project, approved by a carried motion. A community interest company's
-- grant to a recipient that is not asset-locked states the community benefit it serves.
CREATE TABLE grants (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    grant_date TEXT NOT NULL,
    motion_id BIGINT NOT NULL REFERENCES motions (id),
    community_benefit TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX grants_by_date ON grants (grant_date, amount);
CREATE INDEX grants_by_project ON grants (project_id, amount);

CREATE TRIGGER grants_no_update BEFORE UPDATE ON grants
BEGIN
    SELECT RAISE(ABORT, 'grants are final');
END;

CREATE TRIGGER grants_no_delete BEFORE DELETE ON grants
BEGIN
    SELECT RAISE(ABORT, 'grants are final');
END;

-- A member's promise of money to a proposed or approved project. What it pays is a contribution of
-- kind 'pledge-payment' naming the project.
CREATE TABLE pledges (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    pledge_date TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX pledges_by_project ON pledges (project_id, amount);
CREATE INDEX pledges_by_member ON pledges (member_id, pledge_date);

CREATE TRIGGER pledges_no_update BEFORE UPDATE ON pledges
BEGIN
    SELECT RAISE(ABORT, 'pledges are append-only');
END;

CREATE TRIGGER pledges_no_delete BEFORE DELETE ON pledges
BEGIN
    SELECT RAISE(ABORT, 'pledges are append-only');
END;
