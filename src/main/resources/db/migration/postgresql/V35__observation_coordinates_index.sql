-- The count of a page's matches (numberMatched, up to 10,001) asks for the box on lon and lat: with this index of
-- published points it is answered from the index alone, a few milliseconds for a continent, where the spatial index
-- made it read every matching row of the wide table.
CREATE INDEX observation_published_lonlat ON observation (lon, lat) WHERE status = 'PUBLISHED';
