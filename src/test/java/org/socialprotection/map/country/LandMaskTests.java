package org.socialprotection.map.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.geo.Geometries;
import org.springframework.core.io.DefaultResourceLoader;

/** The land mask over the packaged Natural Earth 10m land, without Spring. */
class LandMaskTests {

    private static LandMask mask;

    @BeforeAll
    static void load() {
        mask = new LandMask(new DefaultResourceLoader(), "classpath:atlas-data/");
        assertThat(mask.polygons()).isGreaterThan(4000);
    }

    private static boolean onLand(double lon, double lat) {
        return mask.onLand(Geometries.point(lon, lat));
    }

    @Test
    void refusesTheSeaOffAccraAndAcceptsItsShore() {
        assertThat(onLand(-0.20, 5.50)).as("4.4 km off Accra").isFalse();
        assertThat(onLand(-0.2085, 5.5488)).as("Makola market").isTrue();
        assertThat(onLand(-0.2100, 5.5300)).as("Jamestown, on the shore").isTrue();
        assertThat(onLand(31.0115, -29.8575)).as("Warwick Junction, Durban").isTrue();
        assertThat(onLand(-25, 0)).as("mid-Atlantic").isFalse();
    }

    @Test
    void theInlandOfTheLargestPolygonsIsLand() {
        assertThat(onLand(10.0, 23.0)).as("the Sahara, in Africa's 66,000-vertex polygon").isTrue();
        assertThat(onLand(90.0, 55.0)).as("Siberia, in Eurasia's").isTrue();
        assertThat(onLand(-60.0, -10.0)).as("the Amazon").isTrue();
    }

    @Test
    void aSeaEnclosedByLandIsAHoleNotLand() {
        assertThat(onLand(50.5, 42.0)).as("the middle of the Caspian Sea").isFalse();
    }

    @Test
    void theMarginIsAboutTheSameDistanceAtHighLatitudes() {
        assertThat(onLand(177.51, 64.73)).as("Anadyr, 1.4 km from the 10m coastline").isTrue();
        assertThat(mask.onLand(Geometries.point(-0.20, 5.50), 0.1)).as("a wider margin reaches the shore").isTrue();
    }
}
