package org.socialprotection.map.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.geo.SpatialDialect;
import org.socialprotection.map.scheme.SchemeTexts;
import org.socialprotection.map.atlas.BadRequestException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the published atlas. On PostgreSQL it is full-text search with the stemming of the reader's language;
 * on the embedded H2 it matches the first letters of each word (a rough stem) in any language. Results are ranked:
 * by the database where it can, then by how often and where (title first) the words appear.
 */
@Service
@Transactional(readOnly = true)
public class Search {

    /**
     * What each kind of record is searched on (its title, all of its text) and what its result shows: its title and
     * a snippet of its text in the reader's language where the record has one ({@code :lang}), not every
     * translation of a scheme's name one after the other.
     */
    private record Source(String type, String sql, boolean multilingual) {
    }

    /*
     * An observation's published translations, one row per observation: every language's texts (doc_en, …) for the
     * search, and the reader's (:lang) title and narrative for the result. Portable SQL: no string aggregation.
     */
    private static final String OBSERVATION_TRANSLATIONS = "(SELECT record_id, "
            + languageDoc("en") + ", " + languageDoc("fr") + ", " + languageDoc("es") + ", "
            + "MAX(CASE WHEN language = :lang AND field = 'title' THEN published_text END) AS title, "
            + "MAX(CASE WHEN language = :lang AND field = 'narrative' THEN published_text END) AS narrative, "
            + "MAX(CASE WHEN language = :lang AND field = 'placeName' THEN published_text END) AS place_name "
            + "FROM translation WHERE record_type = 'observations' AND published_text IS NOT NULL "
            + "GROUP BY record_id)";

    /*
     * A brief's or episode's published translations, one row per record: all of them for the search (its words in
     * any language find it, a transcript's and a chapter title's too), and the reader's (:lang) title, summary and
     * transcript for the result.
     */
    private static final String PUBLICATION_TRANSLATIONS = "(SELECT record_id, CONCAT_WS(' ', "
            + java.util.stream.Stream.of("en", "fr", "es").flatMap(code -> java.util.stream.Stream.of("title", "summary",
                            "transcript")
                    .map(f -> "MAX(CASE WHEN language = '" + code + "' AND field = '" + f + "' THEN published_text END)"))
                    .collect(java.util.stream.Collectors.joining(", "))
            + ", STRING_AGG(CASE WHEN field LIKE 'segment.%' THEN published_text END, ' ')) AS doc, "
            + "MAX(CASE WHEN language = :lang AND field = 'title' THEN published_text END) AS title, "
            + "MAX(CASE WHEN language = :lang AND field = 'summary' THEN published_text END) AS summary, "
            + "MAX(CASE WHEN language = :lang AND field = 'transcript' THEN published_text END) AS transcript "
            + "FROM translation WHERE record_type = 'publications' AND published_text IS NOT NULL "
            + "GROUP BY record_id)";

    /*
     * A scheme's published translations, one row per scheme: each language's description, note, coverage reasons
     * and reforms (as many as it has, so matched by their prefix) (doc_en, …) for the search, and the reader's (:lang) description for the result. The fields are the
     * scheme feature's own list (worker group codes), never input.
     */
    private static final String SCHEME_TRANSLATIONS = "(SELECT record_id, "
            + schemeDoc("en") + ", " + schemeDoc("fr") + ", " + schemeDoc("es") + ", "
            + "MAX(CASE WHEN language = :lang AND field = 'description' THEN published_text END) AS description "
            + "FROM translation WHERE record_type = '" + SchemeTexts.TYPE + "' AND published_text IS NOT NULL "
            + "GROUP BY record_id)";

    private static String schemeDoc(String code) {
        return "CONCAT_WS(' ', " + String.join(", ", SchemeTexts.FIELDS.stream()
                .map(f -> "MAX(CASE WHEN language = '" + code + "' AND field = '" + f + "' THEN published_text END)")
                .toList()) + ", STRING_AGG(CASE WHEN language = '" + code + "' AND field LIKE '" + SchemeTexts.REFORM
                + "%' THEN published_text END, ' ')) AS doc_" + code;
    }

    /**
     * A scheme's text in one language: its names and codes (no language of their own) in each, its name in that
     * language, its original texts (description, note, coverage reasons, reforms) in their language, and its published
     * translations.
     */
    private static String schemeOriginalDoc(String code) {
        return "CONCAT_WS(' ', s.official_name, s.acronym, s.institution, s.legal_basis, s.name_" + code
                + ", CASE WHEN s.original_language = '" + code + "' THEN CONCAT_WS(' ', s.description, s.note, w.own) END, t.doc_"
                + code
                + ") AS doc_" + code;
    }

    private static String languageDoc(String code) {
        return "CONCAT_WS(' ', " + String.join(", ", java.util.stream.Stream.of("title", "narrative", "placeName")
                .map(f -> "MAX(CASE WHEN language = '" + code + "' AND field = '" + f + "' THEN published_text END)")
                .toList()) + ") AS doc_" + code;
    }

