-- Observation ids come from a sequence that Hibernate reads 50 at a time (pooled-lo: nextval v gives it v to v+49),
-- so an import's inserts go to the database in JDBC batches instead of one round trip per row as an identity column
-- forces. Plain SQL inserts (bench/load.sql, tests) keep the column default, which takes the same sequence: each
-- nextval, whoever asks, owns the 50 ids from its value up, so the two never hand out the same id. The INCREMENT must
-- equal Observation's allocationSize (Hibernate refuses to start otherwise). A loader that writes explicit ids must
-- setval the sequence past them.
ALTER TABLE observation ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE observation_seq INCREMENT BY 50 OWNED BY observation.id;
SELECT setval('observation_seq', COALESCE(MAX(id), 0) + 1, false) FROM observation;
ALTER TABLE observation ALTER COLUMN id SET DEFAULT nextval('observation_seq');
