-- The id a survey tool gave the record an observation was imported from (KoboToolbox's _uuid, ODK's instanceID):
-- re-importing an updated export finds the observations it created by this id and updates them instead of
-- refusing or duplicating them. A tool's id names one submission whoever imports it, so it is unique in the atlas.
ALTER TABLE observation ADD COLUMN survey_record_id VARCHAR(200);
CREATE UNIQUE INDEX observation_survey_record_idx ON observation (survey_record_id);
ALTER TABLE observation_aud ADD COLUMN survey_record_id VARCHAR(200);
