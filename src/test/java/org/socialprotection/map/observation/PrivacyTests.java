package org.socialprotection.map.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.geo.Geometries;

class PrivacyTests {

    @Test
    void exactKeepsThePoint() {
        Point p = Geometries.point(31.01183, -29.85871);
        assertThat(Privacy.EXACT.coarsen(p).getCoordinate()).isEqualTo(p.getCoordinate());
    }

    @Test
    void coarserLevelsSnapToTheCentreOfTheirCell() {
        Point p = Geometries.point(31.01183, -29.85871);
        assertThat(Privacy.APPROXIMATE.coarsen(p).getX()).isEqualTo(31.015);
        assertThat(Privacy.APPROXIMATE.coarsen(p).getY()).isEqualTo(-29.855);
        assertThat(Privacy.CITY.coarsen(p).getX()).isEqualTo(31.05);
        assertThat(Privacy.CITY.coarsen(p).getY()).isEqualTo(-29.85);
    }

    @Test
    void nearbyPointsShareTheirPublicPointSoItCannotBeAveragedAway() {
        Point a = Privacy.APPROXIMATE.coarsen(Geometries.point(-0.2051, 5.5512));
        Point b = Privacy.APPROXIMATE.coarsen(Geometries.point(-0.2009, 5.5598));
        assertThat(a.getCoordinate()).isEqualTo(b.getCoordinate());
    }

    @Test
    void staysOnTheGlobeAtItsEdges() {
        Point p = Privacy.CITY.coarsen(Geometries.point(179.99, 89.99));
        assertThat(p.getX()).isLessThanOrEqualTo(180);
        assertThat(p.getY()).isLessThanOrEqualTo(90);
    }
}