    private static String originalDoc(String code) {
        return "CONCAT_WS(' ', CASE WHEN o.original_language = '" + code + "' THEN CONCAT_WS(' ', o.title, "
                + "o.narrative, o.place_name) END, t.doc_" + code + ") AS doc_" + code;
    }

    /** A scheme's own coverage reasons and reform descriptions, as written, one row per scheme. */
    private static final String SCHEME_OWN_TEXTS = "(SELECT scheme_id, STRING_AGG(text, ' ') AS own FROM ("
            + "SELECT scheme_id, reason AS text FROM scheme_coverage WHERE reason IS NOT NULL UNION ALL "
            + "SELECT scheme_id, description AS text FROM scheme_reform) x GROUP BY scheme_id)";

    /** An episode's chapter titles as written, one row per episode. */
    private static final String CHAPTERS = "(SELECT publication_id, STRING_AGG(title, ' ') AS chapters "
            + "FROM publication_segment GROUP BY publication_id)";

    private static final String SCHEME_NAME = "COALESCE(CASE :lang WHEN 'fr' THEN s.name_fr WHEN 'es' THEN s.name_es "
            + "ELSE s.name_en END, s.name_en, s.official_name)";

    private static final List<Source> SOURCES = List.of(
            new Source("scheme", "SELECT s.id AS id, " + SCHEME_NAME + " AS title, CONCAT_WS(' ', "
                    + "s.official_name, s.name_en, s.name_fr, s.name_es, s.acronym, s.description, s.note, w.own, "
                    + "s.institution, s.legal_basis, t.doc_en, t.doc_fr, t.doc_es) AS doc, CONCAT_WS(' ', COALESCE(t.description, "
                    + "s.description), s.institution, s.legal_basis) AS shown, '/schemes/' AS page, NULL AS lang, "
                    + "CASE WHEN t.description IS NULL AND s.description IS NOT NULL THEN s.original_language "
                    + "ELSE :lang END AS shown_lang, " + schemeOriginalDoc("en") + ", " + schemeOriginalDoc("fr")
                    + ", " + schemeOriginalDoc("es") + " FROM scheme s LEFT JOIN " + SCHEME_TRANSLATIONS
                    + " t ON t.record_id = s.id LEFT JOIN " + SCHEME_OWN_TEXTS + " w ON w.scheme_id = s.id"
                    + " WHERE s.status = 'PUBLISHED'", true),
            new Source("observation", "SELECT o.id AS id, COALESCE(t.title, o.title) AS title, CONCAT_WS(' ', "
                    + "o.title, o.narrative, o.place_name, t.doc_en, t.doc_fr, t.doc_es) AS doc, "
                    + "CONCAT_WS(' ', COALESCE(t.narrative, o.narrative), COALESCE(t.place_name, o.place_name)) "
                    + "AS shown, '/observations/' AS page, CASE WHEN t.title IS NULL THEN o.original_language "
                    + "ELSE :lang END AS lang, CASE WHEN t.narrative IS NULL AND o.narrative IS NOT NULL THEN "
                    + "o.original_language ELSE :lang END AS shown_lang, " + originalDoc("en") + ", "
                    + originalDoc("fr") + ", " + originalDoc("es") + " FROM observation o LEFT JOIN "
                    + OBSERVATION_TRANSLATIONS + " t ON t.record_id = o.id WHERE o.status = 'PUBLISHED'", true),
            new Source("publication", "SELECT p.id AS id, COALESCE(t.title, p.title) AS title, CONCAT_WS(' ', "
                    + "p.title, p.summary, c.chapters, t.doc, p.transcript, p.extracted_text) AS doc, CONCAT_WS(' ', "
                    + "COALESCE(t.summary, p.summary), COALESCE(t.transcript, p.transcript), p.extracted_text) AS shown, "
                    + "CASE WHEN "
                    + "p.publication_type = 'PODCAST' THEN '/podcasts/' ELSE '/briefs/' END AS page, CASE WHEN "
                    + "t.title IS NULL THEN p.original_language ELSE :lang END AS lang, CASE WHEN t.summary IS NULL "
                    + "AND p.summary IS NOT NULL THEN p.original_language ELSE :lang END AS shown_lang "
                    + "FROM publication p LEFT JOIN " + PUBLICATION_TRANSLATIONS + " t ON t.record_id = p.id "
                    + "LEFT JOIN " + CHAPTERS + " c ON c.publication_id = p.id "
                    + "WHERE p.status = 'PUBLISHED'", false));

    /** Each language's document of a multilingual source, matched with that language's stemming. */
    private static final java.util.Map<String, String> BY_LANGUAGE = new java.util.LinkedHashMap<>(java.util.Map.of(
            "'english'", Compounds.joinSql("d.doc_en"), "'french'", Compounds.joinSql("d.doc_fr"),
            "'spanish'", Compounds.joinSql("d.doc_es")));

    static final int MAX_LIMIT = 100;

    private final NamedParameterJdbcTemplate jdbc;
    private final SpatialDialect dialect;

