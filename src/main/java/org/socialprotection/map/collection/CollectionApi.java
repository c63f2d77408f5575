package org.socialprotection.map.collection;

import java.util.List;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Published collections in the JSON API: the list, and one with its linked records, extent and sources. */
@RestController
@RequestMapping("/api/collections")
class CollectionApi {

    private final CollectionReader reader;

    CollectionApi(CollectionReader reader) {
        this.reader = reader;
    }

    @GetMapping
    Page<CollectionSummary> list(Language language) {
        List<CollectionSummary> items = reader.list(language);
        return new Page<>(items.size(), items.size(), 0, items);
    }

    @GetMapping("/{slug}")
    CollectionView get(@PathVariable String slug, Language language) {
        return reader.get(slug, language);
    }
}
