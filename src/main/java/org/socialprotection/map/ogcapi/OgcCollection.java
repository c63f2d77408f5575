package org.socialprotection.map.ogcapi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.geo.StreamedFeatureCollection;
import org.socialprotection.map.ogcapi.Documents.Extent;
import org.socialprotection.map.ogcapi.Documents.Feature;

/** A collection of features this API serves: what it is, the filters it takes, its items. */
interface OgcCollection {

    /** The id in the path, and the key of its title and description in the ogcapi label bundle. */
    String id();

    /** The filter parameters of its items beyond the common ones. */
    Set<String> filters();

    Extent extent();

    /** One page of the matching features; {@code site} is the atlas's own address, for links to its pages. */
    Page items(ItemsQuery query, Language language, String site);

    /**
     * The same page as {@link #items} in JSON, written into the response as it is read, where the collection can
     * stream it: its features and numberMatched. Empty: {@link #items} answers.
     */
    default Optional<StreamedFeatureCollection.Source> stream(ItemsQuery query, Language language, String site) {
        return Optional.empty();
    }

    /** One feature; a {@link org.socialprotection.map.atlas.NotFoundException} when there is none with this id. */
    Feature item(String featureId, Language language, String site);

    /** numberMatched is null when the collection did not count every match. */
    record Page(Long numberMatched, List<Feature> features) {
    }
}
