package org.socialprotection.map.compare;

import org.socialprotection.map.atlas.BadRequestException;

/**
 * A comparison that cannot be made, with what the page needs to say so in the reader's language: a message key
 * and its argument. The API answers with the English reason, as for every bad parameter.
 */
class CompareProblem extends BadRequestException {

    private final String key;
    private final Object[] arguments;

    private CompareProblem(String reason, String key, Object argument) {
        this("countries", reason, key, argument, CompareQuery.MIN, CompareQuery.MAX);
    }

    private CompareProblem(String parameter, String reason, String key, Object... arguments) {
        super(parameter, key, reason, arguments);
        this.key = key;
        this.arguments = arguments;
    }

    static CompareProblem notACode(String value) {
        return new CompareProblem("'" + value + "' is not an ISO 3166-1 alpha-3 code such as GHA",
                "compare.error.notACode", value);
    }

    static CompareProblem unknown(String iso3) {
        return new CompareProblem("'" + iso3 + "' is not a country of the atlas", "compare.error.unknown", iso3);
    }

    static CompareProblem count(int given) {
        return new CompareProblem("give " + CompareQuery.MIN + " to " + CompareQuery.MAX + " countries, not " + given,
                "compare.error.count", given);
    }

    static CompareProblem year(String given, int now) {
        return new CompareProblem("year", "'" + given + "' is not a year from " + CompareQuery.FIRST_YEAR + " to " + now,
                "compare.error.year", given, String.valueOf(CompareQuery.FIRST_YEAR), String.valueOf(now));
    }

    String key() {
        return key;
    }

    /** The message's arguments: the value refused first. */
    Object[] arguments() {
        return arguments.clone();
    }
}
