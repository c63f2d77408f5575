package org.socialprotection.map.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Search over a fixture of 19 places, without Spring. */
class GazetteerTests {

    private final AtomicInteger opened = new AtomicInteger();
    private final Gazetteer gazetteer = new Gazetteer(() -> {
        opened.incrementAndGet();
        return new InputStreamReader(GazetteerTests.class.getResourceAsStream("/fixtures/gazetteer/places.tsv"),
                StandardCharsets.UTF_8);
    });

    @Test
    void findsPlacesByTheStartOfTheirName() {
        assertThat(names("acc", null, 10)).containsExactly("Accra", "Accra New Town");
        assertThat(names("ccra", null, 10)).isEmpty();
        assertThat(gazetteer.search("accra", null, 1)).containsExactly(
                new Place("Accra", 5.556, -0.1969, "GHA", "Greater Accra", "city", null, "geonames"));
    }

    @Test
    void ignoresAccentsCaseAndHyphens() {
        assertThat(names("sao pa", null, 10)).containsExactly("São Paulo", "São Paulo", "São Paulo",
                "São Paulo de Olivença");
        assertThat(names("SÃO PAULO DE OLIV", null, 10)).containsExactly("São Paulo de Olivença");
        assertThat(names("aCcRa", null, 10)).first().isEqualTo("Accra");
        assertThat(names("lodz", null, 10)).containsExactly("Łódź");
        assertThat(names("saint louis", null, 10)).containsExactly("Saint-Louis");
        assertThat(names("Saint-L", null, 10)).containsExactly("Saint-Louis");
        assertThat(names("  accra  new ", null, 10)).containsExactly("Accra New Town");
    }

    @Test
    void exactNamesComeFirstThenShorterNames() {
        assertThat(gazetteer.search("lima", null, 10)).extracting(p -> p.name() + " " + p.country())
                .containsExactly("Lima ARG", "Lima PER", "Lima USA", "Limay NIC", "Limassol CYP", "Limatambo PER");
    }

    @Test
    void canBeLimitedToOneCountry() {
        assertThat(gazetteer.search("lima", "PER", 10)).extracting(Place::country).containsOnly("PER").hasSize(2);
        assertThat(names("lima", "per", 10)).containsExactly("Lima", "Limatambo");
        assertThat(names("lima", "GHA", 10)).isEmpty();
        assertThat(names("sao", "PRT", 10)).containsExactly("São Paulo");
    }

    @Test
    void returnsAtMostTheLimitAndTheBestOfThem() {
        assertThat(gazetteer.search("lima", null, 2)).extracting(Place::country).containsExactly("ARG", "PER");
        assertThat(gazetteer.search("lim", null, 4)).extracting(Place::name)
                .containsExactly("Lima", "Lima", "Lima", "Limay");
        assertThat(names("lima", null, 0)).isEmpty();
    }

    @Test
    void aRegionGeoNamesDoesNotKnowIsNull() {
        assertThat(gazetteer.search("limat", null, 1).get(0).admin1()).isNull();
    }

    @Test
    void needsTwoLettersOnceFolded() {
        assertThat(names("a", null, 10)).isEmpty();
        assertThat(names(" l ", null, 10)).isEmpty();
        assertThat(names("", null, 10)).isEmpty();
        assertThat(names(null, null, 10)).isEmpty();
        assertThat(names("li", null, 10)).hasSize(6);
    }

    @Test
    void readsTheFileOnceOnFirstUseEvenUnderConcurrentSearches() throws Exception {
        assertThat(opened).hasValue(0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Place>>> results = java.util.stream.IntStream.range(0, 16)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return gazetteer.search("accra", "GHA", 5);
                    })).toList();
            start.countDown();
            for (Future<List<Place>> result : results) {
                assertThat(result.get()).hasSize(2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(opened).hasValue(1);
        assertThat(gazetteer.size()).isEqualTo(19);
    }

    @Test
    void refusesAFileInAnotherFormat() {
        Gazetteer wrong = new Gazetteer(() -> new StringReader("name,lat,lon\nAccra,5.5,-0.2\n"));
        assertThatThrownBy(() -> wrong.search("accra", null, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("header");
        Gazetteer badCoordinate = new Gazetteer(() -> new StringReader(Gazetteer.HEADER + "\nAccra\t95\t-0.2\tGHA\t\tcity\t\n"));
        assertThatThrownBy(() -> badCoordinate.search("accra", null, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void knowsNeighbourhoodsAndTheCityTheyBelongTo() {
        assertThat(gazetteer.search("nungua", null, 10)).containsExactly(
                new Place("Nungua", 5.6011, -0.0771, "GHA", "Greater Accra", "neighbourhood", "Accra", "geonames"));
        Place alone = gazetteer.search("mmabatho", null, 1).get(0);
        assertThat(alone.kind()).isEqualTo("neighbourhood");
        assertThat(alone.near()).as("GeoNames names no city near it").isNull();
    }

    @Test
    void citiesOutrankNeighbourhoodsOfTheSameName() {
        assertThat(gazetteer.search("warwick", null, 10)).extracting(p -> p.kind() + " " + p.country())
                .containsExactly("city GBR", "city AUS", "neighbourhood AUS");
        assertThat(gazetteer.search("warwick", "AUS", 1)).extracting(Place::kind).containsExactly("city");
    }

    @Test
    void refusesAnUnknownKind() {
        Gazetteer market = new Gazetteer(() -> new StringReader(Gazetteer.HEADER
                + "\nMakola\t5.5\t-0.2\tGHA\t\tmarket\t\n"));
        assertThatThrownBy(() -> market.search("makola", null, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown kind");
    }

    @Test
    void foldsTheWayEditorsType() {
        assertThat(Gazetteer.fold("São Paulo")).isEqualTo("sao paulo");
        assertThat(Gazetteer.fold("Port-au-Prince")).isEqualTo("port au prince");
        assertThat(Gazetteer.fold("Straße")).isEqualTo("strasse");
        assertThat(Gazetteer.fold("İstanbul")).isEqualTo("istanbul");
        assertThat(Gazetteer.fold("Đà Nẵng")).isEqualTo("da nang");
        assertThat(Gazetteer.fold("Xi’an")).isEqualTo(Gazetteer.fold("Xi'an"));
    }

    private List<String> names(String query, String country, int limit) {
        return gazetteer.search(query, country, limit).stream().map(Place::name).toList();
    }
}
