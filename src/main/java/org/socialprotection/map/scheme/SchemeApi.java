package org.socialprotection.map.scheme;

import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Page;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/schemes")
class SchemeApi {

    private final SchemeReader reader;

    SchemeApi(SchemeReader reader) {
        this.reader = reader;
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
}
