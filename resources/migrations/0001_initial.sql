-- The register of members and the share capital ledger.
-- Dates are 'YYYY-MM-DD' text; moments are UTC ISO 8601 text; money is integer minor units.
-- Money, share counts and references are BIGINT: 64 bits in PostgreSQL too, where INTEGER has 32.
-- Ids stay INTEGER PRIMARY KEY, which SQLite makes the row id.

CREATE TABLE mutual (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    legal_form TEXT NOT NULL CHECK (legal_form IN ('co-operative', 'community-benefit', 'cic', 'company')),
    registration_number TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    nominal_share_value BIGINT NOT NULL CHECK (nominal_share_value > 0),
    financial_year_start_month INTEGER NOT NULL CHECK (financial_year_start_month BETWEEN 1 AND 12),
    financial_year_start_day INTEGER NOT NULL CHECK (financial_year_start_day BETWEEN 1 AND 31),
    individual_withdrawable_cap BIGINT NOT NULL CHECK (individual_withdrawable_cap >= 0),
    amount_may_differ_from_nominal INTEGER NOT NULL DEFAULT 0 CHECK (amount_may_differ_from_nominal IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE member_classes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    minimum_shares BIGINT NOT NULL DEFAULT 0 CHECK (minimum_shares >= 0),
    maximum_shares BIGINT CHECK (maximum_shares IS NULL OR maximum_shares >= minimum_shares),
    voting_share_bp INTEGER NOT NULL DEFAULT 0 CHECK (voting_share_bp BETWEEN 0 AND 10000)
);

CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('individual', 'organisation')),
    class_id BIGINT NOT NULL REFERENCES member_classes (id),
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    admitted_on TEXT,
    ceased_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('applicant', 'active', 'suspended', 'ceased')),
    CHECK (status <> 'ceased' OR ceased_on IS NOT NULL),
    CHECK (ceased_on IS NULL OR admitted_on IS NOT NULL)
);

-- Append-only: a mistake is corrected by a reversing entry. Both sides of a transfer share a
-- movement_id, so reversing one side finds exactly its partner.
CREATE TABLE share_entries (
    id INTEGER PRIMARY KEY,
    movement_id BIGINT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('subscription', 'transfer', 'withdrawal', 'forfeiture', 'reversal')),
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

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
