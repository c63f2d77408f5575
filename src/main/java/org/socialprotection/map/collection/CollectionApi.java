package org.socialprotection.map.collection;

import java.util.List;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Page;
import org.socialprotection.map.workspace.RecordWrites;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Collections in the JSON API: the published ones, listed and read by slug with their linked published records,
 * extent and sources; and writes through the collection editor (ids, as the workflow's routes take them).
 */
@RestController
@RequestMapping("/api/collections")
class CollectionApi {

    private final CollectionReader reader;
    private final CollectionEditor editor;
    private final RecordWrites writes;

    CollectionApi(CollectionReader reader, CollectionEditor editor, RecordWrites writes) {
        this.reader = reader;
        this.editor = editor;
        this.writes = writes;
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

    @PostMapping
    ResponseEntity<?> create(@RequestBody CollectionForm form, Authentication authentication) {
        return writes.create(editor, form, authentication);
    }

    @PutMapping("/{id}")
    ResponseEntity<?> update(@PathVariable long id, @RequestBody CollectionForm form, Authentication authentication) {
        return writes.update(editor, id, form, authentication);
    }
}
