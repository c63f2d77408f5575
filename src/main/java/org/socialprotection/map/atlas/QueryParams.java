package org.socialprotection.map.atlas;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/**
 * Reads the query parameters of a list endpoint once, turning every mistake into a {@link BadRequestException}
 * that names the parameter. Lists are given as repeated parameters or comma-separated values.
 */
public final class QueryParams {

    private final MultiValueMap<String, String> params;

    private QueryParams(MultiValueMap<String, String> params) {
        this.params = params;
    }

    /** Refuses parameters the endpoint does not know: a misspelt filter must not silently match everything. */
    public static QueryParams of(MultiValueMap<String, String> params, Set<String> allowed) {
        for (String name : params.keySet()) {
            if (!allowed.contains(name) && !"lang".equals(name)) {
                String known = String.join(", ", allowed.stream().sorted().toList());
                throw new BadRequestException(name, "error.param.unknown", "unknown parameter; this endpoint takes "
                        + known, known);
            }
        }
        return new QueryParams(params);
    }

    public String text(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequestException(name, "error.param.repeated", "given " + values.size() + " times; give it once",
                    values.size());
        }
        String value = values.get(0).trim();
        return value.isEmpty() ? null : value;
    }

    public List<String> list(String name) {
        List<String> values = params.get(name);
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.isEmpty()).distinct().toList();
    }

    public <E extends Enum<E> & Coded> Set<E> codes(String name, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : list(name)) {
            result.add(Coded.find(type, value).orElseThrow(() -> new BadRequestException(name, "error.param.choice",
                    "unknown value '" + value + "'; expected one of " + Coded.codes(type), value,
                    Coded.codes(type))));
        }
        return result;
    }

    public Set<String> countryCodes(String name) {
        Set<String> result = new LinkedHashSet<>();
        for (String value : list(name)) {
            if (!value.matches("[A-Za-z]{3}")) {
                throw new BadRequestException(name, "error.param.country",
                        "'" + value + "' is not an ISO 3166-1 alpha-3 code such as GHA", value);
            }
            result.add(value.toUpperCase());
        }
        return result;
    }

    public Set<Long> ids(String name) {
        Set<Long> result = new LinkedHashSet<>();
        for (String value : list(name)) {
            try {
                long id = Long.parseLong(value);
                if (id < 1) {
                    throw new NumberFormatException();
                }
                result.add(id);
            } catch (NumberFormatException e) {
                throw new BadRequestException(name, "error.param.id",
                        "'" + value + "' is not a record id (a positive whole number)", value);
            }
        }
        return result;
    }

    public Integer integer(String name, int min, int max) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, "error.param.integer", "'" + value + "' is not a whole number", value);
        }
        if (number < min || number > max) {
            throw new BadRequestException(name, "error.param.range", number + " is outside " + min + ".." + max,
                    String.valueOf(number), String.valueOf(min), String.valueOf(max));
        }
        return number;
    }

    /** A year given as YYYY, or the year of a YYYY-MM or YYYY-MM-DD date. */
    public Integer year(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new BadRequestException(name, "error.param.year",
                    "'" + value + "' is not a year (YYYY) or a date (YYYY-MM-DD)", value);
        }
        return Integer.parseInt(value.substring(0, 4));
    }

    public <T> T parsed(String name, Function<String, T> parser) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            // the parser's reason is English: pages say what the parameter takes in the reader's language
            throw new BadRequestException(name, "error.param.parsed." + name, e.getMessage(), value);
        }
    }
}
