package org.socialprotection.map.observation;

import org.socialprotection.map.atlas.BadRequestException;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.translation.Texts;
import java.sql.ResultSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.socialprotection.map.atlas.Clock;
import org.socialprotection.map.atlas.InOrder;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.atlas.Page;
import org.socialprotection.map.atlas.PagedSql;
import org.socialprotection.map.atlas.SqlFilter;
import org.socialprotection.map.geo.Bbox;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.geo.GeoJson.FeatureCollection;
import org.socialprotection.map.geo.Geometries;
import org.socialprotection.map.geo.RawGeoJson;
import org.socialprotection.map.geo.SpatialDialect;
import org.socialprotection.map.geo.StreamedFeatureCollection;
import org.socialprotection.map.observation.ObservationView.PublicationRef;
import org.socialprotection.map.pagecache.AtlasVersion;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Public reads of observations: published records only, at their public location. */
@Service
@Transactional(readOnly = true)
public class ObservationReader {

    /**
     * numberMatched is counted up to this many matches and left out above it: a continent's full count would cost
     * more than the page itself (OGC API Features allows leaving it out). A first page that is not full needs no
     * count at all.
     */
    public static final int COUNT_LIMIT = 10_000;
    private static final int FETCH_SIZE = 250;

    private final Observations observations;
    private final NamedParameterJdbcTemplate jdbc;
    private final SpatialDialect dialect;
    private final ObservationRows rows;
    private final ObservationTexts texts;
    private final JsonMapper json;
    private final TransactionTemplate reading;
    /** Reads a page's rows a batch at a time (PostgreSQL keeps a cursor within the transaction). */
    private final NamedParameterJdbcTemplate streaming;
    private final FeatureCache kept;
    private final ClusterCache keptClusters;
    private final AtlasVersion atlas;

    /**
     * Refuses a filter by a collection that is not published (unknown or a draft) as a 400, as the other filters
     * refuse unknown codes, instead of an empty map that reads as "nothing here". Exports call it before they stream.
     */
    public void check(ObservationQuery query) {
        if (query.collection() != null && jdbc.queryForObject(ObservationQueries.PUBLISHED_COLLECTION,
                java.util.Map.of("slug", query.collection()), Long.class) == 0) {
            throw new BadRequestException("collection", "error.param.collectionUnknown",
                    "no published collection '" + query.collection() + "'", query.collection());
        }
    }

    ObservationReader(Observations observations, NamedParameterJdbcTemplate jdbc, SpatialDialect dialect,
                      ObservationTexts texts, PlatformTransactionManager transactions, JsonMapper json,
                      FeatureCache kept, ClusterCache keptClusters, AtlasVersion atlas) {
        this.kept = kept;
        this.keptClusters = keptClusters;
        this.atlas = atlas;
        this.observations = observations;
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.texts = texts;
        this.rows = new ObservationRows(jdbc, dialect, texts);
        this.json = json;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(streaming);
    }

    /** One page with its exact number of matches, points as JTS geometries: for the pages that show a list. */
    public FeatureCollection<ObservationView> find(ObservationQuery query, Language language) {
        check(query);
        String table = ObservationQueries.table(query, dialect);
        Page<ObservationRows.Row> page = PagedSql.find(jdbc, ObservationQueries.COUNT + table,
                ObservationQueries.IDS + table, ObservationQueries.ORDER_PAGE, ObservationQueries.filter(query),
                query.limit(), query.offset(), ids -> rows.load(ids, language), ObservationRows.Row::id);
        return new FeatureCollection<>(page.numberMatched(), page.items().stream()
                .map(r -> new Feature<>(r.id(), Geometries.point(r.x(), r.y()), r.view())).toList());
    }

    /**
     * One page for the read API and OGC API: each point as the database wrote it in GeoJSON, copied into the
     * response, and numberMatched as {@link #COUNT_LIMIT} allows (null when there are more matches).
     */
    public FeatureCollection<ObservationView> page(ObservationQuery query, Language language) {
        check(query);
        String table = ObservationQueries.table(query, dialect);
        SqlFilter filter = ObservationQueries.filter(query);
        filter.bind("limit", query.limit()).bind("offset", query.offset());
        List<Feature<ObservationView>> features = features(table, filter, language);
        return new FeatureCollection<>(matched(query, features.size()), features);
    }

