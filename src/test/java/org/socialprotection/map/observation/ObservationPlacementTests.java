package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.socialprotection.map.geo.Geometries;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Deriving the country of an observation from its point, and refusing a point in another country. */
@AtlasTest
abstract class ObservationPlacementTests {

    @Autowired ObservationPlacement placement;
    @Autowired MessageSource messages;

    @Test
    void derivesTheCountryWhenNoneIsGiven() {
        Observation o = new Observation("t", Kind.INCLUSION, "t");
        placement.place(o, Geometries.point(30.0619, -1.9441), Privacy.EXACT, null);
        assertThat(o.getCountryIso3()).isEqualTo("RWA");
    }

    @Test
    void refusesAPointInAnotherCountryNamingBoth() {
        Observation o = new Observation("t", Kind.INCLUSION, "t");
        // Accra given as South Africa
        assertThatThrownBy(() -> placement.place(o, Geometries.point(-0.187, 5.603), Privacy.EXACT, "ZAF"))
                .isInstanceOf(ObservationPlacement.PlacementException.class)
                .hasMessageContaining("falls in Ghana (GHA), not in South Africa (ZAF)");
    }

    @Test
    void theRefusalNamesBothCountriesInTheReadersLanguage() {
        Observation o = new Observation("t", Kind.INCLUSION, "t");
        ObservationPlacement.PlacementException e = catchThrowableOfType(ObservationPlacement.PlacementException.class,
                () -> placement.place(o, Geometries.point(-0.187, 5.6037), Privacy.EXACT, "ZAF"));
        // resolved as the form and the import report resolve it: the code, its arguments, the English default
        DefaultMessageSourceResolvable error = new DefaultMessageSourceResolvable(new String[] {e.code()},
                e.arguments(), e.getMessage());
        assertThat(messages.getMessage(error, Locale.ENGLISH))
                .contains("(-0.187, 5.6037) falls in Ghana (GHA), not in South Africa (ZAF)");
        assertThat(messages.getMessage(error, Locale.FRENCH))
                .contains("(-0,187\u202f; 5,6037) se trouve dans le pays Ghana (GHA), et non dans le pays Afrique du Sud (ZAF)")
                .doesNotContain("South Africa");
        assertThat(messages.getMessage(error, Locale.forLanguageTag("es")))
                .contains("(-0,187; 5,6037) está en Ghana (GHA), no en Sudáfrica (ZAF)");
    }

    @Test
    void swappedCoordinatesAreCaughtByTheCountryCheck() {
        Observation o = new Observation("t", Kind.INCLUSION, "t");
        // Kigali with latitude and longitude swapped lands in the Indian Ocean, not in Rwanda
        assertThatThrownBy(() -> placement.place(o, Geometries.point(-1.9441, 30.0619), Privacy.EXACT, "RWA"))
                .hasMessageContaining("not in Rwanda (RWA)");
    }

    @Test
    void refusesUnknownCountriesAndPointsInNoCountry() {
        Observation o = new Observation("t", Kind.INCLUSION, "t");
        assertThatThrownBy(() -> placement.place(o, Geometries.point(-0.187, 5.603), Privacy.EXACT, "XYZ"))
                .hasMessageContaining("unknown country code 'XYZ'");
        // Bir Tawil: land that no state claims
        assertThatThrownBy(() -> placement.place(o, Geometries.point(33.70, 21.87), Privacy.EXACT, null))
                .hasMessageContaining("is in no country");
    }

    @Test
    void refusesAPointAtSeaEvenInsideTheBoundariesWhichReachOffshore() {
        Observation o = new Observation("t", Kind.INCLUSION, "t");
        // 4.4 km south of Accra's coast: it used to be placed "in Ghana"
        for (String given : new String[] {null, "GHA"}) {
            assertThatThrownBy(() -> placement.place(o, Geometries.point(-0.20, 5.50), Privacy.EXACT, given))
                    .isInstanceOfSatisfying(ObservationPlacement.PlacementException.class,
                            e -> assertThat(e.code()).isEqualTo("error.atSea"))
                    .hasMessageContaining("is at sea");
        }
        assertThatThrownBy(() -> placement.place(o, Geometries.point(-25, 0), Privacy.EXACT, null))
                .hasMessageContaining("is at sea");
        // markets on the shore still pass: Makola (Accra), Warwick Junction (Durban)
        assertThat(placement.countryFor(Geometries.point(-0.2085, 5.5488), "GHA")).isEqualTo("GHA");
        assertThat(placement.countryFor(Geometries.point(31.0115, -29.8575), null)).isEqualTo("ZAF");
    }

    @Test
    void thePublicPointFollowsThePrivacyLevel() {
        Observation o = new Observation("t", Kind.INCLUSION, "t");
        placement.place(o, Geometries.point(31.0118, -29.8587), Privacy.APPROXIMATE, "ZAF");
        assertThat(o.getLocation().getX()).isEqualTo(31.0118);
        assertThat(o.getPublicLocation().getX()).isEqualTo(31.015);
        assertThat(o.getPublicLocation().getY()).isEqualTo(-29.855);
    }
}
