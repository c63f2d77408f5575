-- As on PostgreSQL, for the count of a page's matches; H2 has no partial index, so it holds every row.
CREATE INDEX observation_lonlat ON observation (lon, lat);
