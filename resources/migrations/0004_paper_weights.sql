-- An election's papers carry a weight: how many identical papers a row stands for. A line of an
-- imported .blt file, which names no voter, is one row however many papers it holds, rather than a
-- row a paper. A paper recorded for a named member stays a row of its own, of weight 1 (see
-- ElectionRepository: rows are only ever added, so that no change to an earlier paper's row ties it to
-- the member voting now). Every reader counts papers as SUM(weight), never COUNT(*).
ALTER TABLE election_papers ADD COLUMN weight INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 1);

-- The export and the count group papers by their preferences and add up their weights: this index
-- answers them alone.
DROP INDEX election_papers_by_election;
CREATE INDEX election_papers_by_election ON election_papers (election_id, preferences, weight);
