-- Uploaded files kept in the database (spmap.media.store=database): see the PostgreSQL twin. H2 streams a BLOB.
CREATE TABLE media_content (
    media_key   VARCHAR(60) PRIMARY KEY,
    content     BLOB NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
