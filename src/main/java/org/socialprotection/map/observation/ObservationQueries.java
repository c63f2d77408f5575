package org.socialprotection.map.observation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.SqlFilter;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.geo.Bbox;
import org.socialprotection.map.geo.SpatialDialect;
import org.socialprotection.map.scheme.Branch;
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

    /** The briefs and podcasts of an observation, each title with its published translation into :lang if any. */
    static final String PUBLICATIONS = """
            SELECT p.id, p.publication_type, p.title, p.original_language, tt.published_text FROM publication p
            JOIN publication_observation po ON po.publication_id = p.id
            LEFT JOIN translation tt ON tt.record_type = 'publications' AND tt.record_id = p.id
                 AND tt.field = 'title' AND tt.language = :lang AND tt.published_text IS NOT NULL
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

    /*
     * A page of features as GeoJSON text built by PostgreSQL, one row each (its id, its text), for the list routes to
     * copy into the response. It writes what ObservationRows and ObservationView write in Java (and ogcapi's ObservationProperties
     * for the flat shape), and StreamedFeaturesTests compares the two: codes in their enum's order, schemes by id in
     * the reader's language (English, then the official name, where a name is missing), sources in their order, the
     * texts as Texts chooses them (a published, non-blank translation in the reader's language, else the original, in
     * the original's language; a blank original has none), and updatedAt as Jackson writes an Instant (UTC, 0, 3 or 6
     * decimals). The page is cut in the inner query, so the child tables are read for its rows only. Values are
     * bound: :lang (the reader's code), :site (the atlas's address, for the flat shape's page link).
     */
    private static final String JSON_PAGE = """
            SELECT p.id, %s FROM (SELECT o.* FROM %s ORDER BY o.id LIMIT :limit OFFSET :offset) p
            CROSS JOIN LATERAL (SELECT CASE WHEN lower(p.original_language) IN ('en', 'fr', 'es')
                                THEN lower(p.original_language) ELSE 'en' END AS original) l
            LEFT JOIN LATERAL (
                SELECT max(t.published_text) FILTER (WHERE lower(t.language) = :lang AND t.field = 'title') AS title,
                       max(t.published_text) FILTER (WHERE lower(t.language) = :lang AND t.field = 'narrative') AS narrative,
                       max(t.published_text) FILTER (WHERE lower(t.language) = :lang AND t.field = 'placeName') AS place_name,
                       bool_or(lower(t.language) = 'en') AS en, bool_or(lower(t.language) = 'fr') AS fr,
                       bool_or(lower(t.language) = 'es') AS es
                FROM translation t
                WHERE t.record_type = 'observations' AND t.record_id = p.id AND t.published_text ~ '\\S'
                  AND lower(t.language) <> l.original) tr ON TRUE
            CROSS JOIN LATERAL (SELECT
                CASE WHEN p.title ~ '\\S' THEN coalesce(tr.title, p.title) END AS title,
                CASE WHEN p.title ~ '\\S' THEN CASE WHEN tr.title IS NULL THEN l.original ELSE :lang END END AS title_language,
                CASE WHEN p.narrative ~ '\\S' THEN coalesce(tr.narrative, p.narrative) END AS narrative,
                CASE WHEN p.narrative ~ '\\S' THEN CASE WHEN tr.narrative IS NULL THEN l.original ELSE :lang END
                     END AS narrative_language,
                CASE WHEN p.place_name ~ '\\S' THEN coalesce(tr.place_name, p.place_name) END AS place_name,
                CASE WHEN p.place_name ~ '\\S' THEN CASE WHEN tr.place_name IS NULL THEN l.original ELSE :lang END
                     END AS place_name_language,
                array_remove(ARRAY[CASE WHEN l.original = 'en' OR tr.en THEN 'en' END,
                                   CASE WHEN l.original = 'fr' OR tr.fr THEN 'fr' END,
                                   CASE WHEN l.original = 'es' OR tr.es THEN 'es' END], NULL) AS languages,
                to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
                    || CASE WHEN p.updated_at IS NULL THEN NULL
                            WHEN us.us = 0 THEN '' WHEN us.us %% 1000 = 0 THEN '.' || lpad((us.us / 1000)::text, 3, '0')
                            ELSE '.' || lpad(us.us::text, 6, '0') END || 'Z' AS updated_at
                FROM (SELECT (extract(microseconds FROM p.updated_at)::bigint %% 1000000) AS us) us) x
            ORDER BY p.id""";

    /** The read API's feature: ObservationView's members, a null one left out (its texts and publications too). */
    private static final String API_FEATURE = """
            json_build_object('type', 'Feature', 'id', p.id, 'geometry', %1$s::json, 'properties',
                jsonb_strip_nulls(jsonb_build_object('id', p.id, 'slug', p.slug, 'kind', lower(p.kind),
                    'title', x.title, 'narrative', x.narrative, 'placeName', x.place_name,
                    'placeType', lower(p.place_type), 'privacy', lower(p.privacy), 'country', p.country_iso3,
                    'observedFrom', p.observed_from, 'observedTo', p.observed_to, 'demo', p.demo,
                    'updatedAt', x.updated_at, 'originalLanguage', l.original, 'titleLanguage', x.title_language,
                    'narrativeLanguage', x.narrative_language, 'placeNameLanguage', x.place_name_language))
                || jsonb_build_object(
                    'groups', (SELECT coalesce(jsonb_agg(lower(g.worker_group) ORDER BY array_position(%2$s,
                               g.worker_group::text)), '[]') FROM observation_group g WHERE g.observation_id = p.id),
                    'components', (SELECT coalesce(jsonb_agg(lower(c.component) ORDER BY array_position(%3$s,
                               c.component::text)), '[]') FROM observation_component c WHERE c.observation_id = p.id),
                    'branches', (SELECT coalesce(jsonb_agg(lower(b.branch) ORDER BY array_position(%4$s,
                               b.branch::text)), '[]') FROM observation_branch b WHERE b.observation_id = p.id),
                    'schemes', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'name', %5$s,
                                'acronym', s.acronym) ORDER BY s.id), '[]')
                                FROM observation_scheme os JOIN scheme s ON s.id = os.scheme_id
                                WHERE os.observation_id = p.id AND s.status = 'PUBLISHED'),
                    'sources', (SELECT coalesce(jsonb_agg(jsonb_build_object('title', so.title, 'url', so.url,
                                'accessed', so.accessed) ORDER BY so.position), '[]')
                                FROM observation_source so WHERE so.observation_id = p.id),
                    'languages', to_jsonb(x.languages)))::text""";

    /** The OGC API's feature: every member of ogcapi's ObservationProperties, lists joined into one text. */
    private static final String FLAT_FEATURE = """
            json_build_object('type', 'Feature', 'id', p.id, 'geometry', %1$s::json, 'properties', json_build_object(
                'title', x.title, 'kind', lower(p.kind), 'country', p.country_iso3, 'placeName', x.place_name,
                'placeType', lower(p.place_type), 'privacy', lower(p.privacy),
                'groups', (SELECT coalesce(string_agg(lower(g.worker_group), ', ' ORDER BY array_position(%2$s,
                           g.worker_group::text)), '') FROM observation_group g WHERE g.observation_id = p.id),
                'components', (SELECT coalesce(string_agg(lower(c.component), ', ' ORDER BY array_position(%3$s,
                           c.component::text)), '') FROM observation_component c WHERE c.observation_id = p.id),
                'branches', (SELECT coalesce(string_agg(lower(b.branch), ', ' ORDER BY array_position(%4$s,
                           b.branch::text)), '') FROM observation_branch b WHERE b.observation_id = p.id),
                'schemes', (SELECT string_agg(%5$s, '; ' ORDER BY s.id)
                            FROM observation_scheme os JOIN scheme s ON s.id = os.scheme_id
                            WHERE os.observation_id = p.id AND s.status = 'PUBLISHED'),
                'observedFrom', p.observed_from, 'observedTo', p.observed_to, 'narrative', x.narrative,
                'sources', (SELECT string_agg(CASE WHEN so.url IS NULL THEN so.title
                            ELSE so.title || ' <' || so.url || '>' END, '; ' ORDER BY so.position)
                            FROM observation_source so WHERE so.observation_id = p.id),
                'demo', p.demo, 'updatedAt', x.updated_at, 'page', :site || '/observations/' || p.id,
                'originalLanguage', l.original, 'languages', array_to_string(x.languages, ', '),
                'titleLanguage', x.title_language, 'narrativeLanguage', x.narrative_language,
                'placeNameLanguage', x.place_name_language))::text""";

    private ObservationQueries() {
    }

    /** The table, with the spatial index preferred where a bbox is given. */
    static String table(ObservationQuery query, SpatialDialect dialect) {
        return "observation o" + (query.bbox() == null ? "" : dialect.preferIndex("observation_public_location_sidx"));
    }

    static SqlFilter filter(ObservationQuery query) {
        return filter(query, false);
    }

    /**
     * The filters with the box asked of the coordinates' columns, whose index of published points (migration V35)
     * carries the id: a count of a continent's first 10,001 matches is read from the index alone in a few
     * milliseconds, where the spatial index read every matching row (about 100 ms at 100,000 points), and so are the
     * ids of a page whose features are kept (a dense city's 1,487 ids in 1 ms rather than 3, its 14,870 at 1,000,000
     * points without fetching their rows).
     */
    static SqlFilter coordinateFilter(ObservationQuery query) {
        return filter(query, true);
    }

    private static SqlFilter filter(ObservationQuery query, boolean byCoordinates) {
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
            bbox(filter, query.bbox(), byCoordinates);
        }
        return filter;
    }

    /**
     * The statement of one page of features as GeoJSON text (PostgreSQL only, see {@link SpatialDialect#writesFeatureJson}):
     * {@code from} is the table and its filter, {@code flat} the OGC API's properties rather than the read API's.
     */
    static String jsonPage(String from, Language language, boolean flat, SpatialDialect dialect) {
        String feature = (flat ? FLAT_FEATURE : API_FEATURE).formatted(dialect.asGeoJson("p.public_location"),
                constants(WorkerGroup.class), constants(Component.class), constants(Branch.class),
                schemeName(language));
        return JSON_PAGE.formatted(feature, from);
    }

    /** A scheme's name as Language.pick gives it: the reader's, else English, else the official name. */
    private static String schemeName(Language language) {
        String english = "CASE WHEN s.name_en IS NULL THEN s.official_name ELSE s.name_en END";
        return switch (language) {
            case EN -> english;
            case FR -> "CASE WHEN s.name_fr ~ '\\S' THEN s.name_fr ELSE " + english + " END";
            case ES -> "CASE WHEN s.name_es ~ '\\S' THEN s.name_es ELSE " + english + " END";
        };
    }

    /** The constants of an enum as a SQL array, in declaration order: the order the entity sorts its codes in. */
    private static <E extends Enum<E>> String constants(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> "'" + e.name() + "'")
                .collect(Collectors.joining(", ", "ARRAY[", "]::text[]"));
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
    private static void bbox(SqlFilter filter, Bbox bbox, boolean byCoordinates) {
        List<Envelope> envelopes = bbox.envelopes();
        StringBuilder condition = new StringBuilder("(");
        for (int i = 0; i < envelopes.size(); i++) {
            Envelope e = envelopes.get(i);
            condition.append(i == 0 ? "" : " OR ");
            if (byCoordinates) {
                // the same test for a point: lon and lat are its coordinates (V34), and && includes the edges too
                condition.append("(o.lon BETWEEN :minx").append(i).append(" AND :maxx").append(i)
                        .append(" AND o.lat BETWEEN :miny").append(i).append(" AND :maxy").append(i).append(")");
            } else {
                condition.append("o.public_location && ST_MakeEnvelope(:minx").append(i)
                        .append(", :miny").append(i).append(", :maxx").append(i).append(", :maxy").append(i)
                        .append(", 4326)");
            }
            filter.bind("minx" + i, e.getMinX()).bind("miny" + i, e.getMinY())
                    .bind("maxx" + i, e.getMaxX()).bind("maxy" + i, e.getMaxY());
        }
        filter.where(condition.append(")").toString());
    }

}
