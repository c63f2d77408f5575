package org.socialprotection.map.observation;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.socialprotection.map.atlas.SqlFilter;
import org.socialprotection.map.geo.Bbox;
import org.socialprotection.map.geo.SpatialDialect;
import org.socialprotection.map.workflow.PublicationStatus;

/** The SQL of observation lists. Filters run on the public location, so a coarsened point is found where it shows. */
final class ObservationQueries {

    static final String COUNT = "SELECT COUNT(*) FROM ";
    static final String IDS = "SELECT o.id FROM ";
    static final String ORDER_PAGE = " ORDER BY o.id LIMIT :limit OFFSET :offset";

    /*
     * Grid clustering in the database: one row per occupied cell, placed at the mean of its points. Portable SQL,
     * so PostGIS and H2GIS give the same clusters. lon and lat are the public point's coordinates, kept by the
     * database (V34): on PostgreSQL a narrow index of the published points holds them, so the world's clusters are
     * counted from the index without reading the rows.
     */
    static final String CLUSTERS_SELECT = """
            SELECT COUNT(*) AS n, SUM(CASE WHEN o.kind = 'INCLUSION' THEN 1 ELSE 0 END) AS inclusions,
                   AVG(o.lon) AS x, AVG(o.lat) AS y, MIN(o.lon) AS minx, MIN(o.lat) AS miny,
                   MAX(o.lon) AS maxx, MAX(o.lat) AS maxy, MIN(o.id) AS first_id
            FROM\s""";
    static final String CLUSTERS_GROUP = """
             GROUP BY FLOOR(o.lon / :cell), FLOOR(o.lat / :cell)
            ORDER BY n DESC, first_id""";

    /**
     * The parts of published podcast episodes about an observation, for its "listen from" links: the episode's title
     * and the chapter's (field "segment.{position}") as published in the reader's language (:lang) where they are, and
     * the original's language.
     */
    static final String SEGMENTS = """
            SELECT p.id, p.title, ps.start_seconds, ps.title, p.original_language, tt.published_text, st.published_text
            FROM publication_segment ps
            JOIN publication p ON p.id = ps.publication_id
            LEFT JOIN translation tt ON tt.record_type = 'publications' AND tt.record_id = p.id
                 AND tt.field = 'title' AND tt.language = :lang AND tt.published_text IS NOT NULL
            LEFT JOIN translation st ON st.record_type = 'publications' AND st.record_id = p.id
                 AND st.field = CONCAT('segment.', CAST(ps.position AS VARCHAR(10))) AND st.language = :lang
                 AND st.published_text IS NOT NULL
            WHERE ps.observation_id = :id AND p.status = 'PUBLISHED' AND p.publication_type = 'PODCAST'
            ORDER BY p.id, ps.start_seconds""";

    static final String PUBLICATIONS = """
            SELECT p.id, p.publication_type, p.title FROM publication p
            JOIN publication_observation po ON po.publication_id = p.id
            WHERE po.observation_id = :id AND p.status = 'PUBLISHED'
            ORDER BY p.published_on DESC, p.id""";

    /** Whether a collection filter names a collection the public may see. */
    /**
     * Place names of published, exactly placed observations matching a LIKE pattern at the start of the name or of
     * a word in it. The point is the average within a 0.01-degree cell, so two markets of one name stay apart.
     */
    static final String PUBLISHED_PLACES = """
            SELECT o.place_name, o.country_iso3, AVG(ST_Y(o.public_location)) AS lat,
                   AVG(ST_X(o.public_location)) AS lon, COUNT(*) AS n,
                   SUM(CASE WHEN o.place_type = :market THEN 1 ELSE 0 END) AS markets
            FROM observation o
            WHERE o.status = :published AND o.privacy = :exact AND o.place_name IS NOT NULL
              AND (LOWER(o.place_name) LIKE :start ESCAPE '\\' OR LOWER(o.place_name) LIKE :word ESCAPE '\\'
                   OR LOWER(o.place_name) LIKE :comma ESCAPE '\\')/*country*/
            GROUP BY o.place_name, o.country_iso3, FLOOR(ST_Y(o.public_location) * 100),
                     FLOOR(ST_X(o.public_location) * 100)
            ORDER BY n DESC, o.place_name
            LIMIT :limit""";

