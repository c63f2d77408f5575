-- Pages built from the whole atlas are kept rendered until the atlas changes (package pagecache). A transaction that
-- writes any table readers see adds one row here on PostgreSQL. H2 has no trigger language and refuses a trigger's
-- statement that would commit, so here AtlasChangeTrigger (Java) counts writes in the app's JVM and AtlasCommits the
-- commits after them; the table only keeps the query the same on both databases.
CREATE SEQUENCE atlas_change_seq;
CREATE TABLE atlas_change (
    id          BIGINT PRIMARY KEY,
    changed_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
INSERT INTO atlas_change (id) VALUES (NEXT VALUE FOR atlas_change_seq);

-- Every table a page can show, that is all but the history, accounts, jobs and queues: AtlasChangesTests fails when a
-- later migration adds a table without this trigger.
CREATE TRIGGER collection_atlas_changed AFTER INSERT, UPDATE, DELETE ON collection FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER collection_observation_atlas_changed AFTER INSERT, UPDATE, DELETE ON collection_observation FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER collection_publication_atlas_changed AFTER INSERT, UPDATE, DELETE ON collection_publication FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER collection_scheme_atlas_changed AFTER INSERT, UPDATE, DELETE ON collection_scheme FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER collection_source_atlas_changed AFTER INSERT, UPDATE, DELETE ON collection_source FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER country_atlas_changed AFTER INSERT, UPDATE, DELETE ON country FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER indicator_atlas_changed AFTER INSERT, UPDATE, DELETE ON indicator FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER indicator_value_atlas_changed AFTER INSERT, UPDATE, DELETE ON indicator_value FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER media_file_atlas_changed AFTER INSERT, UPDATE, DELETE ON media_file FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER observation_atlas_changed AFTER INSERT, UPDATE, DELETE ON observation FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER observation_branch_atlas_changed AFTER INSERT, UPDATE, DELETE ON observation_branch FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER observation_component_atlas_changed AFTER INSERT, UPDATE, DELETE ON observation_component FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER observation_group_atlas_changed AFTER INSERT, UPDATE, DELETE ON observation_group FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER observation_scheme_atlas_changed AFTER INSERT, UPDATE, DELETE ON observation_scheme FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER observation_source_atlas_changed AFTER INSERT, UPDATE, DELETE ON observation_source FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER publication_atlas_changed AFTER INSERT, UPDATE, DELETE ON publication FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER publication_author_atlas_changed AFTER INSERT, UPDATE, DELETE ON publication_author FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER publication_country_atlas_changed AFTER INSERT, UPDATE, DELETE ON publication_country FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER publication_observation_atlas_changed AFTER INSERT, UPDATE, DELETE ON publication_observation FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER publication_scheme_atlas_changed AFTER INSERT, UPDATE, DELETE ON publication_scheme FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER publication_segment_atlas_changed AFTER INSERT, UPDATE, DELETE ON publication_segment FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER scheme_atlas_changed AFTER INSERT, UPDATE, DELETE ON scheme FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER scheme_benefit_form_atlas_changed AFTER INSERT, UPDATE, DELETE ON scheme_benefit_form FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER scheme_branch_atlas_changed AFTER INSERT, UPDATE, DELETE ON scheme_branch FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER scheme_coverage_atlas_changed AFTER INSERT, UPDATE, DELETE ON scheme_coverage FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER scheme_coverage_figure_atlas_changed AFTER INSERT, UPDATE, DELETE ON scheme_coverage_figure FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER scheme_reform_atlas_changed AFTER INSERT, UPDATE, DELETE ON scheme_reform FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER scheme_source_atlas_changed AFTER INSERT, UPDATE, DELETE ON scheme_source FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
CREATE TRIGGER translation_atlas_changed AFTER INSERT, UPDATE, DELETE ON translation FOR EACH STATEMENT CALL 'org.socialprotection.map.pagecache.AtlasChangeTrigger';
