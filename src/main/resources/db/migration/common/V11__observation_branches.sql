-- An observation's own branches of social protection (its themes), beside the branches of the schemes it links:
-- a child-care centre in a market is about child care even when no scheme of that branch exists there.
CREATE TABLE observation_branch (
    observation_id  BIGINT NOT NULL REFERENCES observation (id) ON DELETE CASCADE,
    branch          VARCHAR(40) NOT NULL,
    PRIMARY KEY (observation_id, branch)
);
CREATE INDEX observation_branch_branch_idx ON observation_branch (branch);

-- Envers' table for the collection, shaped as observation_group_aud in V5
CREATE TABLE observation_branch_aud (
    observation_id  BIGINT NOT NULL,
    rev             BIGINT NOT NULL REFERENCES revision (id),
    revtype         SMALLINT,
    branch          VARCHAR(40) NOT NULL,
    PRIMARY KEY (observation_id, rev, branch)
);
