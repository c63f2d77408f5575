package org.socialprotection.map.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The map preset frames the whole extent on a phone, in the main map's URL state. */
class MapPresetTests {

    @Test
    void theChildCareExtentIsCentredAndZoomedOutToShowAccraDurbanAndKigali() {
        // 32.5 degrees of longitude fit 360 px up to zoom 3.96, 37 degrees of latitude 480 px up to 3.6: 3.5;
        // the centre is the middle in Web Mercator, south of the middle in degrees
        assertThat(MapPreset.of("x", new double[] {-1, -30.5, 31.5, 6.5}))
                .isEqualTo("/?collection=x&lat=-12.6645&lon=15.25&zoom=3.5");
    }

    @Test
    void aSmallExtentZoomsInButNoFurtherThanTheMapCan() {
        assertThat(MapPreset.of("x", new double[] {-0.21, 5.54, -0.2, 5.56})).endsWith("zoom=15");
        assertThat(MapPreset.of("x", new double[] {-0.2100001, 5.54, -0.21, 5.5400001})).contains("zoom=18");
        assertThat(MapPreset.of("x", new double[] {-180, -85, 180, 85})).endsWith("zoom=1");
    }

    @Test
    void anExtentTheWrongWayRoundIsRefusedNamingTheField() {
        Collection c = new Collection("test", "Test");
        assertThatThrownBy(() -> c.setExtent(31.5, -30.5, -1, 6.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("extent:");
        assertThatThrownBy(() -> new Collection("test", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("title.en:");
    }
}
