package org.socialprotection.map.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads RFC 7946 GeoJSON into SRID 4326 geometries and refuses what the atlas could not use, with the reason: a
 * position outside longitude -180..180 or latitude -90..90, a ring that is not closed, a geometry that is not valid
 * (self-intersections, say). Every file that brings geometry in (imports, boundaries, the demo atlas) comes through
 * here, so a bad shape is stopped at the door rather than found by a spatial query later.
 * {@link GeoJsonModule} is the other half of the codec: it writes.
 */
public final class GeoJsonDecoder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** GeoJSON the atlas refuses; the message is the reason, written for the person who made the file. */
    public static final class InvalidGeoJson extends IllegalArgumentException {
        InvalidGeoJson(String reason) {
            super(reason);
        }
    }

    /**
     * A feature of a collection. Its geometry is decoded when asked for, so that one bad feature can be reported
     * with its own number or key while the others are still read.
     */
    public static final class Feature {
        private final int number;
        private final JsonNode geometry;
        private final JsonNode properties;

        Feature(int number, JsonNode geometry, JsonNode properties) {
            this.number = number;
            this.geometry = geometry;
            this.properties = properties;
        }

        /** The feature's position in its collection, from 1. */
        public int number() {
            return number;
        }

        /** The properties object; an empty object when the feature has none. */
        public JsonNode properties() {
            return properties;
        }

        /** The validated geometry, or null for a feature without one (RFC 7946 allows that). */
        public Geometry geometry() {
            return geometry.isNull() || geometry.isMissingNode() ? null : GeoJsonDecoder.geometry(geometry);
        }
    }

    private GeoJsonDecoder() {
    }

    /** The features of a FeatureCollection, whose geometries are validated one by one by {@link Feature#geometry()}. */
    public static List<Feature> features(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            var where = e.getLocation();
            throw new InvalidGeoJson("the GeoJSON is not valid JSON text in UTF-8" + (where == null
                    || where.getLineNr() < 1 ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr()
                    + ")"));
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new InvalidGeoJson("expected a GeoJSON FeatureCollection");
        }
        List<Feature> features = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode properties = feature.path("properties");
            features.add(new Feature(features.size() + 1, feature.path("geometry"),
                    properties.isObject() ? properties : JSON.createObjectNode()));
        }
        return features;
    }

    /** One geometry object, validated. */
    public static Geometry geometry(JsonNode geometry) {
        check(geometry);
        Geometry read;
        try {
            read = new GeoJsonReader(Geometries.FACTORY).read(geometry.toString());
        } catch (ParseException | RuntimeException e) {
            // JTS's message names its own classes; the checks above have said what a person can correct
            throw new InvalidGeoJson("the " + geometry.path("type").asString("geometry") + " cannot be read: check"
                    + " that its coordinates are nested as RFC 7946 describes");
        }
        read.setSRID(Geometries.SRID);
        TopologyValidationError error = new IsValidOp(read).getValidationError();
        if (error != null) {
            throw new InvalidGeoJson("the " + read.getGeometryType() + " is not valid: " + error.getMessage()
                    + " at or near " + position(error.getCoordinate().x, error.getCoordinate().y));
        }
        return read;
    }

    /**
     * Checks positions and rings in the JSON itself: JTS would refuse an open ring with a message about its own
     * classes, and would take a latitude of 95 without a word.
     */
    private static void check(JsonNode geometry) {
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        switch (type) {
            case "Point" -> position(coordinates);
            case "MultiPoint", "LineString" -> positions(coordinates);
            case "MultiLineString" -> array(coordinates).forEach(GeoJsonDecoder::positions);
            case "Polygon" -> rings(coordinates);
            case "MultiPolygon" -> array(coordinates).forEach(GeoJsonDecoder::rings);
            case "GeometryCollection" -> array(geometry.path("geometries")).forEach(GeoJsonDecoder::check);
            default -> throw new InvalidGeoJson(type.isEmpty() ? "a geometry has no type"
                    : "'" + type + "' is not a GeoJSON geometry type");
        }
    }

    private static void rings(JsonNode polygon) {
        for (JsonNode ring : array(polygon)) {
            positions(ring);
            if (ring.size() < 4) {
                throw new InvalidGeoJson("a ring has " + ring.size() + " positions; it needs at least 4, the last"
                        + " repeating the first");
            }
            JsonNode first = ring.get(0);
            JsonNode last = ring.get(ring.size() - 1);
            if (first.get(0).asDouble() != last.get(0).asDouble() || first.get(1).asDouble() != last.get(1).asDouble()) {
                throw new InvalidGeoJson("a ring is not closed: it starts at " + position(first.get(0).asDouble(),
                        first.get(1).asDouble()) + " and ends at " + position(last.get(0).asDouble(),
                        last.get(1).asDouble()) + "; its last position must repeat its first");
            }
        }
    }

    private static void positions(JsonNode positions) {
        array(positions).forEach(GeoJsonDecoder::position);
    }

    private static void position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new InvalidGeoJson("a position must be [longitude, latitude], got " + position);
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new InvalidGeoJson("longitude " + lon + " is outside -180..180 (position " + position + ")");
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new InvalidGeoJson("latitude " + lat + " is outside -90..90 (position " + position
                    + "; GeoJSON puts the longitude first)");
        }
    }

    private static JsonNode array(JsonNode node) {
        if (!node.isArray()) {
            throw new InvalidGeoJson("expected an array of coordinates, got " + (node.isMissingNode() ? "nothing"
                    : node.toString()));
        }
        return node;
    }

    private static String position(double lon, double lat) {
        return "[" + lon + ", " + lat + "]";
    }
}
