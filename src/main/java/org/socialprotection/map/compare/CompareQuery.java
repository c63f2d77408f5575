package org.socialprotection.map.compare;

import java.time.Year;
import java.util.List;
import java.util.Set;
import org.socialprotection.map.atlas.QueryParams;
import org.springframework.util.MultiValueMap;

/**
 * The countries to compare: two to four ISO 3166-1 alpha-3 codes, comma-separated or repeated, in that order; and
 * the year the law is read as of, null for today.
 */
record CompareQuery(List<String> countries, Integer year) {

    static final int MIN = 2;
    static final int MAX = 4;
    /** As on the country pages: none of the atlas's schemes is older, and the future is not law yet. */
    static final int FIRST_YEAR = 1850;

    static CompareQuery parse(MultiValueMap<String, String> raw) {
        QueryParams params = QueryParams.of(raw, Set.of("countries", "year"));
        for (String value : params.list("countries")) {
            if (!value.matches("[A-Za-z]{3}")) {
                throw CompareProblem.notACode(value);
            }
        }
        List<String> countries = List.copyOf(params.countryCodes("countries"));
        if (countries.size() < MIN || countries.size() > MAX) {
            throw CompareProblem.count(countries.size());
        }
        return new CompareQuery(countries, year(params.text("year")));
    }

    /** This year is today: it reads as no year, so that a link with the current year equals one without. */
    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        int now = Year.now().getValue();
        if (!text.matches("\\d{4}") || Integer.parseInt(text) < FIRST_YEAR || Integer.parseInt(text) > now) {
            throw CompareProblem.year(text, now);
        }
        int year = Integer.parseInt(text);
        return year == now ? null : year;
    }

    /** The codes as given, without judging them: what the page's form starts from when the request was refused. */
    static List<String> lenient(MultiValueMap<String, String> raw) {
        List<String> values = raw.getOrDefault("countries", List.of());
        return values.stream().flatMap(v -> List.of(v.split(",")).stream()).map(String::trim)
                .filter(v -> v.matches("[A-Za-z]{3}")).map(String::toUpperCase).distinct().limit(MAX).toList();
    }
}
