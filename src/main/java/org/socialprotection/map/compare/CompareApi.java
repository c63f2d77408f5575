package org.socialprotection.map.compare;

import org.socialprotection.map.atlas.Language;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CompareApi {

    private final ComparisonReader reader;

    CompareApi(ComparisonReader reader) {
        this.reader = reader;
    }

    /** Two to four countries side by side; a 400 problem names a malformed or unknown code, or a wrong count. */
    @GetMapping(path = "/api/compare", produces = "application/json")
    Comparison compare(@RequestParam MultiValueMap<String, String> params, Language language) {
        return reader.compare(CompareQuery.parse(params), language);
    }
}
