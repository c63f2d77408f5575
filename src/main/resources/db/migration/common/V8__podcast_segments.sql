-- Time-stamped parts of a podcast episode, each about an observation or a country: a link can start playback there.
CREATE TABLE publication_segment (
    publication_id  BIGINT NOT NULL REFERENCES publication (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    start_seconds   INTEGER NOT NULL,
    title           VARCHAR(400) NOT NULL,
    observation_id  BIGINT,
    country_iso3    VARCHAR(3),
    PRIMARY KEY (publication_id, position)
);
CREATE INDEX publication_segment_observation_idx ON publication_segment (observation_id);

CREATE TABLE publication_segment_aud (
    publication_id  BIGINT NOT NULL,
    rev             BIGINT NOT NULL REFERENCES revision (id),
    revtype         SMALLINT NOT NULL,
    position        INTEGER NOT NULL,
    start_seconds   INTEGER,
    title           VARCHAR(400),
    observation_id  BIGINT,
    country_iso3    VARCHAR(3),
    PRIMARY KEY (position, revtype, rev, publication_id)
);