    /** The page's features from their rows, each point as the database wrote it in GeoJSON. */
    private List<Feature<ObservationView>> features(String table, SqlFilter filter, Language language) {
        List<Long> ids = jdbc.queryForList(ObservationQueries.IDS + table + filter.clause()
                + ObservationQueries.ORDER_PAGE, filter.params(), Long.class);
        return rows.load(ids, language).stream()
                .map(r -> new Feature<>(r.id(), new RawGeoJson(r.geometry()), r.view())).toList();
    }

    /**
     * The page {@link #page} gives, written into the response as it is read: on PostgreSQL each feature is one row
     * of GeoJSON text the database built ({@link ObservationQueries#jsonPage}) and no record is loaded; elsewhere
     * the features of {@link #page} are written one at a time. The filters are checked now, while a 400 can be sent.
     */
    public StreamedFeatureCollection.Source stream(ObservationQuery query, Language language) {
        return stream(query, language, null, feature -> feature);
    }

    /**
     * As {@link #stream(ObservationQuery, Language)}, each feature in the OGC API's flat shape: {@code flat} makes it
     * from the feature of {@link #page} where the database does not write it, and the database writes the same
     * elsewhere; {@code site} is the atlas's address, for each feature's page link. Without a site (null), the
     * read API's features, {@code flat} writing them as they are.
     */
    public StreamedFeatureCollection.Source stream(ObservationQuery query, Language language, String site,
                                                  Function<Feature<ObservationView>, Object> flat) {
        check(query);
        return feature -> {
            // a test's transaction, whose uncommitted rows no one else may see: nothing of it is kept
            boolean outside = TransactionSynchronizationManager.isActualTransactionActive();
            return reading.execute(status -> write(query, language, site, flat, feature, outside));
        };
    }

    private Long write(ObservationQuery query, Language language, String site,
                       Function<Feature<ObservationView>, Object> flat, Consumer<String> feature, boolean outside) {
        if (dialect.writesFeatureJson() && kept.enabled() && !outside) {
            return matched(query, keptOrBuilt(query, language, site, feature));
        }
        String table = ObservationQueries.table(query, dialect);
        SqlFilter filter = ObservationQueries.filter(query);
        filter.bind("limit", query.limit()).bind("offset", query.offset());
        int[] returned = {0};
        if (dialect.writesFeatureJson()) {
            filter.bind("lang", language.code()).bind("site", site == null ? "" : site);
            streaming.query(ObservationQueries.jsonPage(table + filter.clause(), language, site != null, dialect),
                    filter.params(), (ResultSet rs) -> {
                        feature.accept(rs.getString(2));
                        returned[0]++;
                    });
        } else {
            List<Feature<ObservationView>> features = features(table, filter, language);
            for (Feature<ObservationView> f : features) {
                feature.accept(json.writeValueAsString(flat.apply(f)));
            }
            returned[0] = features.size();
        }
        return matched(query, returned[0]);
    }

