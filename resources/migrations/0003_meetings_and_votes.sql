-- Meetings, attendance and proxies; motions, their frozen voter rolls, ballots and results; elections
-- with their candidates and ballot papers.
--
-- Secret ballots keep who voted apart from how: the voters tables say who voted, how and when, and
-- nothing of the choice; the choices live in running totals by class (motions) or in papers filed
-- under random ids (elections), so that neither an id, nor the order of rows, nor a time links a
-- choice to a member.

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('agm', 'general', 'board')),
    held_on TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL DEFAULT '',
    -- The most members one person may hold proxies for; 0 for no limit.
    proxy_limit INTEGER NOT NULL DEFAULT 0 CHECK (proxy_limit >= 0)
);

-- Who was there: present, represented by a proxy, or sent apologies. One line a member a meeting.
CREATE TABLE attendance (
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    kind TEXT NOT NULL CHECK (kind IN ('present', 'proxy', 'apologies')),
    PRIMARY KEY (meeting_id, member_id)
);

-- A member appoints another member, or the chair (proxy_member_id NULL), to vote for it at a meeting,
-- optionally directing the vote.
CREATE TABLE proxies (
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    proxy_member_id BIGINT REFERENCES members (id),
    direction TEXT CHECK (direction IS NULL OR direction IN ('for', 'against', 'abstain')),
    PRIMARY KEY (meeting_id, member_id),
    CHECK (proxy_member_id IS NULL OR proxy_member_id <> member_id)
);
CREATE INDEX proxies_by_holder ON proxies (meeting_id, proxy_member_id);

CREATE TABLE motions (
    id INTEGER PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    proposer_id BIGINT REFERENCES members (id),
    seconder_id BIGINT REFERENCES members (id),
    threshold TEXT NOT NULL CHECK (threshold IN ('ordinary', 'special', 'two-thirds', 'unanimous', 'absolute')),
    scheme TEXT NOT NULL CHECK (scheme IN ('omov', 'shares', 'classes')),
    cap_bp INTEGER NOT NULL DEFAULT 0 CHECK (cap_bp BETWEEN 0 AND 10000),
    quorum_members INTEGER NOT NULL DEFAULT 0 CHECK (quorum_members >= 0),
    quorum_bp INTEGER NOT NULL DEFAULT 0 CHECK (quorum_bp BETWEEN 0 AND 10000),
    is_secret INTEGER NOT NULL DEFAULT 0 CHECK (is_secret IN (0, 1)),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed')),
    record_date TEXT,
    opened_at TEXT,
    closed_at TEXT,
    roll_total_weight BIGINT,
    roll_fingerprint TEXT,
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('carried', 'defeated', 'void')),
    -- The whole result as it was declared, with the version of the counting rules that produced it.
    result_json TEXT,
    rule_version INTEGER,
    CHECK (state = 'draft' OR (record_date IS NOT NULL AND opened_at IS NOT NULL
                               AND roll_fingerprint IS NOT NULL)),
    CHECK ((state = 'closed') = (closed_at IS NOT NULL AND result_json IS NOT NULL))
);
CREATE INDEX motions_by_meeting ON motions (meeting_id);

-- Class-weighted motions: each class's agreed share of the whole vote.
CREATE TABLE motion_class_shares (
    motion_id BIGINT NOT NULL REFERENCES motions (id),
    class_id BIGINT NOT NULL REFERENCES member_classes (id),
    share_bp INTEGER NOT NULL CHECK (share_bp BETWEEN 1 AND 10000),
    PRIMARY KEY (motion_id, class_id)
);

-- The roll frozen when voting opened, in roll order (position), with the number, class and weight
-- as they were then.
CREATE TABLE voter_rolls (
    motion_id BIGINT NOT NULL REFERENCES motions (id),
    position INTEGER NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members (id),
    member_number TEXT NOT NULL,
    class_id BIGINT NOT NULL,
    shares BIGINT NOT NULL,
    weight BIGINT NOT NULL,
    PRIMARY KEY (motion_id, member_id),
    UNIQUE (motion_id, position)
);

