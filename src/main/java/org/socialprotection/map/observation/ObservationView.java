package org.socialprotection.map.observation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.SourceView;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.scheme.Scheme;

/** The properties of an observation feature. Its geometry is always the public location. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservationView(long id, String slug, String kind, String title, String narrative, String placeName,
                              String placeType, String privacy, String country, List<String> groups,
                              List<String> components, List<String> branches, List<SchemeRef> schemes, String observedFrom,
                              String observedTo, List<SourceView> sources, boolean demo, Instant updatedAt,
                              List<PublicationRef> publications) {

    public record SchemeRef(long id, String name, String acronym) {
    }

    public record PublicationRef(long id, String type, String title) {
    }

    public static Feature<ObservationView> feature(Observation o, Language language,
                                                   List<PublicationRef> publications) {
        ObservationView view = new ObservationView(o.getId(), o.getSlug(), o.getKind().code(), o.getTitle(),
                o.getNarrative(), o.getPlaceName(), o.getPlaceType().code(), o.getPrivacy().code(),
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
}