    /**
     * Writes the page from the features {@link FeatureCache} keeps at the atlas's version, and has the database
     * build the others (in one statement, streamed) and keeps them. The ids come in order, and so do the built
     * features: the two are merged as they come. A feature unpublished between the two reads is left out. Returns
     * how many were written.
     */
    private int keptOrBuilt(ObservationQuery query, Language language, String site, Consumer<String> feature) {
        String version = atlas.current();
        SqlFilter filter = ObservationQueries.coordinateFilter(query).bind("limit", query.limit())
                .bind("offset", query.offset());
        List<Long> ids = jdbc.queryForList(ObservationQueries.IDS + "observation o" + filter.clause()
                + ObservationQueries.ORDER_PAGE, filter.params(), Long.class);
        Map<Long, String> found = kept.get(version, language, site, ids);
        if (found.size() == ids.size()) {
            ids.forEach(id -> feature.accept(found.get(id)));
            return ids.size();
        }
        String missing = ids.stream().filter(id -> !found.containsKey(id)).map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        SqlFilter byId = new SqlFilter().where("o.status = :status", "status", PublicationStatus.PUBLISHED)
                .where("o.id = ANY(CAST(:ids AS BIGINT[]))", "ids", missing)
                .bind("limit", ids.size() - found.size()).bind("offset", 0)
                .bind("lang", language.code()).bind("site", site == null ? "" : site);
        Map<Long, String> built = new java.util.HashMap<>();
        int[] next = {0};
        int[] written = {0};
        Consumer<Long> keptBefore = id -> {
            while (next[0] < ids.size() && ids.get(next[0]) < id) {
                String text = found.get(ids.get(next[0]++));
                if (text != null) {
                    feature.accept(text);
                    written[0]++;
                }
            }
        };
        streaming.query(ObservationQueries.jsonPage("observation o" + byId.clause(), language, site != null, dialect),
                byId.params(), (ResultSet rs) -> {
                    long id = rs.getLong(1);
                    keptBefore.accept(id);
                    String text = rs.getString(2);
                    feature.accept(text);
                    written[0]++;
                    built.put(id, text);
                });
        keptBefore.accept(Long.MAX_VALUE);
        kept.put(version, language, site, built);
        return written[0];
    }

    /** numberMatched: none to count when a first page is not full, else counted up to {@link #COUNT_LIMIT}. */
    private Long matched(ObservationQuery query, int returned) {
        if (query.offset() == 0 && returned < query.limit()) {
            return (long) returned;
        }
        SqlFilter count = ObservationQueries.coordinateFilter(query).bind("cap", COUNT_LIMIT + 1);
        long counted = jdbc.queryForObject("SELECT COUNT(*) FROM (" + ObservationQueries.IDS + "observation o"
                + count.clause() + " LIMIT :cap) matches", count.params(), Long.class);
        return counted > COUNT_LIMIT ? null : counted;
    }

    /**
     * Every match of the filters, a batch at a time, for exports: the limit of the list endpoint does not apply,
     * and no more than one batch of records is in memory. Each view carries its texts in every language.
     */
    public long forEachBatch(ObservationQuery query, Language language, int batch,
                             Consumer<List<Feature<ObservationView>>> consumer) {
        SqlFilter filter = ObservationQueries.filter(query);
        List<Long> ids = jdbc.queryForList(ObservationQueries.IDS + ObservationQueries.table(query, dialect)
                + filter.clause() + " ORDER BY o.id", filter.params(), Long.class);
        for (int from = 0; from < ids.size(); from += batch) {
            List<Long> page = ids.subList(from, Math.min(ids.size(), from + batch));
            Map<Long, Map<Language, Map<String, String>>> translations = texts.published(page);
            consumer.accept(InOrder.of(page, observations.findAllById(page), Observation::getId).stream()
                    .map(o -> ObservationView.feature(o, Texts.of(o.getOriginalLanguage(), ObservationTexts.originals(
                            o.getTitle(), o.getNarrative(), o.getPlaceName()), translations.get(o.getId())),
                            language, null, true)).toList());
        }
        return ids.size();
    }

