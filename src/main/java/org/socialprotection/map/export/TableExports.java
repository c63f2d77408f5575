package org.socialprotection.map.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.SourceView;
import org.socialprotection.map.indicator.IndicatorView;
import org.socialprotection.map.publication.PublicationTexts;
import org.socialprotection.map.publication.PublicationView;
import org.socialprotection.map.scheme.SchemeTexts;
import org.socialprotection.map.scheme.SchemeView;
import org.springframework.stereotype.Service;

/** Schemes, briefs and podcasts, and indicator values as CSV that Excel opens as UTF-8. */
@Service
class TableExports {

    /** The scheme texts that have a column per language. */
    private static final List<String> SCHEME_TEXTS = List.of("description", "note");

    /**
     * Description and note as written (in the original language), then each in every language: the original's text
     * or the published translation, empty where there is none. Legal coverage carries the original's reasons, and
     * coverage_reasons_xx each language's ("group: reason; ..."); the reform_* columns the reforms by date, and
     * reform_change_xx what each changed in each language, so that the scheme import reads a file back whole.
     */
    void schemes(List<SchemeView> schemes, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(List.of("id", "country", "name", "official_name", "acronym",
                "branches", "type", "participation", "benefit_forms", "legal_coverage", "status", "start", "end",
                "institution", "legal_basis", "description", "note", "original_language"));
        for (String field : SCHEME_TEXTS) {
            for (Language language : Language.values()) {
                header.add(field + "_" + language.code());
            }
        }
        for (Language language : Language.values()) {
            header.add("coverage_reasons_" + language.code());
        }
        header.addAll(REFORM_COLUMNS);
        for (Language language : Language.values()) {
            header.add("reform_change_" + language.code());
        }
        header.addAll(List.of("sources", "demo"));
        CSVPrinter csv = printer(out, header.toArray(String[]::new));
        for (SchemeView s : schemes) {
            List<Object> row = new ArrayList<>(Arrays.asList(s.id(), s.country(), s.name(), s.officialName(),
                    s.acronym(),
                    String.join(";", s.branches()), s.type(), s.participation(), String.join(";", s.benefitForms()),
                    s.coverage().stream().map(c -> c.group() + "=" + c.status() + reason(s, s.originalLanguage(),
                            c.group(), ": ")).collect(Collectors.joining("; ")),
                    s.schemeStatus(), s.startDate(), s.endDate(), s.institution(), s.legalBasis(),
                    text(s, s.originalLanguage(), "description"), text(s, s.originalLanguage(), "note"),
                    s.originalLanguage()));
            for (String field : SCHEME_TEXTS) {
                for (Language language : Language.values()) {
                    row.add(text(s, language.code(), field));
                }
            }
            for (Language language : Language.values()) {
                row.add(s.coverage().stream().filter(c -> !reason(s, language.code(), c.group(), "").isEmpty())
                        .map(c -> c.group() + reason(s, language.code(), c.group(), ": "))
                        .collect(Collectors.joining("; ")));
            }
            // the reforms by date, each column an entry a reform in that order, as the scheme import reads them
            List<SchemeView.Reform> reforms = s.reforms();
            row.add(list(reforms, SchemeView.Reform::date));
            row.add(list(reforms, r -> text(s, s.originalLanguage(), SchemeTexts.reform(r.position()))));
            row.add(list(reforms, SchemeView.Reform::group));
            row.add(list(reforms, SchemeView.Reform::before));
            row.add(list(reforms, r -> r.source() == null ? null : r.source().title()));
            row.add(list(reforms, r -> r.source() == null ? null : r.source().url()));
            for (Language language : Language.values()) {
                row.add(translatedList(reforms, r -> text(s, language.code(), SchemeTexts.reform(r.position()))));
            }
            row.add(sources(s.sources()));
            row.add(s.demo());
            csv.printRecord(CsvCells.row(row.toArray()));
        }
        csv.flush();
    }

    /** The columns of a scheme's reforms, as the scheme import reads them: one entry a reform in each. */
    private static final List<String> REFORM_COLUMNS = List.of("reform_date", "reform_change", "reform_group",
            "reform_status_before", "reform_source_title", "reform_source_url");

