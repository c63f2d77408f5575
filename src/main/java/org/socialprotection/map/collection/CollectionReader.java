package org.socialprotection.map.collection;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.atlas.SourceView;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.ObservationTexts;
import org.socialprotection.map.translation.Texts;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.workflow.AtlasRecord;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads published collections for the public: a draft collection is not found, and a linked record that is not
 * published is left out, so a collection never leaks a draft observation, scheme or publication.
 */
@Service
class CollectionReader {

    /** Slugs as the loader writes them; anything else cannot name a collection and is not looked up. */
    static final String SLUG = "[a-z0-9][a-z0-9-]{0,119}";

    private final Collections collections;
    private final ObservationTexts observationTexts;

    CollectionReader(Collections collections, ObservationTexts observationTexts) {
        this.collections = collections;
        this.observationTexts = observationTexts;
    }

    @Transactional(readOnly = true)
    public List<CollectionSummary> list(Language language) {
        return collections.findByStatusOrderByTitleEn(PublicationStatus.PUBLISHED).stream()
                .map(c -> new CollectionSummary(c.getSlug(), c.title(language), c.titleLanguage(language).code(),
                        c.introduction(language), c.introductionLanguage(language).code(), extent(c),
                        published(c.getObservations()).size(), published(c.getSchemes()).size(),
                        published(c.getPublications()).size(), c.isDemo()))
                .sorted(Comparator.comparing(CollectionSummary::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    public CollectionView get(String slug, Language language) {
        Optional<Collection> found = slug != null && slug.matches(SLUG)
                ? collections.findBySlugAndStatus(slug, PublicationStatus.PUBLISHED) : Optional.empty();
        Collection c = found.orElseThrow(() -> new NotFoundException("collection", slug));
        List<Observation> shown = published(c.getObservations());
        Map<Long, Texts> texts = observationTexts.of(shown);
        List<CollectionView.ObservationLink> observations = shown.stream()
                .map(o -> {
                    Texts.Shown title = texts.get(o.getId()).shown("title", language);
                    return new CollectionView.ObservationLink(o.getId(), o.getSlug(), title.text(), title.lang(),
                            o.getKind().code(), o.getCountryIso3(), o.getPublicLocation().getX(),
                            o.getPublicLocation().getY());
                })
                .sorted(Comparator.comparing(CollectionView.ObservationLink::country)
                        .thenComparing(CollectionView.ObservationLink::title))
                .toList();
        List<CollectionView.SchemeLink> schemes = published(c.getSchemes()).stream()
                .sorted(Comparator.comparing(Scheme::getCountryIso3).thenComparing(s -> s.name(language)))
                .map(s -> new CollectionView.SchemeLink(s.getId(), s.getSlug(), s.name(language),
                        s.getCountryIso3()))
                .toList();
        List<CollectionView.PublicationLink> publications = published(c.getPublications()).stream()
                .sorted(Comparator.comparing((Publication p) -> p.getType().code())
                        .thenComparing(Publication::getTitle, String.CASE_INSENSITIVE_ORDER))
                .map(p -> new CollectionView.PublicationLink(p.getId(), p.getSlug(), p.getType().code(),
                        p.getTitle(), p.getLanguage(), p.publicPath()))
                .toList();
        return new CollectionView(c.getSlug(), c.title(language), c.titleLanguage(language).code(),
                c.introduction(language), c.introductionLanguage(language).code(), extent(c),
                MapPreset.of(c.getSlug(), c.extent()), c.isDemo(), observations, schemes, publications,
                SourceView.of(c.getSources()));
    }

    private static List<Double> extent(Collection c) {
        double[] e = c.extent();
        return List.of(e[0], e[1], e[2], e[3]);
    }

    private static <R extends AtlasRecord> List<R> published(java.util.Collection<R> records) {
        return records.stream().filter(AtlasRecord::isPublished).toList();
    }
}
