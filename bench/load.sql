-- Loads the benchmark atlas into the app's own schema: the kit's 100,000 generated points (table places,
-- see ../shared/bench/gen) become published observations, with groups, themes, a scheme link where the country has
-- a published scheme, and one source each. :copies (psql -v copies=10) repeats the set with a small deterministic
-- shift for the 1,000,000-point run. Deterministic: the same input gives the same rows. Idempotent: earlier
-- benchmark rows (slug bench-*) are removed first.
\set ON_ERROR_STOP on
\if :{?copies}
\else
  \set copies 1
\endif
BEGIN;
DELETE FROM observation WHERE slug LIKE 'bench-%';
CREATE TEMP TABLE bench_rows ON COMMIT DROP AS
SELECT p.id + 10000000 * k AS src, k, p.kind, p.country_iso3, p.worker_group, p.title, p.description,
       p.observed_on, ST_SetSRID(ST_Translate(p.geom, 0.0007 * k, -0.0005 * k), 4326) AS geom
FROM places p CROSS JOIN generate_series(0, :copies - 1) k
WHERE EXISTS (SELECT 1 FROM country c WHERE c.iso3 = p.country_iso3);
INSERT INTO observation (slug, kind, title, narrative, location, public_location, place_name, place_type, privacy,
                         country_iso3, observed_from, from_year, observed_to, to_year, demo, status, created_by,
                         created_at, updated_by, updated_at, version)
SELECT 'bench-' || src, upper(kind), title, description, geom, geom,
       'near ' || split_part(title, ' ', 1), (ARRAY['MARKET','VENDING_ZONE','DUMPSITE','HOME_BASED_CLUSTER',
       'CHILD_CARE_CENTRE','OFFICE','OTHER'])[1 + src % 7], 'EXACT', country_iso3,
       to_char(observed_on, 'YYYY-MM'), extract(year FROM observed_on)::int, NULL, NULL, FALSE, 'PUBLISHED',
       'bench', timestamptz '2026-01-01 00:00:00+00', 'bench', timestamptz '2026-01-01 00:00:00+00', 1
FROM bench_rows ORDER BY src;
CREATE TEMP TABLE bench_ids ON COMMIT DROP AS
SELECT o.id, b.* FROM observation o JOIN bench_rows b ON o.slug = 'bench-' || b.src;
INSERT INTO observation_group (observation_id, worker_group)
SELECT id, CASE worker_group WHEN 'street vendors' THEN 'STREET_VENDORS' WHEN 'domestic workers' THEN 'DOMESTIC_WORKERS'
       WHEN 'waste pickers' THEN 'WASTE_PICKERS' WHEN 'home-based workers' THEN 'HOME_BASED_WORKERS'
       WHEN 'market porters' THEN 'MARKET_TRADERS' WHEN 'garment piece-rate workers' THEN 'GARMENT_WORKERS'
       WHEN 'motorcycle taxi drivers' THEN 'TRANSPORT_WORKERS' ELSE 'INFORMAL_WORKERS' END FROM bench_ids;
INSERT INTO observation_component (observation_id, component)
SELECT id, (ARRAY['FINANCING','GOVERNANCE','REGISTRATION','DELIVERY'])[1 + src % 4] FROM bench_ids;
INSERT INTO observation_branch (observation_id, branch)
SELECT id, (ARRAY['MEDICAL_CARE','OLD_AGE','CHILD_CARE','UNEMPLOYMENT'])[1 + src % 4] FROM bench_ids WHERE src % 3 = 0;
INSERT INTO observation_scheme (observation_id, scheme_id)
SELECT b.id, s.id FROM bench_ids b
JOIN LATERAL (SELECT id FROM scheme s WHERE s.country_iso3 = b.country_iso3 AND s.status = 'PUBLISHED'
              ORDER BY id LIMIT 1) s ON TRUE
WHERE b.src % 2 = 0;
INSERT INTO observation_source (observation_id, position, title, url, accessed)
SELECT id, 0, 'Field interview, ' || country_iso3 || ' ' || to_char(observed_on, 'YYYY'),
       'https://example.org/interviews/' || src, observed_on FROM bench_ids;
COMMIT;
-- VACUUM, not only ANALYZE: the visibility map it sets is what lets the clusters be read from their index alone, as
-- autovacuum would set it some minutes after a bulk load in production
VACUUM ANALYZE observation; ANALYZE observation_group; ANALYZE observation_component; ANALYZE observation_branch;
ANALYZE observation_scheme; ANALYZE observation_source;
SELECT count(*) AS bench_observations FROM observation WHERE slug LIKE 'bench-%';
