package org.socialprotection.map.ogcapi;

import org.socialprotection.map.country.CountryView;

/** The properties of a country feature: its codes and names and what the atlas has published on it. */
record CountryProperties(String iso3, String name, String region, String subregion, long schemes, long inclusions,
                         long exclusions, String page) {

    static CountryProperties of(CountryView c, String page) {
        return new CountryProperties(c.iso3(), c.name(), c.region(), c.subregion(), c.counts().schemes(),
                c.counts().inclusions(), c.counts().exclusions(), page);
    }
}