    Search(NamedParameterJdbcTemplate jdbc, SpatialDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    public List<SearchHit> find(String q, Language language, int limit) {
        String text = q == null ? "" : q.trim();
        if (text.length() < 2 || text.length() > 200) {
            throw new BadRequestException("q", "error.search.length", "give 2 to 200 characters to search for");
        }
        List<String> words = words(text);
        if (words.isEmpty()) {
            throw new BadRequestException("q", "error.search.noWord", "no word to search for in '" + text + "'", text);
        }
        // "child care" and "childcare" are one query: the same words, matched against text joined the same way
        MapSqlParameterSource params = new MapSqlParameterSource("q", Compounds.join(text.toLowerCase(Locale.ROOT)))
                .addValue("config", switch (language) {
                    case FR -> "french";
                    case ES -> "spanish";
                    case EN -> "english";
                }).addValue("limit", limit).addValue("lang", language.code());
        for (int i = 0; i < words.size(); i++) {
            params.addValue("w" + i, "%" + stem(words.get(i)) + "%");
        }
        String document = Compounds.joinSql("d.doc");
        List<SearchHit> hits = new ArrayList<>();
        for (Source source : SOURCES) {
            String ranking = source.multilingual() ? dialect.textRank(BY_LANGUAGE) : dialect.textRank(document);
            String match = source.multilingual() ? dialect.textMatch(BY_LANGUAGE, document, words.size())
                    : dialect.textMatch(document, words.size());
            String sql = "SELECT d.id, d.title, d.doc, d.shown, d.page, d.lang, d.shown_lang, " + ranking
                    + " AS rank FROM (" + source.sql() + ") d WHERE " + match + " ORDER BY rank DESC, d.id LIMIT :limit";
            jdbc.query(sql, params, rs -> {
                long id = rs.getLong("id");
                String title = rs.getString("title");
                String doc = rs.getString("doc");
                double rank = rs.getDouble("rank") * 10 + score(title, doc, words);
                String shown = rs.getString("shown");
                List<SearchHit.Part> parts = snippet(shown == null || shown.isBlank() ? title : shown, words);
                boolean shownTitle = shown == null || shown.isBlank();
                hits.add(new SearchHit(source.type(), id, title, text(parts), parts, rs.getString("page") + id, rank,
                        rs.getString("lang"), shownTitle ? rs.getString("lang") : rs.getString("shown_lang")));
            });
        }
        return hits.stream().sorted(Comparator.comparingDouble(SearchHit::rank).reversed()
                .thenComparing(SearchHit::type).thenComparingLong(SearchHit::id)).limit(limit).toList();
    }

    static List<String> words(String text) {
        return Arrays.stream(Compounds.join(fold(text)).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 2)
                .distinct().toList();
    }

    /** A rough stem for H2: the first letters of a word, so that "pensions" finds "pension" and "pensión". */
    static String stem(String word) {
        return word.length() <= 4 ? word : word.substring(0, Math.max(4, word.length() - 3));
    }

    /** Title matches weigh three times body matches; each word found counts once more per occurrence, up to 5. */
    static double score(String title, String doc, List<String> words) {
        String t = fold(title == null ? "" : title);
        String d = fold(doc == null ? "" : doc);
        double score = 0;
        for (String word : words) {
            Pattern stem = Compounds.pattern(stem(word));
            score += 3 * Math.min(5, stem.matcher(t).results().count()) + Math.min(5, stem.matcher(d).results().count());
        }
        return score;
    }

    /**
     * About 240 characters around the first word found, cut into the words found and the text between them. The
     * folded text keeps one character for one, so positions found in it cut the original text.
     */
    static List<SearchHit.Part> snippet(String doc, List<String> words) {
        if (doc == null || doc.isEmpty()) {
            return List.of();
        }
        String folded = fold(doc);
        List<Pattern> patterns = words.stream().map(w -> Compounds.pattern(stem(w))).toList();
        int at = patterns.stream().map(p -> p.matcher(folded)).filter(Matcher::find).map(Matcher::start)
                .min(Integer::compare).orElse(0);
        int from = Math.max(0, at - 80);
        int to = Math.min(doc.length(), at + 160);
        boolean[] marked = new boolean[to - from];
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(folded).region(from, to);
            while (m.find()) {
                // the whole word the stem starts, so that "pension" in "pensions" is marked as "pensions"
                int end = m.end();
                while (end < to && Character.isLetterOrDigit(folded.charAt(end))) {
                    end++;
                }
                for (int i = m.start(); i < end; i++) {
                    marked[i - from] = true;
                }
            }
        }
        List<SearchHit.Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new SearchHit.Part("…", false));
        }
        int start = 0;
        for (int i = 1; i <= marked.length; i++) {
            if (i == marked.length || marked[i] != marked[start]) {
                parts.add(new SearchHit.Part(doc.substring(from + start, from + i), marked[start]));
                start = i;
            }
        }
        if (to < doc.length()) {
            parts.add(new SearchHit.Part("…", false));
        }
        return parts;
    }

    private static String text(List<SearchHit.Part> parts) {
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(p.text()));
        return text.toString().strip();
    }

    /** Lowercase without accents, keeping one character for one: snippets cut the original at the same places. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            out.append(base.isEmpty() ? c : base.charAt(0));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
