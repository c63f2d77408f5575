package org.socialprotection.map.observation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.SourceView;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.translation.Texts;

/**
 * The properties of an observation feature. Its geometry is always the public location. Title, narrative and place
 * name are in the reader's language where a published translation exists, otherwise in the original's; each
 * {@code *Language} says which, {@code languages} lists the languages the record can be read in, and {@code texts}
 * (exports and the one-record read only) holds every language's texts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservationView(long id, String slug, String kind, String title, String narrative, String placeName,
                              String placeType, String privacy, String country, List<String> groups,
                              List<String> components, List<String> branches, List<SchemeRef> schemes, String observedFrom,
                              String observedTo, List<SourceView> sources, boolean demo, Instant updatedAt,
                              List<PublicationRef> publications, String originalLanguage, List<String> languages,
                              String titleLanguage, String narrativeLanguage, String placeNameLanguage,
                              Map<String, Map<String, String>> texts) {

    public record SchemeRef(long id, String name, String acronym) {
    }

    /** A brief or podcast of the observation: its title in the reader's language where published, and which. */
    public record PublicationRef(long id, String type, String title, String titleLanguage) {
    }

    /** The texts of a view for a reader of {@code language}; all of them with {@code allTexts}. */
    record Localized(Texts.Shown title, Texts.Shown narrative, Texts.Shown placeName, String original,
                     List<String> languages, Map<String, Map<String, String>> texts) {

        static Localized of(Texts texts, Language language, boolean allTexts) {
            Map<String, Map<String, String>> all = null;
            if (allTexts) {
                all = new LinkedHashMap<>();
                for (Language l : Language.values()) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (String field : ObservationTexts.FIELDS) {
                        String text = texts.in(l, field);
                        if (text != null) {
                            fields.put(field, text);
                        }
                    }
                    if (!fields.isEmpty()) {
                        all.put(l.code(), fields);
                    }
                }
            }
            return new Localized(texts.shown("title", language), texts.shown("narrative", language),
                    texts.shown("placeName", language), texts.original().code(),
                    texts.languages().stream().map(Language::code).toList(), all);
        }

        static String lang(Texts.Shown shown) {
            return shown.text() == null ? null : shown.lang();
        }
    }

    static ObservationView of(long id, String slug, String kind, Localized l, String placeType, String privacy,
                              String country, List<String> groups, List<String> components, List<String> branches,
                              List<SchemeRef> schemes, String observedFrom, String observedTo,
                              List<SourceView> sources, boolean demo, Instant updatedAt,
                              List<PublicationRef> publications) {
        return new ObservationView(id, slug, kind, l.title().text(), l.narrative().text(), l.placeName().text(),
                placeType, privacy, country, groups, components, branches, schemes, observedFrom, observedTo, sources,
                demo, updatedAt, publications, l.original(), l.languages(), Localized.lang(l.title()),
                Localized.lang(l.narrative()), Localized.lang(l.placeName()), l.texts());
    }

    /** The feature of an entity, with its texts as {@link ObservationTexts#of} gives them. */
    public static Feature<ObservationView> feature(Observation o, Texts texts, Language language,
                                                   List<PublicationRef> publications, boolean allTexts) {
        ObservationView view = of(o.getId(), o.getSlug(), o.getKind().code(),
                Localized.of(texts, language, allTexts), o.getPlaceType().code(), o.getPrivacy().code(),
                o.getCountryIso3(), o.getGroups().stream().sorted().map(Coded::code).toList(),
                o.getComponents().stream().sorted().map(Coded::code).toList(),
                o.getBranches().stream().sorted().map(Coded::code).toList(),
                o.getSchemes().stream().sorted(Comparator.comparing(Scheme::getId))
                        .filter(Scheme::isPublished)
                        .map(s -> new SchemeRef(s.getId(), s.name(language), s.getAcronym())).toList(),
                o.getObservedFrom(), o.getObservedTo(), SourceView.of(o.getSources()), o.isDemo(),
                o.getUpdatedAt(), publications);
        return new Feature<>(o.getId(), o.getPublicLocation(), view);
    }

    /** Whether a text of this view is shown in another language than the reader's. */
    public boolean fallback(String field, String readerLanguage) {
        String shown = switch (field) {
            case "title" -> titleLanguage;
            case "narrative" -> narrativeLanguage;
            case "placeName" -> placeNameLanguage;
            default -> throw new IllegalArgumentException(field);
        };
        return shown != null && !shown.equals(readerLanguage);
    }
}
