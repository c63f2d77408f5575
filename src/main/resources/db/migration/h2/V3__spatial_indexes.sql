-- H2 uses a spatial index only for the && (bounding boxes intersect) operator.
CREATE SPATIAL INDEX country_boundary_sidx ON country (boundary);
CREATE SPATIAL INDEX observation_public_location_sidx ON observation (public_location);
