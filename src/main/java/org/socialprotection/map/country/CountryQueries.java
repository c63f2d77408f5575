package org.socialprotection.map.country;

/** Counts of published records per country, straight from the tables of the features that own them. */
final class CountryQueries {

    static final String SCHEME_COUNTS = """
            SELECT country_iso3, COUNT(*) FROM scheme WHERE status = 'PUBLISHED' GROUP BY country_iso3""";

    static final String OBSERVATION_COUNTS = """
            SELECT country_iso3, kind, COUNT(*) FROM observation WHERE status = 'PUBLISHED'
            GROUP BY country_iso3, kind""";

    private CountryQueries() {
    }
}
