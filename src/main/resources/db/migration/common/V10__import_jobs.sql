-- Background imports and their reports. They live here rather than in the app's memory so that a restart neither
-- loses a report nor leaves a job that looks as if it still ran: at start the app marks the jobs that were queued or
-- running before it as INTERRUPTED (their import's own transaction died with the old process, so nothing of them
-- was stored). Job rows are written in transactions of their own, never inside the import's.
CREATE TABLE import_job (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner       VARCHAR(100) NOT NULL,
    import_type VARCHAR(20)  NOT NULL,
    dry_run     BOOLEAN      NOT NULL,
    state       VARCHAR(12)  NOT NULL,
    rows_done   INTEGER      NOT NULL,
    rows_total  INTEGER      NOT NULL,
    -- the column mapping the file was read with, as JSON: a commit reads the file exactly as its dry run did
    mapping     TEXT         NOT NULL,
    -- the report, as JSON, once the job is done
    report      TEXT,
    error       VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX import_job_state ON import_job (state);
CREATE INDEX import_job_created ON import_job (created_at);
