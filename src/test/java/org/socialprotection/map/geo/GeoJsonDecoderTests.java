package org.socialprotection.map.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonDecoderTests {

    private static Geometry decode(String geometry) {
        JsonNode node = JsonMapper.builder().build().readTree(geometry);
        return GeoJsonDecoder.geometry(node);
    }

    @Test
    void readsLongitudeFirstWithTheAtlasSrid() {
        Geometry point = decode("{\"type\": \"Point\", \"coordinates\": [-0.2106, 5.549]}");
        assertThat(point).isInstanceOf(Point.class);
        assertThat(point.getCoordinate().x).isEqualTo(-0.2106);
        assertThat(point.getSRID()).isEqualTo(Geometries.SRID);
        assertThat(decode("{\"type\": \"MultiPolygon\", \"coordinates\": [[[[0, 0], [10, 0], [10, 10], [0, 0]],"
                + "[[6, 2], [8, 2], [8, 4], [6, 2]]]]}").getArea()).isEqualTo(48);
    }

    @Test
    void refusesAnOpenRing() {
        assertThatThrownBy(() -> decode("{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [10, 0], [10, 10],"
                + " [0, 10]]]}"))
                .isInstanceOf(GeoJsonDecoder.InvalidGeoJson.class)
                .hasMessage("a ring is not closed: it starts at [0.0, 0.0] and ends at [0.0, 10.0]; its last position"
                        + " must repeat its first");
    }

    @Test
    void refusesALatitudeOf95() {
        assertThatThrownBy(() -> decode("{\"type\": \"Point\", \"coordinates\": [5.5, 95]}"))
                .isInstanceOf(GeoJsonDecoder.InvalidGeoJson.class)
                .hasMessageStartingWith("latitude 95.0 is outside -90..90");
        assertThatThrownBy(() -> decode("{\"type\": \"LineString\", \"coordinates\": [[0, 0], [181, 1]]}"))
                .hasMessageStartingWith("longitude 181.0 is outside -180..180");
    }

    @Test
    void refusesASelfIntersectingPolygon() {
        assertThatThrownBy(() -> decode("{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [10, 10], [10, 0],"
                + " [0, 10], [0, 0]]]}"))
                .isInstanceOf(GeoJsonDecoder.InvalidGeoJson.class)
                .hasMessage("the Polygon is not valid: Self-intersection at or near [5.0, 5.0]");
    }

    @Test
    void refusesWhatIsNotAGeometry() {
        assertThatThrownBy(() -> decode("{\"type\": \"Circle\", \"coordinates\": [0, 0]}"))
                .hasMessage("'Circle' is not a GeoJSON geometry type");
        assertThatThrownBy(() -> decode("{\"type\": \"Point\", \"coordinates\": [\"0\", 0]}"))
                .hasMessageStartingWith("a position must be [longitude, latitude]");
    }

    @Test
    void readsACollectionAndLeavesEachFeaturesGeometryToBeAskedFor() {
        List<GeoJsonDecoder.Feature> features = GeoJsonDecoder.features("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [5.5, 95]}, "properties": {"a": 1}},
                  {"type": "Feature", "geometry": null, "properties": null},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]}, "properties": {"a": 3}}
                ]}""".getBytes(StandardCharsets.UTF_8));
        assertThat(features).hasSize(3);
        assertThatThrownBy(features.get(0)::geometry).hasMessageStartingWith("latitude 95.0");
        assertThat(features.get(1).geometry()).isNull();
        assertThat(features.get(1).properties().isEmpty()).isTrue();
        assertThat(features.get(2).number()).isEqualTo(3);
        assertThat(features.get(2).properties().get("a").asInt()).isEqualTo(3);
        assertThatThrownBy(() -> GeoJsonDecoder.features("{\"type\": \"Feature\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("expected a GeoJSON FeatureCollection");
    }

    /** The parser's own message names its classes and its source; the reader is told where the JSON breaks. */
    @Test
    void brokenJsonIsDescribedByItsPlaceNotByTheParser() {
        for (String broken : List.of("{\"type\": \"FeatureCollection\", \"features\": [",
                "{\"type\": \"FeatureCollection\", \"features\": [{\"geometry\": {\"type\": \"Point\","
                        + " \"coordinates\": [NaN, 5]}}]}")) {
            assertThatThrownBy(() -> GeoJsonDecoder.features(broken.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(GeoJsonDecoder.InvalidGeoJson.class)
                    .hasMessageStartingWith("the GeoJSON is not valid JSON text in UTF-8 (line 1, column ")
                    .message().doesNotContain("jackson").doesNotContain("Exception").doesNotContain("Source");
        }
    }
}
