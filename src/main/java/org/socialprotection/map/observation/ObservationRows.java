package org.socialprotection.map.observation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.SourceView;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.geo.SpatialDialect;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.translation.Texts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads a page of published observations as flat rows, without JPA: hydrating an entity and its five collections
 * per feature cost more than the rest of a list request. One row per feature, with its public point already
 * written as GeoJSON by the database, and one query per child table for the whole page.
 */
final class ObservationRows {

    /** A feature as the list routes write it: the public point (GeoJSON text and coordinates) and its properties. */
    record Row(long id, String geometry, double x, double y, ObservationView view) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SpatialDialect dialect;
    private final ObservationTexts texts;

    ObservationRows(NamedParameterJdbcTemplate jdbc, SpatialDialect dialect, ObservationTexts texts) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.texts = texts;
    }

    /** The rows of these ids, in the order given; ids that are not (or no longer) published are left out. */
    List<Row> load(List<Long> ids, Language language) {
        return load(ids, language, false);
    }

    /** As {@link #load(List, Language)}; with {@code allTexts}, each row carries its texts in every language. */
    List<Row> load(List<Long> ids, Language language, boolean allTexts) {
        if (ids.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
        Map<Long, List<String>> groups = codes(GROUPS, params, WorkerGroup.class);
        Map<Long, List<String>> components = codes(COMPONENTS, params, Component.class);
        Map<Long, List<String>> branches = codes(BRANCHES, params, Branch.class);
        Map<Long, List<ObservationView.SchemeRef>> schemes = new HashMap<>();
        jdbc.query(SCHEMES, params, rs -> {
            schemes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ObservationView.SchemeRef(
                    rs.getLong(2), language.pick(rs.getString(3) == null ? rs.getString(4) : rs.getString(3),
                    rs.getString(5), rs.getString(6)), rs.getString(7)));
        });
        Map<Long, List<SourceView>> sources = new HashMap<>();
        jdbc.query(SOURCES, params, rs -> {
            java.sql.Date accessed = rs.getDate(4);
            sources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SourceView(rs.getString(2),
                    rs.getString(3), accessed == null ? null : accessed.toLocalDate()));
        });
        Map<Long, Map<Language, Map<String, String>>> translations = texts.published(ids);
        Map<Long, Row> rows = new HashMap<>();
        jdbc.query(FEATURES.formatted(dialect.asGeoJson("o.public_location")), params, rs -> {
            long id = rs.getLong("id");
            rows.put(id, new Row(id, rs.getString("geometry"), rs.getDouble("x"), rs.getDouble("y"),
                    view(rs, id, groups, components, branches, schemes, sources,
                            ObservationView.Localized.of(Texts.of(Language.of(rs.getString("original_language"))
                                    .orElse(Language.EN), ObservationTexts.originals(rs.getString("title"),
                                    rs.getString("narrative"), rs.getString("place_name")),
                                    translations.get(id)), language, allTexts))));
        });
        List<Row> ordered = new ArrayList<>(rows.size());
        for (Long id : ids) {
            Row row = rows.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    private static ObservationView view(ResultSet rs, long id, Map<Long, List<String>> groups,
                                        Map<Long, List<String>> components, Map<Long, List<String>> branches,
                                        Map<Long, List<ObservationView.SchemeRef>> schemes,
                                        Map<Long, List<SourceView>> sources, ObservationView.Localized texts)
            throws SQLException {
        OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
        return ObservationView.of(id, rs.getString("slug"), code(rs.getString("kind")), texts,
                code(rs.getString("place_type")),
                code(rs.getString("privacy")), rs.getString("country_iso3"), groups.getOrDefault(id, List.of()),
                components.getOrDefault(id, List.of()), branches.getOrDefault(id, List.of()),
                schemes.getOrDefault(id, List.of()), rs.getString("observed_from"), rs.getString("observed_to"),
                sources.getOrDefault(id, List.of()), rs.getBoolean("demo"),
                updated == null ? null : updated.toInstant(), null);
    }

    private static String code(String constant) {
        return constant == null ? null : constant.toLowerCase(java.util.Locale.ROOT);
    }

    /** The codes of one child table per observation, in the enum's declared order as the entity sorted them. */
    private <E extends Enum<E> & Coded> Map<Long, List<String>> codes(String sql, MapSqlParameterSource params,
                                                                      Class<E> type) {
        Map<Long, List<E>> found = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Enum.valueOf(type, rs.getString(2)));
        });
        Map<Long, List<String>> codes = new HashMap<>();
        found.forEach((id, values) -> codes.put(id, values.stream().sorted(Comparator.naturalOrder())
                .map(Coded::code).toList()));
        return codes;
    }

    private static final String FEATURES = """
            SELECT o.id, o.slug, o.kind, o.title, o.narrative, o.place_name, o.original_language, o.place_type, o.privacy,
                   o.country_iso3, o.observed_from, o.observed_to, o.demo, o.updated_at,
                   %s AS geometry, ST_X(o.public_location) AS x, ST_Y(o.public_location) AS y
            FROM observation o WHERE o.id IN (:ids) AND o.status = 'PUBLISHED'""";
    private static final String GROUPS = """
            SELECT observation_id, worker_group FROM observation_group WHERE observation_id IN (:ids)""";
    private static final String COMPONENTS = """
            SELECT observation_id, component FROM observation_component WHERE observation_id IN (:ids)""";
    private static final String BRANCHES = """
            SELECT observation_id, branch FROM observation_branch WHERE observation_id IN (:ids)""";
    private static final String SCHEMES = """
            SELECT os.observation_id, s.id, s.name_en, s.official_name, s.name_fr, s.name_es, s.acronym
            FROM observation_scheme os JOIN scheme s ON s.id = os.scheme_id
            WHERE os.observation_id IN (:ids) AND s.status = 'PUBLISHED'
            ORDER BY os.observation_id, s.id""";
    private static final String SOURCES = """
            SELECT observation_id, title, url, accessed FROM observation_source WHERE observation_id IN (:ids)
            ORDER BY observation_id, position""";
}
