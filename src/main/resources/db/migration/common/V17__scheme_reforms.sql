-- A scheme's reforms: dated changes between its start and its end, each with its source. A reform may change what
-- the law does for one worker group; it then records that group's coverage *before* the reform (NULL when the law
-- did not name the group before), and the state after it is the next reform's "before" or, after the last one,
-- the scheme's coverage table. Storing only the "before" keeps a single place for today's law.
CREATE TABLE scheme_reform (
    scheme_id       BIGINT NOT NULL REFERENCES scheme (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    reform_date     VARCHAR(10) NOT NULL,
    reform_year     INTEGER NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    worker_group    VARCHAR(40),
    status_before   VARCHAR(20),
    source_title    VARCHAR(1000) NOT NULL,
    source_url      VARCHAR(2000),
    PRIMARY KEY (scheme_id, position)
);
CREATE INDEX scheme_reform_year_idx ON scheme_reform (reform_year);

-- Envers' twin, shaped as scheme_coverage_figure_aud in V5
CREATE TABLE scheme_reform_aud (
    scheme_id       BIGINT NOT NULL,
    rev             BIGINT NOT NULL REFERENCES revision (id),
    revtype         SMALLINT NOT NULL,
    position        INTEGER NOT NULL,
    reform_date     VARCHAR(10),
    reform_year     INTEGER,
    description     VARCHAR(2000),
    worker_group    VARCHAR(40),
    status_before   VARCHAR(20),
    source_title    VARCHAR(1000),
    source_url      VARCHAR(2000),
    PRIMARY KEY (position, revtype, rev, scheme_id)
);
