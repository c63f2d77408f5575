package org.socialprotection.map.indicator;

import java.util.List;
import org.socialprotection.map.atlas.Language;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/indicators")
class IndicatorApi {

    private final IndicatorReader reader;

    IndicatorApi(IndicatorReader reader) {
        this.reader = reader;
    }

    @GetMapping
    List<IndicatorView> list(Language language) {
        return reader.all(language);
    }

    @GetMapping("/{code}")
    IndicatorView get(@PathVariable String code, Language language) {
        return reader.withValues(code, language);
    }
}
