package org.socialprotection.map.collection;

import java.util.List;
import org.socialprotection.map.atlas.SourceView;

/**
 * A published collection as its page and the JSON API show it: texts in the reader's language (with the language
 * actually shown, English where a translation is missing), the extent as [west, south, east, north], the linked
 * published records and the sources.
 */
public record CollectionView(String slug, String title, String titleLanguage, String introduction,
                      String introductionLanguage, List<Double> extent, String mapUrl, boolean demo,
                      List<ObservationLink> observations, List<SchemeLink> schemes,
                      List<PublicationLink> publications, List<SourceView> sources) {

    /** An observation at its public (privacy-coarsened) location. */
    public record ObservationLink(long id, String slug, String title, String titleLanguage, String kind,
                                  String country, double lon, double lat) {
    }

    public record SchemeLink(long id, String slug, String name, String country) {
    }

    public record PublicationLink(long id, String slug, String type, String title, String language, String path) {
    }

    public List<PublicationLink> briefs() {
        return publications.stream().filter(p -> "brief".equals(p.type())).toList();
    }

    public List<PublicationLink> podcasts() {
        return publications.stream().filter(p -> "podcast".equals(p.type())).toList();
    }
}
