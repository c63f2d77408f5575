package org.socialprotection.map.country;

import java.util.List;

/**
 * The published indicator values of a country, which its JSON feature carries. The indicator feature provides them:
 * it depends on the countries (its values are checked against them), so the countries may not depend on it.
 */
public interface CountryIndicators {

    /** The values as the JSON API writes them, by indicator and year. */
    List<?> ofCountry(String iso3);
}
