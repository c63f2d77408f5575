package org.socialprotection.map.scheme;

import java.util.Map;
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

/** The schemes' JSON API: lists, one scheme, and writes through the scheme editor. */
@RestController
@RequestMapping("/api/schemes")
class SchemeApi {

    private final SchemeReader reader;
    private final SchemeEditor editor;
    private final RecordWrites writes;

    SchemeApi(SchemeReader reader, SchemeEditor editor, RecordWrites writes) {
        this.reader = reader;
        this.editor = editor;
        this.writes = writes;
    }

    @GetMapping
    Page<SchemeView> list(@RequestParam MultiValueMap<String, String> params, Language language) {
        return reader.find(SchemeQuery.parse(params), language);
    }

    @GetMapping("/by-country")
    Map<String, Map<String, Long>> byCountry(@RequestParam MultiValueMap<String, String> params) {
        return Map.of("counts", reader.countByCountry(SchemeQuery.parse(params)));
    }

    @GetMapping("/{id}")
    SchemeView get(@PathVariable long id, Language language) {
        return reader.get(id, language);
    }

    @PostMapping
    ResponseEntity<?> create(@RequestBody SchemeForm form, Authentication authentication) {
        return writes.create(editor, form, authentication);
    }

    @PutMapping("/{id}")
    ResponseEntity<?> update(@PathVariable long id, @RequestBody SchemeForm form, Authentication authentication) {
        return writes.update(editor, id, form, authentication);
    }
}
