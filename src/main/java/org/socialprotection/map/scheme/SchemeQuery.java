package org.socialprotection.map.scheme;

import java.util.Set;
import org.socialprotection.map.atlas.GroupMatch;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.atlas.QueryParams;
import org.springframework.util.MultiValueMap;

/**
 * The filters of GET /api/schemes, validated. {@code group} matches schemes whose legal coverage of that group is
 * anything but an exclusion, and with {@code groupMatch=general} also those whose coverage of informal workers in
 * general is ({@code only}, the default, as on observations); {@code active} matches schemes in force that year.
 */
public record SchemeQuery(Set<String> countries, Set<Branch> branches, Set<WorkerGroup> groups,
                          GroupMatch groupMatch, Set<SchemeType> types, Integer activeYear, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final Set<String> PARAMETERS = Set.of("country", "branch", "group", "groupMatch", "type",
            "active", "limit", "offset");

    public static SchemeQuery parse(MultiValueMap<String, String> raw) {
        QueryParams params = QueryParams.of(raw, PARAMETERS);
        Integer limit = params.integer("limit", 1, MAX_LIMIT);
        Integer offset = params.integer("offset", 0, Integer.MAX_VALUE);
        return new SchemeQuery(params.countryCodes("country"), params.codes("branch", Branch.class),
                params.codes("group", WorkerGroup.class), GroupMatch.of(params), params.codes("type", SchemeType.class),
                params.integer("active", 1800, 2200), limit == null ? DEFAULT_LIMIT : limit,
                offset == null ? 0 : offset);
    }

    public static SchemeQuery ofCountry(String iso3) {
        return new SchemeQuery(Set.of(iso3), Set.of(), Set.of(), GroupMatch.ONLY, Set.of(), null, MAX_LIMIT, 0);
    }
}
