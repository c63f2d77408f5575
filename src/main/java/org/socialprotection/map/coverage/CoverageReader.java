package org.socialprotection.map.coverage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.SourceView;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.coverage.CoverageCells.Entry;
import org.socialprotection.map.coverage.CoverageCells.SchemeFacts;
import org.socialprotection.map.coverage.CoverageMatrix.Cell;
import org.socialprotection.map.coverage.CoverageMatrix.Change;
import org.socialprotection.map.coverage.CoverageMatrix.Figure;
import org.socialprotection.map.coverage.CoverageMatrix.Row;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.CoverageAsOf;
import org.socialprotection.map.scheme.CoverageStatus;
import org.socialprotection.map.scheme.SchemeReform;
import org.socialprotection.map.scheme.SchemeTexts;
import org.socialprotection.map.translation.TranslationReader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the matrix from the published schemes' legal coverage and effective coverage figures. */
@Service
@Transactional(readOnly = true)
class CoverageReader {

    private final NamedParameterJdbcTemplate jdbc;
    private final TranslationReader translations;

    CoverageReader(NamedParameterJdbcTemplate jdbc, TranslationReader translations) {
        this.jdbc = jdbc;
        this.translations = translations;
    }

    /** The codes of the regions and subregions of the country table, e.g. africa, western_africa. */
    Set<String> regions() {
        Set<String> codes = new TreeSet<>();
        regionTree().forEach((region, subregions) -> {
            codes.add(region);
            codes.addAll(subregions);
        });
        return codes;
    }

    /** Region codes with their subregions' codes, for the page's menu. */
    Map<String, List<String>> regionTree() {
        Map<String, List<String>> tree = new LinkedHashMap<>();
        jdbc.query(CoverageQueries.REGIONS, Map.of(), rs -> {
            List<String> subregions = tree.computeIfAbsent(CoverageQuery.regionCode(rs.getString(1)),
                    k -> new ArrayList<>());
            String subregion = rs.getString(2);
            if (subregion != null && !subregion.isBlank()) {
                subregions.add(CoverageQuery.regionCode(subregion));
            }
        });
        return tree;
    }

    CoverageMatrix matrix(CoverageQuery query, Language language) {
        List<WorkerGroup> groups = Arrays.stream(WorkerGroup.values())
                .filter(g -> query.groups().isEmpty() || query.groups().contains(g)).toList();
        Map<String, List<SchemeFacts>> byCountry = new HashMap<>();
        schemes(query, language).forEach(s -> byCountry.computeIfAbsent(s.iso3(), k -> new ArrayList<>()).add(s));
        List<Row> rows = new ArrayList<>();
        jdbc.query(CoverageQueries.COUNTRIES, Map.of(), rs -> {
            String region = rs.getString("region");
            String subregion = rs.getString("subregion");
            if (query.region() != null && !query.region().equals(CoverageQuery.regionCode(region))
                    && !query.region().equals(CoverageQuery.regionCode(subregion))) {
                return;
            }
            String iso3 = rs.getString("iso3");
            Map<String, Cell> cells = new LinkedHashMap<>();
            CoverageCells.row(groups, byCountry.getOrDefault(iso3, List.of())).forEach((g, c) -> cells.put(g.code(), c));
            rows.add(new Row(iso3, language.pick(rs.getString("name_en"), rs.getString("name_fr"),
                    rs.getString("name_es")), region, subregion, cells));
        });
        Collator collator = Collator.getInstance(language.locale());
        Comparator<Row> byName = Comparator.comparing(Row::name, collator);
        rows.sort(query.sort() == CoverageQuery.Sort.REGION
                ? Comparator.comparing((Row r) -> r.region() == null ? "\uffff" : r.region())
                        .thenComparing(r -> r.subregion() == null ? "\uffff" : r.subregion()).thenComparing(byName)
                : byName);
        return new CoverageMatrix(query.year(), query.branches().stream().map(Coded::code).toList(), query.region(),
                query.sort().code(), groups.stream().map(Coded::code).toList(),
                Arrays.stream(CoverageStatus.values()).map(Coded::code).toList(), rows);
    }

