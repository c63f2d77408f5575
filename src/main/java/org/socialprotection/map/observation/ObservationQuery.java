package org.socialprotection.map.observation;

import java.util.Set;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.geo.Bbox;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.web.BadRequestException;
import org.socialprotection.map.web.QueryParams;
import org.springframework.util.MultiValueMap;

/**
 * The filters of GET /api/observations, validated. {@code branch} matches observations linked to a scheme of that
 * branch; {@code from}/{@code to} (years) match observations whose period overlaps them; {@code group} also matches
 * observations about informal workers in general.
 */
public record ObservationQuery(Bbox bbox, Set<Kind> kinds, Set<WorkerGroup> groups, Set<Branch> branches,
                               Set<String> countries, Set<Long> schemes, Integer fromYear, Integer toYear,
                               int limit, int offset) {

    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 10000;
    private static final Set<String> PARAMETERS = Set.of("bbox", "kind", "group", "branch", "country", "scheme",
            "from", "to", "limit", "offset");

    public static ObservationQuery parse(MultiValueMap<String, String> raw) {
        QueryParams params = QueryParams.of(raw, PARAMETERS);
        Integer from = params.year("from");
        Integer to = params.year("to");
        if (from != null && to != null && from > to) {
            throw new BadRequestException("to", "the year " + to + " is before 'from' " + from);
        }
        Integer limit = params.integer("limit", 1, MAX_LIMIT);
        Integer offset = params.integer("offset", 0, Integer.MAX_VALUE);
        return new ObservationQuery(params.parsed("bbox", Bbox::parse), params.codes("kind", Kind.class),
                params.codes("group", WorkerGroup.class), params.codes("branch", Branch.class),
                params.countryCodes("country"), params.ids("scheme"), from, to,
                limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
    }
}
