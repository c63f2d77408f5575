package org.socialprotection.map.observation;

import java.util.HashSet;
import java.util.Set;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.GroupMatch;
import org.socialprotection.map.atlas.QueryParams;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.geo.Bbox;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.SchemeType;
import org.springframework.util.MultiValueMap;

/**
 * The filters of GET /api/observations, validated. {@code branch} matches observations of that branch of their own
 * or linked to a scheme of that branch; {@code from}/{@code to} (years) match observations whose period overlaps
 * them; {@code group} matches observations about those groups, and with {@code groupMatch=general} also those
 * about informal workers in general ({@code only}, the default, leaves these out); {@code place} matches the type
 * of place; {@code type} matches observations linked to a scheme of that type; {@code q} matches a text in the
 * title, narrative or place name; {@code collection} (a published collection's slug) matches its observations.
 */
public record ObservationQuery(Bbox bbox, Set<Kind> kinds, Set<WorkerGroup> groups, GroupMatch groupMatch,
                               Set<Branch> branches, Set<PlaceType> places, Set<SchemeType> types,
                               Set<String> countries, Set<Long> schemes, String collection, Integer fromYear,
                               Integer toYear, String text, int limit, int offset) {

    /** The filters without a place type, with the default group match. */
    public ObservationQuery(Bbox bbox, Set<Kind> kinds, Set<WorkerGroup> groups, Set<Branch> branches,
                            Set<SchemeType> types, Set<String> countries, Set<Long> schemes, Integer fromYear,
                            Integer toYear, String text, int limit, int offset) {
        this(bbox, kinds, groups, GroupMatch.ONLY, branches, Set.of(), types, countries, schemes, null, fromYear,
                toYear, text, limit, offset);
    }

    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 10000;
    public static final Set<String> FILTERS = Set.of("bbox", "kind", "group", "groupMatch", "branch", "place",
            "type", "country", "scheme", "collection", "from", "to", "q");
    private static final Set<String> PARAMETERS = union(FILTERS, Set.of("limit", "offset"));

    public static ObservationQuery parse(MultiValueMap<String, String> raw) {
        return parse(QueryParams.of(raw, PARAMETERS));
    }

    /** The filters alone, from parameters an endpoint has already checked for names it does not know. */
    public static ObservationQuery parse(QueryParams params) {
        Integer from = params.year("from");
        Integer to = params.year("to");
        if (from != null && to != null && from > to) {
            throw new BadRequestException("to", "error.param.toBeforeFrom", "the year " + to + " is before 'from' " + from,
                    String.valueOf(to), String.valueOf(from));
        }
        Integer limit = params.integer("limit", 1, MAX_LIMIT);
        Integer offset = params.integer("offset", 0, Integer.MAX_VALUE);
        String text = params.text("q");
        if (text != null && text.length() > 200) {
            throw new BadRequestException("q", "error.param.textLength", "the search text is longer than 200 characters", "200");
        }
        String collection = params.text("collection");
        if (collection != null && !SLUG.matcher(collection).matches()) {
            throw new BadRequestException("collection", "error.param.slug", "'" + collection + "' is not a collection's slug",
                    collection);
        }
        return new ObservationQuery(params.parsed("bbox", Bbox::parse), params.codes("kind", Kind.class),
                params.codes("group", WorkerGroup.class), GroupMatch.of(params),
                params.codes("branch", Branch.class), params.codes("place", PlaceType.class),
                params.codes("type", SchemeType.class), params.countryCodes("country"), params.ids("scheme"),
                collection, from, to, text, limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
    }

    public static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
