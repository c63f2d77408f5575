package org.socialprotection.map.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class BboxTests {

    @Test
    void parsesFourNumbersLongitudeFirst() {
        Bbox bbox = Bbox.parse(" -1.5, 5 ,1,6.25");
        assertThat(bbox).isEqualTo(new Bbox(-1.5, 5, 1, 6.25));
        assertThat(bbox.envelopes()).containsExactly(new Envelope(-1.5, 1, 5, 6.25));
    }

    @Test
    void aBoxWhoseWestIsEastOfItsEastCrossesTheAntimeridian() {
        Bbox bbox = Bbox.parse("170,-20,-170,-10");
        assertThat(bbox.crossesAntimeridian()).isTrue();
        assertThat(bbox.envelopes()).containsExactly(new Envelope(170, 180, -20, -10),
                new Envelope(-180, -170, -20, -10));
    }

    @Test
    void refusesWhatIsNotABox() {
        assertThatThrownBy(() -> Bbox.parse("1,2,3")).hasMessageContaining("got 3 values");
        assertThatThrownBy(() -> Bbox.parse("1,2,,4")).hasMessageContaining("'' is not a number");
        assertThatThrownBy(() -> Bbox.parse("NaN,2,3,4")).hasMessageContaining("outside");
        assertThatThrownBy(() -> Bbox.parse("0,10,1,5")).hasMessageContaining("inverted");
        assertThatThrownBy(() -> Bbox.parse("0,0,181,5")).hasMessageContaining("maximum longitude 181.0");
    }
}
