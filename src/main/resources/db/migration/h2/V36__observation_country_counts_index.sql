-- As on PostgreSQL, for the counts per country and kind; H2 has no partial index, so status leads.
CREATE INDEX observation_status_country_kind ON observation (status, country_iso3, kind);
