-- One index of published points keyed on their coordinates, in place of V34's keyed on kind: the count of a page's
-- matches (numberMatched, up to 10,001) asks for the box on lon and lat and is answered from the index alone, a few
-- milliseconds for a continent where the spatial index made it read every matching row of the wide table; the world
-- clusters still read only this index (kind and id are carried in it, a kind filter is checked there).
DROP INDEX observation_published_points;
CREATE INDEX observation_published_lonlat ON observation (lon, lat) INCLUDE (id, kind) WHERE status = 'PUBLISHED';
