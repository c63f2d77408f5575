package org.socialprotection.map.observation;

import java.util.List;
import org.socialprotection.map.atlas.Language;

/**
 * The published curated collections an observation belongs to, for its page, and a collection by its slug, for the
 * map's filter. The collection feature implements it,
 * so that observations link to collections without depending on them (collections depend on observations).
 */
public interface ObservationCollections {

    List<Entry> of(long observationId, Language language);

    /** The published collection of that slug, for a map filtered by it; empty when there is none or it is a draft. */
    java.util.Optional<Entry> named(String slug, Language language);

    /** A collection's title in the reader's language (or English, named by {@code titleLanguage}) and its page. */
    record Entry(String title, String titleLanguage, String path) {
    }
}
