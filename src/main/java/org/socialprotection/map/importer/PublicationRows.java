package org.socialprotection.map.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.translation.TranslationDesk;
import org.socialprotection.map.publication.PublicationEditor;
import org.socialprotection.map.publication.PublicationForm;
import org.socialprotection.map.publication.PublicationTexts;
import org.socialprotection.map.workspace.FieldChecks;
import org.socialprotection.map.workspace.RecordWrites;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Briefs and podcasts from a table; lists (authors, countries) are separated by semicolons, and so are a podcast's
 * chapters in the segment_* columns, one entry a chapter in the same order ("0:00; 2:30"; see {@link ListCells}).
 */
@Component
class PublicationRows implements ImportKind<PublicationForm> {

    private final RecordWrites drafts;
    private final PublicationEditor editor;

    private final TranslationDesk translations;

    /**
     * The title, the summary and a podcast's transcript may come in one column per language (title_fr, summary_es,
     * transcript_fr, ...).
     */
    static final TranslatedColumns TEXTS = new TranslatedColumns(Map.of("title", "title", "summary", "summary",
            "transcript", "transcript"), Map.of("transcript", FieldChecks.TRANSCRIPT));

    /** Where each chapter of a podcast starts, and its title; each language's titles in segment_title_fr, ... */
    static final String SEGMENT_START = "segment_start";
    static final String SEGMENT_TITLE = "segment_title";

    PublicationRows(RecordWrites drafts, PublicationEditor editor, TranslationDesk translations) {
        this.drafts = drafts;
        this.editor = editor;
        this.translations = translations;
    }

    @Override
    public String name() {
        return "publications";
    }

    @Override
    public Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("type", List.of("type"));
        c.put("title", List.of("title"));
        c.put("summary", List.of("summary"));
        c.put("language", List.of("language", "lang"));
        c.put("original_language", List.of("original_language"));
        c.put("date", List.of("date", "published"));
        c.put("authors", List.of("authors", "author"));
        c.put("url", List.of("url", "link"));
        c.put("duration", List.of("duration", "duration_seconds"));
        c.put("countries", List.of("countries", "country"));
        c.put("transcript", List.of("transcript"));
        TEXTS.addTo(c);
        c.put(SEGMENT_START, List.of(SEGMENT_START));
        c.put(SEGMENT_TITLE, List.of(SEGMENT_TITLE));
        c.put("segment_observation", List.of("segment_observation"));
        c.put("segment_country", List.of("segment_country"));
        ListCells.addTo(c, SEGMENT_TITLE);
        return c;
    }

    @Override
    public List<String> required() {
        return List.of("type", "title");
    }

    @Override
    public String template() {
        return "\uFEFFtype,title,summary,language,date,authors,url,duration,countries\r\n"
                + "brief,Child Care in Markets,\"A WIEGO e-book on child care for market traders.\",en,2024,WIEGO,"
                + "https://www.wiego.org/resources/child-care-markets,,GHA;ZAF;RWA\r\n";
    }

    @Override
    public PublicationForm form(Table.Row row, Map<String, String> columnOf, List<ImportReport.Problem> problems,
                            Reasons reasons) {
        PublicationForm form = new PublicationForm();
        form.setType(RowValues.code(row.get(columnOf.get("type"))));
        form.setTitle(row.get(columnOf.get("title")));
        form.setSummary(row.get(columnOf.get("summary")));
        form.setTranscript(row.get(columnOf.get("transcript")));
        form.setLanguage(RowValues.orDefault(RowValues.code(row.get(columnOf.get("language"))), "en"));
        // left out, the title and summary are in the publication's language where the atlas has it
        form.setOriginalLanguage(RowValues.code(row.get(columnOf.get("original_language"))));
        form.setDate(row.get(columnOf.get("date")));
        form.setAuthors(RowValues.lines(row.get(columnOf.get("authors"))));
        form.setUrl(row.get(columnOf.get("url")));
        form.setDuration(row.get(columnOf.get("duration")));
        form.setCountries(RowValues.codes(row.get(columnOf.get("countries"))).stream()
                .map(c -> c.toUpperCase(Locale.ROOT)).toList());
        // the texts' language: as stated, else the publication's own where the atlas has it, else English
        Language original = Language.of(form.getOriginalLanguage())
                .or(() -> Language.of(form.getLanguage())).orElse(Language.EN);
        form.setTranslations(TEXTS.read(row, columnOf, original,
                field -> switch (field) {
                    case "summary" -> form.getSummary();
                    case "transcript" -> form.getTranscript();
                    default -> form.getTitle();
                },
                (field, text) -> {
                    switch (field) {
                        case "summary" -> form.setSummary(text);
                        case "transcript" -> form.setTranscript(text);
                        default -> form.setTitle(text);
                    }
                }, problems, reasons));
        segments(form, row, columnOf, original, problems, reasons);
        return form;
    }

    /**
     * A podcast's chapters, as many as segment_start has entries, each other segment_* column giving theirs in the
     * same order; their titles in other languages in segment_title_fr and the like, as the fields "segment.0", ...
     */
    private static void segments(PublicationForm form, Table.Row row, Map<String, String> columnOf, Language original,
                                 List<ImportReport.Problem> problems, Reasons reasons) {
        int count = ListCells.count(row.get(columnOf.get(SEGMENT_START)));
        Map<String, List<String>> cells = new LinkedHashMap<>();
        for (String column : List.of(SEGMENT_START, SEGMENT_TITLE, "segment_observation", "segment_country")) {
            cells.put(column, ListCells.entries(row, columnOf.get(column), count, SEGMENT_START, problems, reasons));
        }
        List<PublicationForm.SegmentRow> segments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PublicationForm.SegmentRow segment = new PublicationForm.SegmentRow();
            segment.setStart(cells.get(SEGMENT_START).get(i));
            segment.setTitle(cells.get(SEGMENT_TITLE).get(i));
            segment.setObservation(cells.get("segment_observation").get(i));
            segment.setCountry(cells.get("segment_country").get(i));
            segments.add(segment);
        }
        form.setSegments(segments);
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        form.getTranslations().forEach((code, texts) -> translations.put(code, new LinkedHashMap<>(texts)));
        ListCells.translations(row, columnOf, SEGMENT_TITLE, count, SEGMENT_START, original,
                segments.stream().map(PublicationForm.SegmentRow::getTitle).toList(),
                (i, text) -> segments.get(i).setTitle(text), PublicationTexts::segment, FieldChecks.NAME,
                translations, problems, reasons);
        form.setTranslations(translations);
    }

    @Override
    public String fieldOf(String formField) {
        if (formField.equals("segments")) {
            return SEGMENT_START;
        }
        if (formField.startsWith("segments[")) {
            return "segment_" + RowValues.rowField(formField).substring("segments.".length());
        }
        return formField.equals("originalLanguage") ? "original_language" : formField;
    }

    @Override
    public Long save(PublicationForm form, Errors errors, String username) {
        Publication saved = drafts.createDraft(editor, form, errors, username);
        if (saved == null) {
            return null;
        }
        TranslatedColumns.save(translations, PublicationEditor.TYPE.segment(), saved.getId(),
                saved.getOriginalLanguage(), form.getTranslations(), username);
        return saved.getId();
    }

    @Override
    public String duplicateKey(PublicationForm form) {
        return String.valueOf(form.getTitle()).toLowerCase(Locale.ROOT) + "|" + form.getType();
    }
}
