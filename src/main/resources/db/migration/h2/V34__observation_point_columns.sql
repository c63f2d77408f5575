-- The public point's coordinates as plain columns, kept by the database: see the PostgreSQL twin (H2 has no partial
-- index, and its clusters are the demo atlas's size).
ALTER TABLE observation ADD COLUMN lon DOUBLE PRECISION GENERATED ALWAYS AS (ST_X(public_location));
ALTER TABLE observation ADD COLUMN lat DOUBLE PRECISION GENERATED ALWAYS AS (ST_Y(public_location));