    /**
     * The clusters at this zoom, counted in the database, or kept from an earlier count while the atlas has not
     * changed since ({@link ClusterCache}; on any database, outside a caller's transaction: this method joins one
     * where there is one and opens none, so that it can tell).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public FeatureCollection<ClusterView> clusters(ObservationQuery query, int zoom) {
        check(query);
        if (!kept.enabled() || TransactionSynchronizationManager.isActualTransactionActive()) {
            return countClusters(query, zoom);
        }
        String version = atlas.current();
        FeatureCollection<ClusterView> clusters = keptClusters.get(version, query, zoom);
        if (clusters == null) {
            clusters = countClusters(query, zoom);
            keptClusters.put(version, query, zoom, clusters);
        }
        return clusters;
    }

    private FeatureCollection<ClusterView> countClusters(ObservationQuery query, int zoom) {
        SqlFilter filter = ObservationQueries.filter(query).bind("cell", ClusterView.cellDegrees(zoom));
        List<Feature<ClusterView>> clusters = jdbc.query(ObservationQueries.CLUSTERS_SELECT
                + ObservationQueries.table(query, dialect) + filter.clause() + ObservationQueries.CLUSTERS_GROUP,
                filter.params(), (rs, i) -> {
                    long count = rs.getLong("n");
                    long inclusions = rs.getLong("inclusions");
                    ClusterView view = new ClusterView(count, inclusions, count - inclusions, new double[] {
                            rs.getDouble("minx"), rs.getDouble("miny"), rs.getDouble("maxx"), rs.getDouble("maxy")},
                            count == 1 ? rs.getLong("first_id") : null);
                    return new Feature<>(null, Geometries.point(rs.getDouble("x"), rs.getDouble("y")), view);
                });
        long total = clusters.stream().mapToLong(c -> c.properties().count()).sum();
        return new FeatureCollection<>(total, clusters);
    }

    /**
     * The box around every published public point and the years their observed periods span: the extent a
     * catalogue advertises. Null parts where nothing is published (or no period is known).
     */
    public Extent extent() {
        return jdbc.query(EXTENT, new MapSqlParameterSource("status", PublicationStatus.PUBLISHED.name()), rs -> {
            rs.next();
            double minX = rs.getDouble(1);
            Bbox bbox = rs.wasNull() ? null : new Bbox(minX, rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
            int first = rs.getInt(5);
            Integer firstYear = rs.wasNull() ? null : first;
            int last = rs.getInt(6);
            return new Extent(bbox, firstYear, rs.wasNull() ? null : last);
        });
    }

    /** See {@link #extent()}. */
    public record Extent(Bbox bbox, Integer firstYear, Integer lastYear) {
    }

    // the period of an observation ends in to_year, or in from_year when it has no end, as in the years filter
    private static final String EXTENT = """
            SELECT MIN(ST_X(o.public_location)), MIN(ST_Y(o.public_location)), MAX(ST_X(o.public_location)),
                   MAX(ST_Y(o.public_location)), MIN(o.from_year), MAX(COALESCE(o.to_year, o.from_year))
            FROM observation o WHERE o.status = :status""";

    /**
     * Where a published episode speaks of this observation: episode, start in seconds, chapter title; each title in
     * the reader's language where a translation is published, else the original's, with the language it is in.
     */
    public record Listen(long episode, String episodeTitle, int start, String title, String episodeTitleLanguage,
                         String titleLanguage) {
        public String clock() {
            return Clock.of(start);
        }
    }

    public List<Listen> listen(long id, Language language) {
        return jdbc.query(ObservationQueries.SEGMENTS, new MapSqlParameterSource("id", id)
                .addValue("lang", language.code()), (rs, i) -> {
            // a translation into the original's own language is never published (the desk refuses one): no check here
            String original = rs.getString(5);
            String episodeTitle = rs.getString(6);
            String title = rs.getString(7);
            return new Listen(rs.getLong(1), episodeTitle != null ? episodeTitle : rs.getString(2), rs.getInt(3),
                    title != null ? title : rs.getString(4), episodeTitle != null ? language.code() : original,
                    title != null ? language.code() : original);
        });
    }

    public Feature<ObservationView> get(long id, Language language) {
        Observation observation = observations.findByIdAndStatus(id, PublicationStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("observation", id));
        List<PublicationRef> publications = jdbc.query(ObservationQueries.PUBLICATIONS,
                new MapSqlParameterSource("id", id).addValue("lang", language.code()), (rs, i) -> {
                    String translated = rs.getString(5);
                    boolean shown = translated != null && !translated.isBlank();
                    return new PublicationRef(rs.getLong(1), rs.getString(2).toLowerCase(),
                            shown ? translated : rs.getString(3), shown ? language.code() : rs.getString(4));
                });
        return ObservationView.feature(observation, texts.of(observation), language, publications, true);
    }
}