    private List<SchemeFacts> schemes(CoverageQuery query, Language language) {
        MapSqlParameterSource params = new MapSqlParameterSource("year", query.year());
        String sql = CoverageQueries.SCHEMES;
        if (!query.branches().isEmpty()) {
            sql += CoverageQueries.OF_BRANCHES;
            params.addValue("branches", query.branches().stream().map(Enum::name).toList());
        }
        record Head(long id, String iso3, String name, String acronym, Integer start, Integer end, Language original) {
        }
        List<Head> heads = jdbc.query(sql, params, (rs, i) -> new Head(rs.getLong("id"), rs.getString("country_iso3"),
                language.pick(orElse(rs.getString("name_en"), rs.getString("official_name")), rs.getString("name_fr"),
                        rs.getString("name_es")), rs.getString("acronym"), integer(rs, "start_year"),
                integer(rs, "end_year"), Language.of(rs.getString("original_language")).orElse(Language.EN)));
        if (heads.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", heads.stream().map(Head::id).toList())
                .addValue("year", query.year());
        Map<Long, List<String>> branches = new HashMap<>();
        jdbc.query(CoverageQueries.BRANCHES, ids, rs -> {
            branches.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        // reasons and reforms in the reader's language where a translation is published, else as written, and which
        Map<Long, Language> originals = new HashMap<>();
        heads.forEach(h -> originals.put(h.id(), h.original()));
        Map<Long, Map<Language, Map<String, String>>> published = translations.published(SchemeTexts.TYPE,
                heads.stream().map(Head::id).toList());
        Map<Long, Map<WorkerGroup, Entry>> coverage = new HashMap<>();
        jdbc.query(CoverageQueries.COVERAGE, ids, rs -> {
            long id = rs.getLong(1);
            WorkerGroup group = WorkerGroup.valueOf(rs.getString(2));
            Shown reason = shown(rs.getString(4), originals.get(id), published.get(id), language,
                    "reason." + group.code());
            coverage.computeIfAbsent(id, k -> new EnumMap<>(WorkerGroup.class)).put(group,
                    new Entry(CoverageStatus.valueOf(rs.getString(3)), reason.text(), reason.language(), null));
        });
        Map<Long, List<SchemeReform>> reforms = new HashMap<>();
        Map<SchemeReform, String> reformLanguages = new java.util.IdentityHashMap<>();
        jdbc.query(CoverageQueries.REFORMS, ids, rs -> {
            long id = rs.getLong("scheme_id");
            String before = rs.getString("status_before");
            Shown description = shown(rs.getString("description"), originals.get(id), published.get(id), language,
                    "reform." + rs.getInt("position"));
            SchemeReform reform = new SchemeReform(rs.getString("reform_date"), rs.getInt("reform_year"),
                    description.text(), WorkerGroup.valueOf(rs.getString("worker_group")),
                    before == null ? null : CoverageStatus.valueOf(before), rs.getString("source_title"),
                    rs.getString("source_url"));
            reformLanguages.put(reform, description.language());
            reforms.computeIfAbsent(id, k -> new ArrayList<>()).add(reform);
        });
        reforms.forEach((id, list) -> coverage.put(id, asOf(coverage.getOrDefault(id, Map.of()), list,
                query.year(), reformLanguages)));
        Map<Long, List<Figure>> figures = new HashMap<>();
        jdbc.query(CoverageQueries.FIGURES, ids, rs -> {
            long id = rs.getLong(1);
            String group = rs.getString(5);
            figures.computeIfAbsent(id, k -> new ArrayList<>()).add(new Figure(id, rs.getDouble(2), rs.getString(3),
                    rs.getInt(4), group == null ? null : WorkerGroup.valueOf(group).code(),
                    new SourceView(rs.getString(6), rs.getString(7), null)));
        });
        Map<Long, List<SourceView>> sources = new HashMap<>();
        jdbc.query(CoverageQueries.SOURCES, ids, rs -> {
            sources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new SourceView(rs.getString(2), rs.getString(3), null));
        });
        return heads.stream().map(h -> new SchemeFacts(h.id(), h.iso3(), h.name(), h.acronym(),
                branches.getOrDefault(h.id(), List.of()).stream().map(b -> Branch.valueOf(b)).sorted()
                        .map(Coded::code).toList(),
                h.start(), h.end(), coverage.getOrDefault(h.id(), Map.of()), sources.getOrDefault(h.id(), List.of()),
                figures.getOrDefault(h.id(), List.of()))).toList();
    }

    /** The entries as the law stood in the year, when reforms after it changed them (see {@link CoverageAsOf}). */
    private static Map<WorkerGroup, Entry> asOf(Map<WorkerGroup, Entry> today, List<SchemeReform> reforms, int year,
                                                Map<SchemeReform, String> languages) {
        Map<WorkerGroup, Entry> then = new EnumMap<>(WorkerGroup.class);
        CoverageAsOf.of(today, Entry::status, reforms, year).forEach((group, state) -> then.put(group,
                state.isToday() ? state.today()
                        : new Entry(state.status(), null, null, change(state.until(), languages.get(state.until())))));
        return then;
    }

    private static Change change(SchemeReform r, String language) {
        return new Change(r.date(), r.year(), r.description(), language,
                new SourceView(r.sourceTitle(), r.sourceUrl(), null));
    }

    /** A text as a reader gets it, and the code of the language it is in (null for no text). */
    private record Shown(String text, String language) {
    }

    private static Shown shown(String original, Language written, Map<Language, Map<String, String>> published,
                               Language reader, String field) {
        if (original == null || original.isBlank()) {
            return new Shown(original, null);
        }
        String translated = published == null || reader == written ? null
                : published.getOrDefault(reader, Map.of()).get(field);
        return translated == null || translated.isBlank() ? new Shown(original, written.code())
                : new Shown(translated, reader.code());
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
