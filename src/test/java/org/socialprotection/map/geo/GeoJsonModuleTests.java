package org.socialprotection.map.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonModuleTests {

    private final JsonMapper json = JsonMapper.builder().addModule(new GeoJsonModule()).build();

    @Test
    void writesLongitudeFirstRoundedToSixDecimals() {
        assertThat(json.writeValueAsString(Geometries.point(-0.1870123456, 5.6037)))
                .isEqualTo("{\"type\":\"Point\",\"coordinates\":[-0.187012,5.6037]}");
    }

    @Test
    void writesPolygonsWithHolesAndMultiPolygons() throws Exception {
        WKTReader wkt = new WKTReader(Geometries.FACTORY);
        assertThat(json.writeValueAsString(wkt.read("MULTIPOLYGON(((0 0,10 0,10 10,0 0),(1 1,2 1,2 2,1 1)))")))
                .isEqualTo("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0.0,0.0],[10.0,0.0],[10.0,10.0],[0.0,0.0]],"
                        + "[[1.0,1.0],[2.0,1.0],[2.0,2.0],[1.0,1.0]]]]}");
        assertThat(json.writeValueAsString(Map.of("g", wkt.read("GEOMETRYCOLLECTION(POINT(1 2))"))))
                .isEqualTo("{\"g\":{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\","
                        + "\"coordinates\":[1.0,2.0]}]}}");
    }
}
