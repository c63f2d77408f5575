-- Observation ids come from a sequence that Hibernate reads 50 at a time (pooled-lo), so an import's inserts are
-- batched; plain SQL inserts keep the column default on the same sequence and never collide with them. See the
-- postgresql/ twin for the reasoning; only the syntax differs.
ALTER TABLE observation ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE observation_seq INCREMENT BY 50;
ALTER SEQUENCE observation_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 1 FROM observation);
ALTER TABLE observation ALTER COLUMN id SET DEFAULT NEXT VALUE FOR observation_seq;
