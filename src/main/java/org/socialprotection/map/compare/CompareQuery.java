package org.socialprotection.map.compare;

import java.util.List;
import java.util.Set;
import org.socialprotection.map.atlas.QueryParams;
import org.springframework.util.MultiValueMap;

/** The countries to compare: two to four ISO 3166-1 alpha-3 codes, comma-separated or repeated, in that order. */
record CompareQuery(List<String> countries) {

    static final int MIN = 2;
    static final int MAX = 4;

    static CompareQuery parse(MultiValueMap<String, String> raw) {
        QueryParams params = QueryParams.of(raw, Set.of("countries"));
        for (String value : params.list("countries")) {
            if (!value.matches("[A-Za-z]{3}")) {
                throw CompareProblem.notACode(value);
            }
        }
        List<String> countries = List.copyOf(params.countryCodes("countries"));
        if (countries.size() < MIN || countries.size() > MAX) {
            throw CompareProblem.count(countries.size());
        }
        return new CompareQuery(countries);
    }

    /** The codes as given, without judging them: what the page's form starts from when the request was refused. */
    static List<String> lenient(MultiValueMap<String, String> raw) {
        List<String> values = raw.getOrDefault("countries", List.of());
        return values.stream().flatMap(v -> List.of(v.split(",")).stream()).map(String::trim)
                .filter(v -> v.matches("[A-Za-z]{3}")).map(String::toUpperCase).distinct().limit(MAX).toList();
    }
}
