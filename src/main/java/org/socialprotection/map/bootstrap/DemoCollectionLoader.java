package org.socialprotection.map.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.collection.Collection;
import org.socialprotection.map.collection.Collections;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.socialprotection.map.bootstrap.DemoFiles.CollectionEntry;
import static org.socialprotection.map.bootstrap.DemoFiles.SourceEntry;

/**
 * Loads data/demo/collections.json after the demo atlas it links to. A dataset of its own, so that a database
 * whose demo atlas was loaded before collections existed gains them at the next start; all or nothing, like the
 * atlas, with a message naming the record and the field.
 */
@Service
class DemoCollectionLoader {

    static final String DATASET = "demo-collections";
    static final String FILE = "demo/collections.json";
    private static final Logger log = LoggerFactory.getLogger(DemoCollectionLoader.class);

    private final DataLoads loads;
    private final Collections collections;
    private final Observations observations;
    private final Schemes schemes;
    private final Publications publications;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    DemoCollectionLoader(DataLoads loads, Collections collections, Observations observations, Schemes schemes,
                         Publications publications) {
        this.loads = loads;
        this.collections = collections;
        this.observations = observations;
        this.schemes = schemes;
        this.publications = publications;
    }

    @Transactional
    public void loadIfMissing() {
        if (!loads.loaded(DATASET)) {
            load();
        }
    }

    void load() {
        byte[] file = loads.read(FILE);
        List<CollectionEntry> entries = json.readValue(file, new TypeReference<List<CollectionEntry>>() { });
        for (CollectionEntry entry : entries) {
            try {
                collections.save(collection(entry));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("data/" + FILE + ", record '" + entry.key() + "': "
                        + e.getMessage(), e);
            }
        }
        loads.record(DATASET, DataLoads.checksum(List.of(file)), entries.size());
        log.info("Loaded {} demo collection(s)", entries.size());
    }

    private Collection collection(CollectionEntry e) {
        Map<String, String> titles = e.titles() == null ? Map.of() : e.titles();
        Map<String, String> intros = e.introductions() == null ? Map.of() : e.introductions();
        Collection c = new Collection(e.key(), titles.get("en"));
        c.setTitles(titles.get("fr"), titles.get("es"));
        c.setIntroductions(intros.get("en"), intros.get("fr"), intros.get("es"));
        List<Double> extent = e.extent();
        if (extent == null || extent.size() != 4 || extent.contains(null)) {
            throw new IllegalArgumentException("extent: expected four numbers [west, south, east, north]");
        }
        c.setExtent(extent.get(0), extent.get(1), extent.get(2), extent.get(3));
        link(e.observations(), observations::findBySlug, c.getObservations(), "observations");
        link(e.schemes(), schemes::findBySlug, c.getSchemes(), "schemes");
        link(e.publications(), publications::findBySlug, c.getPublications(), "publications");
        c.getSources().addAll(sources(e.sources()));
        c.setDemo(e.demo());
        c.setStatus(PublicationStatus.PUBLISHED);
        c.createdBy(DemoAtlasLoader.LOADER);
        return c;
    }

    private static <T> void link(List<String> keys, Function<String, Optional<T>> find, java.util.Collection<T> into,
                                 String field) {
        for (String key : keys == null ? List.<String>of() : keys) {
            into.add(find.apply(key).orElseThrow(() ->
                    new IllegalArgumentException(field + ": no record with key '" + key + "'")));
        }
    }

    private static List<Source> sources(List<SourceEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("sources: every record needs at least one source");
        }
        List<Source> result = new ArrayList<>();
        for (SourceEntry s : entries) {
            if (s.title() == null || s.title().isBlank()) {
                throw new IllegalArgumentException("sources: a source needs a title");
            }
            result.add(new Source(s.title(), s.url(), s.accessed()));
        }
        return result;
    }
}
