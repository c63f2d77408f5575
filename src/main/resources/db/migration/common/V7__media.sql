-- Uploaded files: what the app knows of each stored key. The key is made by the app (UUID + the extension of the
-- kind it recognised from the content); the uploader's file name is kept, sanitised, only to name a download.
CREATE TABLE media_file (
    storage_key    VARCHAR(60) PRIMARY KEY,
    kind           VARCHAR(10) NOT NULL,
    byte_size      BIGINT NOT NULL,
    original_name  VARCHAR(200) NOT NULL,
    sha256         VARCHAR(64) NOT NULL,
    created_by     VARCHAR(100),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A publication's stored file (file_path holds its key): its type and size, and for a PDF its page count, the key
-- of a first-page thumbnail and its text (for search). Envers audits publication, so publication_aud has them too.
ALTER TABLE publication ADD COLUMN file_type VARCHAR(100);
ALTER TABLE publication ADD COLUMN file_size BIGINT;
ALTER TABLE publication ADD COLUMN page_count INTEGER;
ALTER TABLE publication ADD COLUMN thumbnail_path VARCHAR(500);
ALTER TABLE publication ADD COLUMN extracted_text VARCHAR;
CREATE INDEX publication_file_path_idx ON publication (file_path);
CREATE INDEX publication_thumbnail_path_idx ON publication (thumbnail_path);

ALTER TABLE publication_aud ADD COLUMN file_type VARCHAR(100);
ALTER TABLE publication_aud ADD COLUMN file_size BIGINT;
ALTER TABLE publication_aud ADD COLUMN page_count INTEGER;
ALTER TABLE publication_aud ADD COLUMN thumbnail_path VARCHAR(500);
ALTER TABLE publication_aud ADD COLUMN extracted_text VARCHAR;
