package org.socialprotection.map.collection;

import java.util.Comparator;
import java.util.List;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.observation.ObservationCollections;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells an observation's page which published collections hold it; a draft collection is never named. */
@Component
class CollectionMemberships implements ObservationCollections {

    private final Collections collections;

    CollectionMemberships(Collections collections) {
        this.collections = collections;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> of(long observationId, Language language) {
        return collections.findByObservationsIdAndStatus(observationId, PublicationStatus.PUBLISHED).stream()
                .map(c -> new Entry(c.title(language), c.titleLanguage(language).code(), c.publicPath()))
                .sorted(Comparator.comparing(Entry::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<Entry> named(String slug, Language language) {
        return collections.findBySlugAndStatus(slug, PublicationStatus.PUBLISHED)
                .map(c -> new Entry(c.title(language), c.titleLanguage(language).code(), c.publicPath()));
    }
}
