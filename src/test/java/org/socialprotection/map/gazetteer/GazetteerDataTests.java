package org.socialprotection.map.gazetteer;

import org.socialprotection.map.bootstrap.DataSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** The committed data/gazetteer/places.tsv.gz, read from the classpath as the packaged app reads it. */
class GazetteerDataTests {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = new Gazetteer(new DefaultResourceLoader(), new DataSettings("classpath:atlas-data/", false));
        assertThat(gazetteer.size()).isGreaterThan(170_000);
    }

    @ParameterizedTest
    @CsvSource({
        "Accra,       GHA,   5.5560,  -0.1969",
        "Durban,      ZAF, -29.8579,  31.0292",
        "Kigali,      RWA,  -1.9441,  30.0619",
        "Ahmedabad,   IND,  23.0258,  72.5873",
        "Lima,        PER, -12.0464, -77.0428",
        "Bangkok,     THA,  13.7563, 100.5018",
        "Mexico City, MEX,  19.4326, -99.1332",
    })
    void findsTheProjectCitiesWhereTheyAre(String name, String iso3, double lat, double lon) {
        List<Place> found = gazetteer.search(name, iso3, 5);
        assertThat(found).isNotEmpty();
        Place first = found.get(0);
        assertThat(first.name()).isEqualTo(name);
        assertThat(first.country()).isEqualTo(iso3);
        assertThat(first.lat()).isCloseTo(lat, within(0.05));
        assertThat(first.lon()).isCloseTo(lon, within(0.05));
    }

    @Test
    void knowsGeoNamesNeighbourhoodsWithTheirCity() {
        assertThat(gazetteer.search("nungua", "GHA", 1)).extracting(Place::kind, Place::near)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("neighbourhood", "Accra"));
        assertThat(gazetteer.search("bergvliet", "ZAF", 1)).extracting(Place::kind, Place::near)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("neighbourhood", "Cape Town"));
        assertThat(gazetteer.search("accra", "GHA", 1)).extracting(Place::kind).containsExactly("city");
    }

    @Test
    void findsAccentedNamesAndKosovo() {
        assertThat(gazetteer.search("sao paulo", "BRA", 1)).extracting(Place::name, Place::admin1)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("São Paulo", "São Paulo"));
        assertThat(gazetteer.search("pristina", "XKX", 1)).extracting(Place::name).containsExactly("Pristina");
    }

    @Test
    void answersQuicklyOnceLoaded() {
        String[] prefixes = {"sa", "ma", "san", "acc", "lim", "mexico", "ban", "kig", "dur", "ahm", "sao p", "be"};
        // Loose on purpose, to hold on a busy CI machine: about 1 ms a search is expected, 2 ms is the bound.
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 1000; i++) {
                assertThat(gazetteer.search(prefixes[i % prefixes.length], i % 3 == 0 ? "IND" : null, 10))
                        .hasSizeLessThanOrEqualTo(10);
            }
        });
    }
}
