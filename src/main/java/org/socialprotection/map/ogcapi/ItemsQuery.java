package org.socialprotection.map.ogcapi;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.geo.Bbox;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.QueryParams;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters of /collections/{collectionId}/items, validated once: a mistake is a 400 naming the
 * parameter, and so is a parameter the collection does not know. {@code kind}, {@code group} and {@code country}
 * take the codes of the JSON API; a collection accepts those its {@link OgcCollection#filters()} name.
 */
record ItemsQuery(Bbox bbox, Interval datetime, Set<Kind> kinds, Set<WorkerGroup> groups, Set<String> countries,
                  int limit, int offset) {

    static final int DEFAULT_LIMIT = 100;
    /** A larger limit is not an error: the page is cut to this size and the next link carries on. */
    static final int MAX_LIMIT = 10_000;
    static final Set<String> COMMON = Set.of("f", "bbox", "datetime", "limit", "offset");

    static ItemsQuery parse(MultiValueMap<String, String> raw, Set<String> filters) {
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(filters);
        QueryParams params = QueryParams.of(raw, allowed);
        return new ItemsQuery(params.parsed("bbox", ItemsQuery::bbox), params.parsed("datetime", Interval::parse),
                params.codes("kind", Kind.class), params.codes("group", WorkerGroup.class),
                params.countryCodes("country"), limit(params.text("limit")), offset(params.text("offset")));
    }

    /** Four numbers, or six where a client adds heights (CRS84 has none, so they are dropped). */
    private static Bbox bbox(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length == 6) {
            for (int height : new int[] {2, 5}) {
                try {
                    Double.parseDouble(parts[height].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + parts[height].trim() + "' is not a number");
                }
            }
            return Bbox.parse(String.join(",", parts[0], parts[1], parts[3], parts[4]));
        }
        return Bbox.parse(text);
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        BigInteger limit = wholeNumber("limit", text);
        if (limit.signum() < 1) {
            throw new BadRequestException("limit", "error.param.atLeast", limit + " is below 1", limit, "1");
        }
        return limit.min(BigInteger.valueOf(MAX_LIMIT)).intValue();
    }

    private static int offset(String text) {
        if (text == null) {
            return 0;
        }
        BigInteger offset = wholeNumber("offset", text);
        if (offset.signum() < 0 || offset.bitLength() > 31) {
            throw new BadRequestException("offset", "error.param.range", offset + " is outside 0.." + Integer.MAX_VALUE,
                    String.valueOf(offset), "0", String.valueOf(Integer.MAX_VALUE));
        }
        return offset.intValue();
    }

    private static BigInteger wholeNumber(String name, String text) {
        if (!text.matches("[+-]?\\d{1,100}")) {
            throw new BadRequestException(name, "error.param.integer", "'" + text + "' is not a whole number", text);
        }
        return new BigInteger(text);
    }
}
