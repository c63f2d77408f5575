package org.socialprotection.map.gazetteer;

import java.util.Locale;
import java.util.Set;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.QueryParams;
import org.springframework.util.MultiValueMap;

/** The parameters of GET /api/places, validated. */
record PlaceQuery(String text, String country, int limit) {

    static final int MAX_TEXT = 100;
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    private static final Set<String> PARAMETERS = Set.of("q", "country", "limit");

    static PlaceQuery parse(MultiValueMap<String, String> raw) {
        QueryParams params = QueryParams.of(raw, PARAMETERS);
        String text = params.text("q");
        if (text == null) {
            throw new BadRequestException("q", "error.place.required", "required: the start of a place name, at least "
                    + Gazetteer.MIN_QUERY + " characters", String.valueOf(Gazetteer.MIN_QUERY));
        }
        if (text.length() > MAX_TEXT) {
            throw new BadRequestException("q", "error.param.textLength", "longer than " + MAX_TEXT + " characters",
                    String.valueOf(MAX_TEXT));
        }
        // Counted after folding, so that a lone letter with a combining accent is still too short.
        if (Gazetteer.fold(text).length() < Gazetteer.MIN_QUERY) {
            throw new BadRequestException("q", "error.place.short", "give at least " + Gazetteer.MIN_QUERY
                    + " letters of the name", String.valueOf(Gazetteer.MIN_QUERY));
        }
        String country = params.text("country");
        if (country != null && !country.matches("[A-Za-z]{3}")) {
            throw new BadRequestException("country", "error.param.country",
                    "'" + country + "' is not an ISO 3166-1 alpha-3 code such as GHA", country);
        }
        Integer limit = params.integer("limit", 1, MAX_LIMIT);
        return new PlaceQuery(text, country == null ? null : country.toUpperCase(Locale.ROOT),
                limit == null ? DEFAULT_LIMIT : limit);
    }
}
