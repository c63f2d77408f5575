package org.socialprotection.map.coverage;

/**
 * The SQL of the matrix. Published schemes only; a scheme counts in year Y when it started in or before Y (or its
 * start is unknown) and has not ended before Y; a planned scheme is not yet law in force, so it never counts.
 */
final class CoverageQueries {

    /** The matrix's rows: every country with at least one published scheme, whatever its branch or dates. */
    static final String COUNTRIES = """
            SELECT c.iso3, c.name_en, c.name_fr, c.name_es, c.region, c.subregion FROM country c
            WHERE EXISTS (SELECT 1 FROM scheme s WHERE s.country_iso3 = c.iso3 AND s.status = 'PUBLISHED')""";

    static final String REGIONS = """
            SELECT DISTINCT region, subregion FROM country WHERE region IS NOT NULL ORDER BY region, subregion""";

    static final String SCHEMES = """
            SELECT s.id, s.country_iso3, s.official_name, s.name_en, s.name_fr, s.name_es, s.acronym,
                   s.start_year, s.end_year, s.original_language
            FROM scheme s
            WHERE s.status = 'PUBLISHED' AND s.scheme_status <> 'PLANNED'
              AND (s.start_year IS NULL OR s.start_year <= :year)
              AND (s.end_year IS NULL OR s.end_year >= :year)""";

    static final String OF_BRANCHES = """
             AND EXISTS (SELECT 1 FROM scheme_branch b WHERE b.scheme_id = s.id AND b.branch IN (:branches))""";

    static final String BRANCHES = "SELECT scheme_id, branch FROM scheme_branch WHERE scheme_id IN (:ids)";

    static final String COVERAGE = """
            SELECT scheme_id, worker_group, coverage_status, reason FROM scheme_coverage WHERE scheme_id IN (:ids)""";

    /** Reforms that changed a group's coverage after the year asked: before them, the law said something else. */
    static final String REFORMS = """
            SELECT scheme_id, position, reform_date, reform_year, description, worker_group, status_before,
                   source_title, source_url
            FROM scheme_reform WHERE scheme_id IN (:ids) AND worker_group IS NOT NULL AND reform_year > :year""";

    /** Figures of later years than the one asked are not yet known "as of" it. */
    static final String FIGURES = """
            SELECT scheme_id, figure_value, unit, figure_year, worker_group, source_title, source_url
            FROM scheme_coverage_figure WHERE scheme_id IN (:ids) AND figure_year <= :year
            ORDER BY figure_year DESC, scheme_id, position""";

    static final String SOURCES = """
            SELECT scheme_id, title, url FROM scheme_source WHERE scheme_id IN (:ids) ORDER BY scheme_id, position""";

    private CoverageQueries() {
    }
}
