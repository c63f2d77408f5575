package org.socialprotection.map.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.scheme.Scheme;

/** A brief or podcast as the JSON API shows it; links name only published records. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationView(long id, String slug, String type, String title, String summary, String language,
                              String date, List<String> authors, String url, Integer durationSeconds,
                              String transcript, List<String> countries, List<Ref> observations, List<Ref> schemes,
                              boolean demo, Instant updatedAt, StoredFile file, List<SegmentView> segments) {

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

    /** The episode as the public sees it: {@code publishedObservations} are the segments' links it may show. */
    public static PublicationView of(Publication p, Language language, Set<Long> publishedObservations) {
        return new PublicationView(p.getId(), p.getSlug(), p.getType().code(), p.getTitle(), p.getSummary(),
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
                                        ? g.observationId() : null, g.countryIso3())).toList());
    }
}