    /**
     * One entry for each item of a list, separated by "; ", an empty one where an item has no value and a ";" inside
     * an entry doubled, as the imports read such a cell back ("2004; 2018-07").
     */
    private static <T> String list(List<T> items, Function<T, String> value) {
        return items.stream().map(value).map(v -> v == null ? "" : v.replace(";", ";;"))
                .collect(Collectors.joining("; "));
    }

    /** As {@link #list}, but empty when no item has a text in that language. */
    private static <T> String translatedList(List<T> items, Function<T, String> value) {
        return items.stream().map(value).allMatch(v -> v == null || v.isBlank()) ? "" : list(items, value);
    }

    private static String text(SchemeView s, String language, String field) {
        return s.texts().getOrDefault(language, Map.of()).get(field);
    }

    /** The brief and podcast texts that have a column per language. */
    private static final List<String> PUBLICATION_TEXTS = List.of("title", "summary", "transcript");

    /**
     * Briefs and podcasts in the columns the publication import reads, so that a file goes back in as it came out:
     * title, summary and transcript as written (in the original language), then each in every language; a podcast's
     * chapters in the segment_* columns and their titles in each language in segment_title_xx.
     */
    void publications(List<PublicationView> publications, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(List.of("id", "type", "title", "summary", "transcript", "language",
                "original_language", "date", "authors", "url", "duration", "countries"));
        for (String field : PUBLICATION_TEXTS) {
            for (Language language : Language.values()) {
                header.add(field + "_" + language.code());
            }
        }
        header.addAll(List.of("segment_start", "segment_title", "segment_observation", "segment_country"));
        for (Language language : Language.values()) {
            header.add("segment_title_" + language.code());
        }
        header.add("demo");
        CSVPrinter csv = printer(out, header.toArray(String[]::new));
        for (PublicationView p : publications) {
            Map<String, String> own = p.texts().getOrDefault(p.originalLanguage(), Map.of());
            List<Object> row = new ArrayList<>(Arrays.asList(p.id(), p.type(), own.get("title"), own.get("summary"),
                    own.get("transcript"), p.language(), p.originalLanguage(), p.date(), String.join("; ", p.authors()),
                    p.url(), p.durationSeconds(), String.join(";", p.countries())));
            for (String field : PUBLICATION_TEXTS) {
                for (Language language : Language.values()) {
                    row.add(p.texts().getOrDefault(language.code(), Map.of()).get(field));
                }
            }
            // a podcast's chapters in their order, which names their titles' texts ("segment.0")
            List<Integer> positions = IntStream.range(0, p.segments().size()).boxed().toList();
            row.add(list(p.segments(), PublicationView.SegmentView::clock));
            row.add(list(positions, i -> own.get(PublicationTexts.segment(i))));
            row.add(list(p.segments(), g -> g.observation() == null ? null : String.valueOf(g.observation())));
            row.add(list(p.segments(), PublicationView.SegmentView::country));
            for (Language language : Language.values()) {
                Map<String, String> texts = p.texts().getOrDefault(language.code(), Map.of());
                row.add(translatedList(positions, i -> texts.get(PublicationTexts.segment(i))));
            }
            row.add(p.demo());
            csv.printRecord(CsvCells.row(row.toArray()));
        }
        csv.flush();
    }

    /**
     * A group's coverage reason in a language after {@code prefix}, or nothing. A ";" in it is doubled, as the scheme
     * import reads it back, since ";" separates the groups of a cell.
     */
    private static String reason(SchemeView s, String language, String group, String prefix) {
        String reason = text(s, language, "reason." + group);
        return reason == null || reason.isBlank() ? "" : prefix + reason.replace(";", ";;");
    }

    void indicatorValues(List<IndicatorView.Value> values, OutputStream out) throws IOException {
        CSVPrinter csv = printer(out, "country", "indicator", "year", "value", "unit", "source", "source_url", "demo");
        for (IndicatorView.Value v : values) {
            csv.printRecord(CsvCells.row(v.country(), v.indicator(), v.year(), v.value(), v.unit(),
                    v.source().title(), v.source().url(), v.demo()));
        }
        csv.flush();
    }

    private static CSVPrinter printer(OutputStream out, String... header) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(ObservationExports.BOM);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    private static String sources(List<SourceView> sources) {
        return sources.stream().map(s -> s.title() + (s.url() == null ? "" : " <" + s.url() + ">"))
                .collect(Collectors.joining("; "));
    }
}
