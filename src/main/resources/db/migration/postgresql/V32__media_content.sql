-- Uploaded files kept in the database (spmap.media.store=database), so that every app node sharing it serves every
-- file without a shared disk. Each file is a large object: written and read as a stream, in chunks, so a 200 MB
-- episode never sits whole in the app's memory (a bytea column would be read whole by the driver).
-- The app removes a file's large object with its row (lo_unlink); media_file keeps what the file is.
CREATE TABLE media_content (
    media_key   VARCHAR(60) PRIMARY KEY,
    content     OID NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
