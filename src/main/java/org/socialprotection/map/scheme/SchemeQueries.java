package org.socialprotection.map.scheme;

import org.socialprotection.map.atlas.SqlFilter;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.workflow.PublicationStatus;

/** The SQL of scheme lists. */
final class SchemeQueries {

    static final String COUNT = "SELECT COUNT(*) FROM scheme s";
    static final String IDS = "SELECT s.id FROM scheme s";
    static final String COUNT_BY_COUNTRY = "SELECT s.country_iso3, COUNT(*) FROM scheme s";
    static final String GROUP_BY_COUNTRY = " GROUP BY s.country_iso3";
    static final String ORDER_PAGE = " ORDER BY s.country_iso3, s.official_name, s.id LIMIT :limit OFFSET :offset";

    private SchemeQueries() {
    }

    static SqlFilter filter(SchemeQuery query) {
        SqlFilter filter = new SqlFilter()
                .where("s.status = :status", "status", PublicationStatus.PUBLISHED)
                .whereAny(query.countries(), "s.country_iso3 IN (:countries)", "countries")
                .whereAny(query.types(), "s.scheme_type IN (:types)", "types")
                .whereAny(query.branches(), """
                        EXISTS (SELECT 1 FROM scheme_branch b WHERE b.scheme_id = s.id AND b.branch IN (:branches))""",
                        "branches")
                .whereAny(query.groupMatch().groups(query.groups()), """
                        EXISTS (SELECT 1 FROM scheme_coverage c WHERE c.scheme_id = s.id
                                AND c.worker_group IN (:groups) AND c.coverage_status <> 'EXCLUDED')""", "groups");
        if (query.activeYear() != null) {
            filter.where("(s.start_year IS NULL OR s.start_year <= :year)", "year", query.activeYear())
                    .where("(s.end_year IS NULL OR s.end_year >= :year)")
                    .where("s.scheme_status <> 'PLANNED'");
        }
        return filter;
    }

}
