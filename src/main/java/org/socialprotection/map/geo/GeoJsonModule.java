package org.socialprotection.map.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes JTS geometries as RFC 7946 geometry objects: longitude first, coordinates rounded to six decimals
 * (about 10 cm), which is more than any boundary or observation here is worth and keeps responses small.
 */
@Component
public class GeoJsonModule extends SimpleModule {

    static final double SCALE = 1e6;

    public GeoJsonModule() {
        super("atlas-geojson");
        addSerializer(Geometry.class, new GeometrySerializer());
        addSerializer(RawGeoJson.class, new RawSerializer());
    }

    static final class RawSerializer extends ValueSerializer<RawGeoJson> {
        @Override
        public void serialize(RawGeoJson geometry, JsonGenerator gen, SerializationContext context) {
            gen.writeRawValue(geometry.json());
        }
    }

    static final class GeometrySerializer extends ValueSerializer<Geometry> {

        @Override
        public void serialize(Geometry geometry, JsonGenerator gen, SerializationContext context) {
            writeGeometry(geometry, gen);
        }

        private void writeGeometry(Geometry geometry, JsonGenerator gen) {
            gen.writeStartObject();
            gen.writeStringProperty("type", geometry.getGeometryType());
            if (geometry instanceof GeometryCollection collection
                    && !(geometry instanceof MultiPoint || geometry instanceof MultiLineString
                    || geometry instanceof MultiPolygon)) {
                gen.writeName("geometries");
                gen.writeStartArray();
                for (int i = 0; i < collection.getNumGeometries(); i++) {
                    writeGeometry(collection.getGeometryN(i), gen);
                }
                gen.writeEndArray();
            } else {
                gen.writeName("coordinates");
                writeCoordinates(geometry, gen);
            }
            gen.writeEndObject();
        }

        private void writeCoordinates(Geometry geometry, JsonGenerator gen) {
            if (geometry instanceof Point point) {
                writePosition(point.getCoordinate(), gen);
            } else if (geometry instanceof LineString line) {
                writePositions(line.getCoordinates(), gen);
            } else if (geometry instanceof Polygon polygon) {
                gen.writeStartArray();
                writePositions(polygon.getExteriorRing().getCoordinates(), gen);
                for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                    writePositions(polygon.getInteriorRingN(i).getCoordinates(), gen);
                }
                gen.writeEndArray();
            } else {
                gen.writeStartArray();
                for (int i = 0; i < geometry.getNumGeometries(); i++) {
                    writeCoordinates(geometry.getGeometryN(i), gen);
                }
                gen.writeEndArray();
            }
        }

        private void writePositions(Coordinate[] coordinates, JsonGenerator gen) {
            gen.writeStartArray();
            for (Coordinate coordinate : coordinates) {
                writePosition(coordinate, gen);
            }
            gen.writeEndArray();
        }

        private void writePosition(Coordinate coordinate, JsonGenerator gen) {
            gen.writeStartArray();
            gen.writeNumber(round(coordinate.x));
            gen.writeNumber(round(coordinate.y));
            gen.writeEndArray();
        }
    }

    static double round(double value) {
        return Math.round(value * SCALE) / SCALE;
    }
}
