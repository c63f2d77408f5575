package org.socialprotection.map.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.translation.Texts;

/**
 * A brief or podcast as the JSON API shows it; links name only published records. Title and summary are in the
 * reader's language where a published translation exists, otherwise in the original's; {@code titleLanguage} and
 * {@code summaryLanguage} say which, {@code languages} lists the languages it can be read in and {@code texts}
 * holds every language's. {@code language} is the brief's or episode's own language, which may be none of them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationView(long id, String slug, String type, String title, String summary, String language,
                              String date, List<String> authors, String url, Integer durationSeconds,
                              String transcript, List<String> countries, List<Ref> observations, List<Ref> schemes,
                              boolean demo, Instant updatedAt, StoredFile file, List<SegmentView> segments,
                              String originalLanguage, List<String> languages, String titleLanguage,
                              String summaryLanguage, Map<String, Map<String, String>> texts) {

    /** A part of an episode: where to start listening, and what it is about. */
    public record SegmentView(int start, String clock, String title, Long observation, String country) {
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
        return new PublicationView(p.getId(), p.getSlug(), p.getType().code(), title.text(), summary.text(),
                p.getLanguage(), p.getPublishedOn(), List.copyOf(p.getAuthors()), p.getUrl(),
                p.getDurationSeconds(), p.getTranscript(), p.getCountries().stream().sorted().toList(),
                p.getObservations().stream().filter(Observation::isPublished)
                        .sorted(Comparator.comparing(Observation::getId))
                        .map(o -> new Ref(o.getId(), o.getTitle())).toList(),
                p.getSchemes().stream().filter(Scheme::isPublished).sorted(Comparator.comparing(Scheme::getId))
                        .map(s -> new Ref(s.getId(), s.name(language))).toList(),
                p.isDemo(), p.getUpdatedAt(), StoredFile.of(p), p.getSegments().stream()
                        .map(g -> new SegmentView(g.startSeconds(), Segment.clock(g.startSeconds()), g.title(),
                                g.observationId() != null && publishedObservations.contains(g.observationId())
                                        ? g.observationId() : null, g.countryIso3())).toList(),
                texts.original().code(), texts.languages().stream().map(Language::code).toList(), lang(title),
                lang(summary), all(texts));
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

    private static Map<String, Map<String, String>> all(Texts texts) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : PublicationTexts.FIELDS) {
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
