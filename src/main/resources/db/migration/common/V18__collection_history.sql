-- Collections become records like the others, curated in the workspace: Envers keeps their history in these
-- _aud twins, shaped as V5 shaped those of schemes and publications (nullable columns: a deleted record keeps
-- only its id).
CREATE TABLE collection_aud (
    id               BIGINT NOT NULL,
    rev              BIGINT NOT NULL REFERENCES revision (id),
    revtype          SMALLINT,
    slug             VARCHAR(120),
    title_en         VARCHAR(400),
    title_fr         VARCHAR(400),
    title_es         VARCHAR(400),
    introduction_en  VARCHAR(8000),
    introduction_fr  VARCHAR(8000),
    introduction_es  VARCHAR(8000),
    west             DOUBLE PRECISION,
    south            DOUBLE PRECISION,
    east             DOUBLE PRECISION,
    north            DOUBLE PRECISION,
    demo             BOOLEAN,
    status           VARCHAR(20),
    created_by       VARCHAR(100),
    created_at       TIMESTAMP WITH TIME ZONE,
    updated_by       VARCHAR(100),
    updated_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);

CREATE TABLE collection_observation_aud (
    collection_id   BIGINT NOT NULL,
    rev             BIGINT NOT NULL REFERENCES revision (id),
    revtype         SMALLINT,
    observation_id  BIGINT NOT NULL,
    PRIMARY KEY (collection_id, rev, observation_id)
);

CREATE TABLE collection_scheme_aud (
    collection_id  BIGINT NOT NULL,
    rev            BIGINT NOT NULL REFERENCES revision (id),
    revtype        SMALLINT,
    scheme_id      BIGINT NOT NULL,
    PRIMARY KEY (collection_id, rev, scheme_id)
);

CREATE TABLE collection_publication_aud (
    collection_id   BIGINT NOT NULL,
    rev             BIGINT NOT NULL REFERENCES revision (id),
    revtype         SMALLINT,
    publication_id  BIGINT NOT NULL,
    PRIMARY KEY (collection_id, rev, publication_id)
);

CREATE TABLE collection_source_aud (
    collection_id  BIGINT NOT NULL,
    rev            BIGINT NOT NULL REFERENCES revision (id),
    revtype        SMALLINT NOT NULL,
    position       INTEGER NOT NULL,
    title          VARCHAR(1000),
    url            VARCHAR(2000),
    accessed       DATE,
    PRIMARY KEY (position, revtype, rev, collection_id)
);

-- Collections loaded before this version start their history here, as V5 started that of the other records: one
-- revision by 'system' in which each is created as it stands. A database without collections gets no revision.
INSERT INTO revision (revised_at, username)
SELECT CURRENT_TIMESTAMP, 'system' WHERE EXISTS (SELECT 1 FROM collection);

INSERT INTO collection_aud (id, rev, revtype, slug, title_en, title_fr, title_es, introduction_en, introduction_fr,
        introduction_es, west, south, east, north, demo, status, created_by, created_at, updated_by, updated_at)
SELECT id, (SELECT MAX(id) FROM revision), 0, slug, title_en, title_fr, title_es, introduction_en, introduction_fr,
        introduction_es, west, south, east, north, demo, status, created_by, created_at, updated_by, updated_at
FROM collection;
INSERT INTO collection_observation_aud (collection_id, rev, revtype, observation_id)
SELECT collection_id, (SELECT MAX(id) FROM revision), 0, observation_id FROM collection_observation;
INSERT INTO collection_scheme_aud (collection_id, rev, revtype, scheme_id)
SELECT collection_id, (SELECT MAX(id) FROM revision), 0, scheme_id FROM collection_scheme;
INSERT INTO collection_publication_aud (collection_id, rev, revtype, publication_id)
SELECT collection_id, (SELECT MAX(id) FROM revision), 0, publication_id FROM collection_publication;
INSERT INTO collection_source_aud (collection_id, rev, revtype, position, title, url, accessed)
SELECT collection_id, (SELECT MAX(id) FROM revision), 0, position, title, url, accessed FROM collection_source;
