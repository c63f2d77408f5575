package org.socialprotection.map.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprotection.map.geo.Geometries;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Point-in-country on the precise boundaries: coasts, the antimeridian, the open sea. */
@AtlasTest
abstract class CountryLocatorTests {

    @Autowired CountryLocator locator;

    @ParameterizedTest(name = "({0}, {1}) is in {2}")
    @CsvSource(textBlock = """
            -0.1870,   5.6037,  GHA
            30.0619,  -1.9441,  RWA
            # Durban and Dakar are on the coast
            31.0218, -29.8587,  ZAF
            -17.4677, 14.7167,  SEN
            # Scandinavia must not fall inside a Russia whose rings wrap around the world
            10.7522,  59.9139,  NOR
            24.9384,  60.1699,  FIN
            18.0686,  59.3293,  SWE
            37.6173,  55.7558,  RUS
            # either side of the antimeridian
            177.5089, 64.7337,  RUS
            -173.23,  64.42,    RUS
            178.4419,-18.1416,  FJI
            -178.80, -18.20,    FJI
            -77.0428,-12.0464,  PER
            100.5018, 13.7563,  THA
            # markets and ports on the shore pass the land check: Makola (Accra), Warwick Junction (Durban),
            # Colaba and the Sassoon Dock (Mumbai), Callao (Lima), Jamestown (Accra)
            -0.2085,  5.5488,   GHA
            31.0115, -29.8575,  ZAF
            72.8147,  18.9067,  IND
            72.8259,  18.9131,  IND
            -77.1181,-12.0566,  PER
            -0.2128,  5.5333,   GHA
            """)
    void findsTheCountryOfAPoint(double lon, double lat, String iso3) {
        assertThat(locator.countryOf(Geometries.point(lon, lat))).contains(iso3);
        assertThat(locator.countryOfInDatabase(Geometries.point(lon, lat))).contains(iso3);
    }

    @ParameterizedTest(name = "({0}, {1}) is in no country")
    @CsvSource(textBlock = """
            -25.0,   0.0
            -140.0, -30.0
            70.0,  -20.0
            # 4.4 km off Accra and 6 km off Durban: inside the boundaries, which reach offshore, but at sea
            -0.20,   5.50
            31.10, -29.88
            # 10 km west of Colaba (Mumbai) and 5 km off Callao
            72.70,  18.90
            -77.20, -12.06
            """)
    void findsNoCountryAtSea(double lon, double lat) {
        assertThat(locator.isOnLand(Geometries.point(lon, lat))).isFalse();
        assertThat(locator.countryOf(Geometries.point(lon, lat))).isEmpty();
        assertThat(locator.countryOfInDatabase(Geometries.point(lon, lat))).isEmpty();
    }

    @ParameterizedTest(name = "({0}, {1}), just off the coast, is in {2}")
    @CsvSource(textBlock = """
            -0.20,   5.52,  GHA
            31.06, -29.88,  ZAF
            """)
    void memoryAndDatabaseAgreeAtTheCoast(double lon, double lat, String iso3) {
        assertThat(locator.countryOf(Geometries.point(lon, lat))).contains(iso3)
                .isEqualTo(locator.countryOfInDatabase(Geometries.point(lon, lat)));
    }
}
