-- Pages built from the whole atlas are kept rendered until the atlas changes (package pagecache). A transaction that
-- writes any table readers see adds one row here; the pages' key is read from this table before a page is built, so a
-- change becomes visible to the cache exactly when it is committed, on every app node that shares the database.
-- Rows are added, never updated: concurrent writers do not wait on each other. Old rows are pruned by the app.
CREATE SEQUENCE atlas_change_seq;
CREATE TABLE atlas_change (
    id          BIGINT PRIMARY KEY,
    changed_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
INSERT INTO atlas_change (id) VALUES (nextval('atlas_change_seq'));

-- One row a transaction, whatever number of statements and tables it writes (a 100,000-row import adds one).
CREATE FUNCTION atlas_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('spmap.atlas_changed', true) IS DISTINCT FROM txid_current()::text THEN
        INSERT INTO atlas_change (id) VALUES (nextval('atlas_change_seq'));
        PERFORM set_config('spmap.atlas_changed', txid_current()::text, true);
    END IF;
    RETURN NULL;
END $$;

-- Every table a page can show, that is all but the history, accounts, jobs, queues and PostGIS's own:
-- AtlasChangesTests fails when a later migration adds a table without this trigger.
DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT table_name FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
               AND table_name NOT LIKE '%\_aud'
               AND table_name NOT IN ('atlas_change', 'flyway_schema_history', 'spatial_ref_sys', 'revision',
                                      'app_user', 'api_token', 'data_load', 'import_job', 'review_comment',
                                      'submission', 'record_revision')
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       || 'FOR EACH STATEMENT EXECUTE FUNCTION atlas_changed()', t || '_atlas_changed', t);
    END LOOP;
END $$;
