CREATE INDEX country_boundary_sidx ON country USING GIST (boundary);
CREATE INDEX observation_public_location_sidx ON observation USING GIST (public_location);
