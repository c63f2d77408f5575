package org.socialprotection.map.indicator;

import java.util.List;
import org.socialprotection.map.atlas.Language;
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

/** Indicators and their values in the JSON API, and writes of values through the indicator value editor. */
@RestController
@RequestMapping("/api/indicators")
class IndicatorApi {

    private final IndicatorReader reader;
    private final IndicatorValueEditor editor;
    private final RecordWrites writes;

    IndicatorApi(IndicatorReader reader, IndicatorValueEditor editor, RecordWrites writes) {
        this.reader = reader;
        this.editor = editor;
        this.writes = writes;
    }

    @GetMapping
    List<IndicatorView> list(Language language) {
        return reader.all(language);
    }

    @GetMapping("/{code}")
    IndicatorView get(@PathVariable String code, Language language) {
        return reader.withValues(code, language);
    }

    /** A value of an indicator for a country and a year. */
    @PostMapping
    ResponseEntity<?> create(@RequestBody IndicatorValueForm form, Authentication authentication) {
        return writes.create(editor, form, authentication);
    }

    @PutMapping("/{id}")
    ResponseEntity<?> update(@PathVariable long id, @RequestBody IndicatorValueForm form,
                             Authentication authentication) {
        return writes.update(editor, id, form, authentication);
    }
}
