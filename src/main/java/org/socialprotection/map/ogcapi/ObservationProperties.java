package org.socialprotection.map.ogcapi;

import java.time.Instant;
import java.util.List;
import org.socialprotection.map.atlas.SourceView;
import org.socialprotection.map.observation.ObservationView;

/**
 * The properties of an observation feature, flat for GIS software: every member on every feature (null when
 * unknown), so that a client reading its schema from the first page sees them all, and lists joined into one text
 * (codes by ", ", names and sources by "; ") so that they survive a copy into a GeoPackage, a shapefile or a CSV.
 * Title, narrative and place name are in the language asked for where a published translation exists; the
 * {@code *Language} members say which language each is in, and {@code languages} those the record can be read in.
 */
record ObservationProperties(String title, String kind, String country, String placeName, String placeType,
                             String privacy, String groups, String components, String branches, String schemes, String observedFrom,
                             String observedTo, String narrative, String sources, boolean demo, Instant updatedAt,
                             String page, String originalLanguage, String languages, String titleLanguage,
                             String narrativeLanguage, String placeNameLanguage) {

    static ObservationProperties of(ObservationView o, String page) {
        return new ObservationProperties(o.title(), o.kind(), o.country(), o.placeName(), o.placeType(), o.privacy(),
                String.join(", ", o.groups()), String.join(", ", o.components()), String.join(", ", o.branches()),
                join(o.schemes().stream().map(ObservationView.SchemeRef::name).toList()), o.observedFrom(),
                o.observedTo(), o.narrative(), join(o.sources().stream().map(ObservationProperties::source).toList()),
                o.demo(), o.updatedAt(), page, o.originalLanguage(), String.join(", ", o.languages()),
                o.titleLanguage(), o.narrativeLanguage(), o.placeNameLanguage());
    }

    private static String join(List<String> texts) {
        return texts.isEmpty() ? null : String.join("; ", texts);
    }

    private static String source(SourceView source) {
        return source.url() == null ? source.title() : source.title() + " <" + source.url() + ">";
    }
}
