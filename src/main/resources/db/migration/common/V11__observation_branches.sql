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

-- A database whose demo atlas was loaded before this version keeps it (the loader runs once), so the demo's
-- child-care observations get their branch here; on a new database the table is still empty and the loader sets
-- it from data/demo/observations.geojson. The audit row joins each record's latest revision, as V5 did for the
-- records that existed before history was kept.
INSERT INTO observation_branch (observation_id, branch)
SELECT o.id, 'CHILD_CARE' FROM observation o
WHERE o.slug IN ('accra-market-childcare-guidelines', 'accra-covid-traders-childcare',
                 'durban-warwick-child-care-pilots', 'durban-silindokuhle-childcare-lockdown',
                 'durban-covid-traders-childcare', 'kigali-wiego-childcare-markets',
                 'kigali-sytrieci-childcare-savings', 'nakuru-covid-traders-childcare');
INSERT INTO observation_branch_aud (observation_id, rev, revtype, branch)
SELECT ob.observation_id, (SELECT MAX(a.rev) FROM observation_aud a WHERE a.id = ob.observation_id), 0, ob.branch
FROM observation_branch ob
WHERE EXISTS (SELECT 1 FROM observation_aud a WHERE a.id = ob.observation_id);
