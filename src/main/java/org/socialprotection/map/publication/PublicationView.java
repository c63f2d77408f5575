package org.socialprotection.map.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.translation.Texts;

/**
 * A brief or podcast as the JSON API shows it; links name only published records. Title, summary and a podcast's
 * transcript are in the reader's language where a published translation exists, otherwise in the original's;
 * {@code titleLanguage}, {@code summaryLanguage} and {@code transcriptLanguage} say which (each chapter's
 * {@code titleLanguage} for its title), {@code languages} lists the languages it can be read in and {@code texts}
 * holds every language's, chapters' titles as "segment.0", "segment.1", ... by their position. {@code language} is the brief's or
 * episode's own language, which may be none of them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationView(long id, String slug, String type, String title, String summary, String language,
                              String date, List<String> authors, String url, Integer durationSeconds,
                              String transcript, List<String> countries, List<Ref> observations, List<Ref> schemes,
                              boolean demo, Instant updatedAt, StoredFile file, List<SegmentView> segments,
                              String originalLanguage, List<String> languages, String titleLanguage,
                              String summaryLanguage, String transcriptLanguage,
                              Map<String, Map<String, String>> texts) {

    /**
     * The transcript a page shows, in {@code lang}: the language a reader {@code wanted} when it exists in it, else
     * the original's; and every language it exists in, for links to the others. {@code htmlLang} is its lang
     * attribute: {@code lang}, but for the original of an episode in a language the atlas is not written in
     * (Portuguese, recorded as English), that language.
     */
    public record Transcript(String text, String lang, String wanted, List<String> languages, String htmlLang) {

        /** Whether it is shown in another language than the one wanted, which the page then says. */
        public boolean fallback() {
            return !lang.equals(wanted);
        }
    }

    /**
     * A chapter of an episode: where to start listening, and what it is about. Its title is in the reader's language
     * where a translation is published, else the original's; {@code titleLanguage} says which.
     */
    public record SegmentView(int start, String clock, String title, Long observation, String country,
                              String titleLanguage) {

        /** Whether its title is shown in another language than the reader's. */
        public boolean fallback(String readerLanguage) {
            return titleLanguage != null && !titleLanguage.equals(readerLanguage);
        }
    }

    /** The stored file, served at /media/{key}: its type, size and, for a PDF, pages and thumbnail. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StoredFile(String url, String type, Long size, Integer pages, String thumbnailUrl) {

        static StoredFile of(Publication p) {
            return p.getFilePath() == null ? null : new StoredFile("/media/" + p.getFilePath(), p.getFileType(),
                    p.getFileSize(), p.getPageCount(),
                    p.getThumbnailPath() == null ? null : "/media/" + p.getThumbnailPath());
        }
    }

    public record Ref(long id, String title) {
    }

    /**
     * The episode as the public sees it, with the texts {@link PublicationTexts#of} gives:
     * {@code publishedObservations} are the segments' links it may show.
     */
    static PublicationView of(Publication p, Texts texts, Language language, Set<Long> publishedObservations) {
        Texts.Shown title = texts.shown("title", language);
        Texts.Shown summary = texts.shown("summary", language);
        Texts.Shown transcript = texts.shown("transcript", language);
        return new PublicationView(p.getId(), p.getSlug(), p.getType().code(), title.text(), summary.text(),
                p.getLanguage(), p.getPublishedOn(), List.copyOf(p.getAuthors()), p.getUrl(),
                p.getDurationSeconds(), transcript.text(), p.getCountries().stream().sorted().toList(),
                p.getObservations().stream().filter(Observation::isPublished)
                        .sorted(Comparator.comparing(Observation::getId))
                        .map(o -> new Ref(o.getId(), o.getTitle())).toList(),
                p.getSchemes().stream().filter(Scheme::isPublished).sorted(Comparator.comparing(Scheme::getId))
                        .map(s -> new Ref(s.getId(), s.name(language))).toList(),
                p.isDemo(), p.getUpdatedAt(), StoredFile.of(p), IntStream.range(0, p.getSegments().size())
                        .mapToObj(i -> segment(p.getSegments().get(i), i, texts, language, publishedObservations))
                        .toList(),
                texts.original().code(), texts.languages().stream().map(Language::code).toList(), lang(title),
                lang(summary), lang(transcript), all(texts, p.getSegments().size()));
    }

    /** A chapter, its title translated by its position in the episode's list ("segment.0"). */
    private static SegmentView segment(Segment g, int position, Texts texts, Language language,
                                       Set<Long> publishedObservations) {
        Texts.Shown title = texts.shown(PublicationTexts.segment(position), language);
        return new SegmentView(g.startSeconds(), Segment.clock(g.startSeconds()),
                title.text() == null ? g.title() : title.text(),
                g.observationId() != null && publishedObservations.contains(g.observationId())
                        ? g.observationId() : null, g.countryIso3(), title.text() == null ? null : title.lang());
    }

    /**
     * The lang attribute of its title or summary as shown: the language shown when it is not the reader's; and for
     * the original of a brief in a language the atlas is not written in (Portuguese, say, recorded as English), that
     * language, so that a screen reader does not read Portuguese with an English voice. Null: the page's language.
     */
    public String textLang(String field, String readerLanguage) {
        String shown = "title".equals(field) ? titleLanguage : summaryLanguage;
        boolean original = shown == null || shown.equals(originalLanguage);
        if (original && language != null && Language.of(language).isEmpty() && !language.isBlank()) {
            return language;
        }
        return fallback(field, readerLanguage) ? shown : null;
    }

    /**
     * Its transcript in the language asked for ({@code ?transcript=fr}), else in the reader's, else in the original;
     * null when it has none. A translation is offered only while the original has a transcript, as for any text.
     */
    public Transcript transcriptIn(Language reader, Language asked) {
        if (transcript == null) {
            return null;
        }
        List<String> languages = texts.entrySet().stream().filter(e -> e.getValue().containsKey("transcript"))
                .map(Map.Entry::getKey).toList();
        String wanted = (asked != null ? asked : reader).code();
        String shown = languages.contains(wanted) ? wanted : originalLanguage;
        boolean otherOriginal = shown.equals(originalLanguage) && language != null && !language.isBlank()
                && Language.of(language).isEmpty();
        return new Transcript(texts.get(shown).get("transcript"), shown, wanted, languages,
                otherOriginal ? language : shown);
    }

    /**
     * The lang attribute of a chapter's title: the language it is shown in when not the reader's, or for the original
     * of an episode in a language the atlas is not written in, that language. Null: the page's language.
     */
    public String segmentLang(SegmentView segment, String readerLanguage) {
        boolean original = segment.titleLanguage() == null || segment.titleLanguage().equals(originalLanguage);
        if (original && language != null && Language.of(language).isEmpty() && !language.isBlank()) {
            return language;
        }
        return segment.fallback(readerLanguage) ? segment.titleLanguage() : null;
    }

    /** Whether its title or summary is shown in another language than the reader's. */
    public boolean fallback(String field, String readerLanguage) {
        String shown = switch (field) {
            case "title" -> titleLanguage;
            case "summary" -> summaryLanguage;
            default -> throw new IllegalArgumentException(field);
        };
        return shown != null && !shown.equals(readerLanguage);
    }

    private static String lang(Texts.Shown shown) {
        return shown.text() == null ? null : shown.lang();
    }

    /** Every language's texts by field, chapters' titles included ("segment.0"); a language without any is left out. */
    private static Map<String, Map<String, String>> all(Texts texts, int segments) {
        List<String> offered = new ArrayList<>(PublicationTexts.FIELDS);
        for (int i = 0; i < segments; i++) {
            offered.add(PublicationTexts.segment(i));
        }
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : offered) {
                String text = texts.in(l, field);
                if (text != null) {
                    fields.put(field, text);
                }
            }
            if (!fields.isEmpty()) {
                all.put(l.code(), fields);
            }
        }
        return all;
    }
}
