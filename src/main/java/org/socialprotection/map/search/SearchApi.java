package org.socialprotection.map.search;

import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchApi {

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    Map<String, List<SearchHit>> find(@RequestParam(required = false) String q,
                                      @RequestParam(defaultValue = "20") int limit, Language language) {
        if (limit < 1 || limit > Search.MAX_LIMIT) {
            throw new BadRequestException("limit", "error.param.range", limit + " is outside 1.." + Search.MAX_LIMIT,
                    String.valueOf(limit), "1", String.valueOf(Search.MAX_LIMIT));
        }
        return Map.of("items", search.find(q, language, limit));
    }
}