-- Open ballots: who voted, how, and for what. proxy_member_id is the member who cast it as proxy
-- (NULL with method 'proxy' for the chair).
CREATE TABLE ballots (
    id INTEGER PRIMARY KEY,
    motion_id BIGINT NOT NULL REFERENCES motions (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    choice TEXT NOT NULL CHECK (choice IN ('for', 'against', 'abstain')),
    method TEXT NOT NULL CHECK (method IN ('person', 'post', 'online', 'proxy')),
    proxy_member_id BIGINT REFERENCES members (id),
    cast_at TEXT NOT NULL,
    UNIQUE (motion_id, member_id)
);

-- Secret ballots, who voted: no choice here.
CREATE TABLE secret_voters (
    motion_id BIGINT NOT NULL REFERENCES motions (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    method TEXT NOT NULL CHECK (method IN ('person', 'post', 'online', 'proxy')),
    cast_at TEXT NOT NULL,
    PRIMARY KEY (motion_id, member_id)
);

-- Secret ballots, how: running totals by class and choice, every line made when voting opens, so
-- that not even the order in which lines appear follows the voters.
CREATE TABLE secret_totals (
    motion_id BIGINT NOT NULL REFERENCES motions (id),
    class_id BIGINT NOT NULL,
    choice TEXT NOT NULL CHECK (choice IN ('for', 'against', 'abstain')),
    members BIGINT NOT NULL DEFAULT 0 CHECK (members >= 0),
    weight BIGINT NOT NULL DEFAULT 0 CHECK (weight >= 0),
    PRIMARY KEY (motion_id, class_id, choice)
);

CREATE TABLE elections (
    id INTEGER PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings (id),
    title TEXT NOT NULL,
    seats INTEGER NOT NULL CHECK (seats >= 1),
    method TEXT NOT NULL CHECK (method IN ('stv', 'plurality')),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed')),
    record_date TEXT,
    opened_at TEXT,
    closed_at TEXT,
    -- The seed of any draw by lot, fixed when voting opens so that the count can be repeated.
    seed BIGINT NOT NULL DEFAULT 1,
    roll_fingerprint TEXT,
    result_json TEXT,
    rule_version INTEGER,
    CHECK ((state = 'closed') = (closed_at IS NOT NULL AND result_json IS NOT NULL))
);
CREATE INDEX elections_by_meeting ON elections (meeting_id);

-- Candidates in ballot order: a member, or a named person from outside the register.
CREATE TABLE candidates (
    election_id BIGINT NOT NULL REFERENCES elections (id),
    position INTEGER NOT NULL CHECK (position >= 1),
    member_id BIGINT REFERENCES members (id),
    name TEXT NOT NULL,
    is_withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (is_withdrawn IN (0, 1)),
    PRIMARY KEY (election_id, position)
);

-- Members eligible to vote in an election, frozen when voting opens.
CREATE TABLE election_rolls (
    election_id BIGINT NOT NULL REFERENCES elections (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    member_number TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
);

-- Who voted in an election, and how; nothing of the paper.
CREATE TABLE election_voters (
    election_id BIGINT NOT NULL REFERENCES elections (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    method TEXT NOT NULL CHECK (method IN ('person', 'post', 'online', 'proxy')),
    cast_at TEXT NOT NULL,
    PRIMARY KEY (election_id, member_id)
);

-- The papers: candidate positions in order of preference ("3 1 2"), filed under random ids so that
-- the order of the rows says nothing of the order of the voters.
CREATE TABLE election_papers (
    id INTEGER PRIMARY KEY,
    election_id BIGINT NOT NULL REFERENCES elections (id),
    preferences TEXT NOT NULL
);
CREATE INDEX election_papers_by_election ON election_papers (election_id, preferences);

-- A declared result stands: once closed, neither a motion's ballots nor an election's papers change.
CREATE TRIGGER ballots_closed BEFORE INSERT ON ballots
WHEN (SELECT state FROM motions WHERE id = NEW.motion_id) <> 'open'
BEGIN
    SELECT RAISE(ABORT, 'ballots are taken only while voting is open');
END;

CREATE TRIGGER secret_voters_closed BEFORE INSERT ON secret_voters
WHEN (SELECT state FROM motions WHERE id = NEW.motion_id) <> 'open'
BEGIN
    SELECT RAISE(ABORT, 'ballots are taken only while voting is open');
END;

CREATE TRIGGER election_papers_closed BEFORE INSERT ON election_papers
WHEN (SELECT state FROM elections WHERE id = NEW.election_id) <> 'open'
BEGIN
    SELECT RAISE(ABORT, 'ballot papers are taken only while voting is open');
END;

CREATE TRIGGER voter_rolls_frozen BEFORE UPDATE ON voter_rolls
BEGIN
    SELECT RAISE(ABORT, 'a voter roll is frozen when voting opens');
END;

CREATE TRIGGER voter_rolls_kept BEFORE DELETE ON voter_rolls
BEGIN
    SELECT RAISE(ABORT, 'a voter roll is frozen when voting opens');
END;
