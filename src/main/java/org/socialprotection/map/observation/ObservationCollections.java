package org.socialprotection.map.observation;

import java.util.List;
import org.socialprotection.map.atlas.Language;

/**
 * The published curated collections an observation belongs to, for its page. The collection feature implements it,
 * so that observations link to collections without depending on them (collections depend on observations).
 */
public interface ObservationCollections {

    List<Entry> of(long observationId, Language language);

    /** A collection's title in the reader's language (or English, named by {@code titleLanguage}) and its page. */
    record Entry(String title, String titleLanguage, String path) {
    }
}
