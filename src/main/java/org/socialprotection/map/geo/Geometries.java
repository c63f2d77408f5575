package org.socialprotection.map.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/** Every geometry of the atlas is WGS 84 longitude/latitude (SRID 4326), built here. */
public final class Geometries {

    public static final int SRID = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private Geometries() {
    }

    public static Point point(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("coordinates out of range: longitude " + lon + ", latitude " + lat
                    + " (longitude must be within -180..180, latitude within -90..90)");
        }
        return FACTORY.createPoint(new Coordinate(lon, lat));
    }

    /** A polygon or multipolygon as a multipolygon with SRID 4326. */
    public static MultiPolygon multiPolygon(Geometry geometry) {
        if (geometry instanceof MultiPolygon multi) {
            multi.setSRID(SRID);
            return multi;
        }
        if (geometry instanceof Polygon polygon) {
            return FACTORY.createMultiPolygon(new Polygon[] {polygon});
        }
        throw new IllegalArgumentException("expected a Polygon or MultiPolygon, got "
                + (geometry == null ? "no geometry" : geometry.getGeometryType()));
    }
}