    static final String PUBLISHED_COLLECTION = """
            SELECT COUNT(*) FROM collection WHERE slug = :slug AND status = 'PUBLISHED'""";

    private ObservationQueries() {
    }

    /** The table, with the spatial index preferred where a bbox is given. */
    static String table(ObservationQuery query, SpatialDialect dialect) {
        return "observation o" + (query.bbox() == null ? "" : dialect.preferIndex("observation_public_location_sidx"));
    }

    static SqlFilter filter(ObservationQuery query) {
        SqlFilter filter = new SqlFilter()
                .where("o.status = :status", "status", PublicationStatus.PUBLISHED)
                .whereAny(query.kinds(), "o.kind IN (:kinds)", "kinds")
                .whereAny(query.countries(), "o.country_iso3 IN (:countries)", "countries")
                .whereAny(query.groupMatch().groups(query.groups()), """
                        EXISTS (SELECT 1 FROM observation_group g WHERE g.observation_id = o.id
                                AND g.worker_group IN (:groups))""", "groups")
                .whereAny(query.branches(), """
                        (EXISTS (SELECT 1 FROM observation_branch ob WHERE ob.observation_id = o.id
                                 AND ob.branch IN (:branches))
                         OR EXISTS (SELECT 1 FROM observation_scheme os JOIN scheme_branch b ON b.scheme_id = os.scheme_id
                                    WHERE os.observation_id = o.id AND b.branch IN (:branches)))""", "branches")
                .whereAny(query.places(), "o.place_type IN (:places)", "places")
                .whereAny(query.types(), """
                        EXISTS (SELECT 1 FROM observation_scheme os JOIN scheme s ON s.id = os.scheme_id
                                WHERE os.observation_id = o.id AND s.scheme_type IN (:types))""", "types")
                .whereGiven(likePattern(query.text()), """
                        (LOWER(o.title) LIKE :text ESCAPE '\\' OR LOWER(o.narrative) LIKE :text ESCAPE '\\'
                         OR LOWER(o.place_name) LIKE :text ESCAPE '\\')""", "text")
                .whereAny(query.schemes(), """
                        EXISTS (SELECT 1 FROM observation_scheme os WHERE os.observation_id = o.id
                                AND os.scheme_id IN (:schemes))""", "schemes")
                .whereGiven(query.collection(), """
                        EXISTS (SELECT 1 FROM collection_observation co JOIN collection c ON c.id = co.collection_id
                                WHERE co.observation_id = o.id AND c.slug = :collection
                                AND c.status = 'PUBLISHED')""", "collection")
                .whereGiven(query.fromYear(), "COALESCE(o.to_year, o.from_year) >= :fromYear", "fromYear")
                .whereGiven(query.toYear(), "o.from_year <= :toYear", "toYear");
        if (query.bbox() != null) {
            bbox(filter, query.bbox());
        }
        return filter;
    }

    /** A case-insensitive "contains" pattern; % and _ in the text are matched literally. */
    static String likePattern(String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /*
     * && (bounding boxes intersect) is exact for points against a rectangle, and it is the operator both PostGIS
     * and H2GIS answer from their spatial index. A box across the antimeridian is searched as its two halves.
     */
    private static void bbox(SqlFilter filter, Bbox bbox) {
        List<Envelope> envelopes = bbox.envelopes();
        StringBuilder condition = new StringBuilder("(");
        for (int i = 0; i < envelopes.size(); i++) {
            Envelope e = envelopes.get(i);
            condition.append(i == 0 ? "" : " OR ").append("o.public_location && ST_MakeEnvelope(:minx").append(i)
                    .append(", :miny").append(i).append(", :maxx").append(i).append(", :maxy").append(i)
                    .append(", 4326)");
            filter.bind("minx" + i, e.getMinX()).bind("miny" + i, e.getMinY())
                    .bind("maxx" + i, e.getMaxX()).bind("maxy" + i, e.getMaxY());
        }
        filter.where(condition.append(")").toString());
    }

}
