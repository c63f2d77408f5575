package org.socialprotection.map.publication;

import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Page;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/publications")
class PublicationApi {

    private final PublicationReader reader;

    PublicationApi(PublicationReader reader) {
        this.reader = reader;
    }

    @GetMapping
    Page<PublicationView> list(@RequestParam MultiValueMap<String, String> params, Language language) {
        return reader.find(PublicationQuery.parse(params), language);
    }

    @GetMapping("/{id}")
    PublicationView get(@PathVariable long id, Language language) {
        return reader.get(id, language);
    }
}
