-- World clusters group every published point by grid cell. Over 1,000,000 observations, reading the wide rows (their
-- narratives) and calling ST_X/ST_Y eight times a row took 2.5 s; the coordinates as plain columns, kept by the
-- database itself, and a narrow index of the published points that holds them answer the same grouping from the
-- index alone (index-only scan) in a fraction of it. The app never writes these columns. Its key is not the id, so
-- that it never competes with the spatial index or the primary key for a page of ids in id order.
ALTER TABLE observation ADD COLUMN lon DOUBLE PRECISION GENERATED ALWAYS AS (ST_X(public_location)) STORED;
ALTER TABLE observation ADD COLUMN lat DOUBLE PRECISION GENERATED ALWAYS AS (ST_Y(public_location)) STORED;
CREATE INDEX observation_published_points ON observation (kind) INCLUDE (id, lon, lat) WHERE status = 'PUBLISHED';
