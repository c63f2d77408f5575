-- The same index as on PostgreSQL, for the counts per country and kind.
CREATE INDEX observation_status_country_kind ON observation (status, country_iso3, kind);
