package org.socialprotection.map.publication;

import java.util.Set;
import org.socialprotection.map.atlas.QueryParams;
import org.springframework.util.MultiValueMap;

/** The filters of GET /api/publications, validated. */
public record PublicationQuery(Set<PublicationType> types, Set<String> countries, Set<Long> observations,
                               Set<Long> schemes, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final Set<String> PARAMETERS = Set.of("type", "country", "observation", "scheme", "limit",
            "offset");

    public static PublicationQuery parse(MultiValueMap<String, String> raw) {
        QueryParams params = QueryParams.of(raw, PARAMETERS);
        Integer limit = params.integer("limit", 1, MAX_LIMIT);
        Integer offset = params.integer("offset", 0, Integer.MAX_VALUE);
        return new PublicationQuery(params.codes("type", PublicationType.class), params.countryCodes("country"),
                params.ids("observation"), params.ids("scheme"), limit == null ? DEFAULT_LIMIT : limit,
                offset == null ? 0 : offset);
    }
}
