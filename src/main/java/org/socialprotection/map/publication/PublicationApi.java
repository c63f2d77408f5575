package org.socialprotection.map.publication;

import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Page;
import org.socialprotection.map.workspace.RecordWrites;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Briefs and podcast episodes in the JSON API: lists, one record, and writes through the publication editor. */
@RestController
@RequestMapping("/api/publications")
class PublicationApi {

    private final PublicationReader reader;
    private final PublicationEditor editor;
    private final RecordWrites writes;

    PublicationApi(PublicationReader reader, PublicationEditor editor, RecordWrites writes) {
        this.reader = reader;
        this.editor = editor;
        this.writes = writes;
    }

    @GetMapping
    Page<PublicationView> list(@RequestParam MultiValueMap<String, String> params, Language language) {
        return reader.find(PublicationQuery.parse(params), language);
    }

    @GetMapping("/{id}")
    PublicationView get(@PathVariable long id, Language language) {
        return reader.get(id, language);
    }

    @PostMapping
    ResponseEntity<?> create(@RequestBody PublicationForm form, Authentication authentication) {
        return writes.create(editor, form, authentication);
    }

    @PutMapping("/{id}")
    ResponseEntity<?> update(@PathVariable long id, @RequestBody PublicationForm form,
                             Authentication authentication) {
        return writes.update(editor, id, form, authentication);
    }
}
