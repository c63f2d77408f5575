package org.socialprotection.map.publication;

import org.socialprotection.map.atlas.SqlFilter;
import org.socialprotection.map.workflow.PublicationStatus;

/**
 * The SQL of publication lists, newest first. Filters by a linked record match published records only: a draft's id
 * must not tell that the draft exists or what it is linked to.
 */
final class PublicationQueries {

    static final String COUNT = "SELECT COUNT(*) FROM publication p";
    static final String IDS = "SELECT p.id FROM publication p";
    /** Which of the observations that episodes' segments name are published. */
    static final String PUBLISHED_OBSERVATIONS = "SELECT id FROM observation WHERE id IN (:ids) AND status = :published";
    static final String ORDER_PAGE = " ORDER BY p.published_on DESC NULLS LAST, p.title, p.id LIMIT :limit OFFSET :offset";

    private PublicationQueries() {
    }

    static SqlFilter filter(PublicationQuery query) {
        return new SqlFilter()
                .where("p.status = :status", "status", PublicationStatus.PUBLISHED)
                .whereAny(query.types(), "p.publication_type IN (:types)", "types")
                .whereAny(query.countries(), """
                        EXISTS (SELECT 1 FROM publication_country pc WHERE pc.publication_id = p.id
                                AND pc.country_iso3 IN (:countries))""", "countries")
                .whereAny(query.observations(), """
                        EXISTS (SELECT 1 FROM publication_observation po JOIN observation o ON o.id = po.observation_id
                                WHERE po.publication_id = p.id AND po.observation_id IN (:observations)
                                AND o.status = :status)""", "observations")
                .whereAny(query.schemes(), """
                        EXISTS (SELECT 1 FROM publication_scheme ps JOIN scheme s ON s.id = ps.scheme_id
                                WHERE ps.publication_id = p.id AND ps.scheme_id IN (:schemes)
                                AND s.status = :status)""", "schemes");
    }
}
