package org.socialprotection.map.country;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.socialprotection.map.geo.Geometries;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Whether a point is on land, from Natural Earth's 10m land (data/boundaries/land.geojson.gz). The precise
 * boundaries reach kilometres offshore so that a quay or a beach finds its country; only this finer coastline tells
 * a market on the shore from a click 4 km out at sea. Read on first use: 4,000 polygons, about a second.
 */
@Component
class LandMask {

    static final String FILE = "boundaries/land.geojson.gz";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * About 2.8 km at the equator. Natural Earth's 10m coastline is generalised: with this margin 99.83% of the
     * gazetteer's 171,075 places pass (1.5 km let 99.74% through), and a point 4 km off Accra is still refused. Those
     * refused are mostly atolls too small for the 10m land (Micronesia, Kiribati, the Maldives' outer islands).
     */
    static final double COAST_TOLERANCE_DEGREES = 0.025;

    private record Part(Geometry geometry, PreparedGeometry prepared) {
    }

    private final ResourceLoader resources;
    private final String location;
    private volatile STRtree index;

    /* The data location is read as a plain property: bootstrap's DataSettings would make country depend on bootstrap,
     * which depends on country. */
    LandMask(ResourceLoader resources, @Value("${spmap.data.location:classpath:atlas-data/}") String location) {
        this.resources = resources;
        this.location = location;
    }

    /**
     * On land, or within {@link #COAST_TOLERANCE_DEGREES} of it. A degree of longitude shrinks toward the poles, so
     * the margin widens with 1 / cos(latitude): about the same distance east–west everywhere (Anadyr, at 64.7°N,
     * lies 1.4 km from the 10m coastline), more north–south at high latitudes, where few observations are.
     */
    boolean onLand(Point point) {
        double cos = Math.max(Math.cos(Math.toRadians(point.getY())), 0.2);
        return onLand(point, COAST_TOLERANCE_DEGREES / cos);
    }

    /** On land or within {@code tolerance} degrees of it. */
    boolean onLand(Point point, double tolerance) {
        STRtree tree = index();
        @SuppressWarnings("unchecked")
        List<Part> under = tree.query(point.getEnvelopeInternal());
        if (under.stream().anyMatch(p -> p.prepared().intersects(point))) {
            return true;
        }
        Envelope near = point.getEnvelopeInternal();
        near.expandBy(tolerance);
        @SuppressWarnings("unchecked")
        List<Part> nearby = tree.query(near);
        return nearby.stream().anyMatch(p -> p.geometry().isWithinDistance(point, tolerance));
    }

    private STRtree index() {
        STRtree tree = index;
        if (tree == null) {
            synchronized (this) {
                tree = index;
                if (tree == null) {
                    tree = new STRtree();
                    for (JsonNode feature : JSON.readTree(read()).path("features")) {
                        Geometry land = polygon(feature.path("geometry"));
                        tree.insert(land.getEnvelopeInternal(),
                                new Part(land, PreparedGeometryFactory.prepare(land)));
                    }
                    tree.build();
                    index = tree;
                }
            }
        }
        return tree;
    }

    /* Rounding to 4 decimals leaves a few rings touching themselves: repaired here rather than refused. */
    private static Geometry polygon(JsonNode geometry) {
        try {
            Geometry read = new GeoJsonReader(Geometries.FACTORY).read(geometry.toString());
            read.setSRID(Geometries.SRID);
            return read.isValid() ? read : GeometryFixer.fix(read);
        } catch (ParseException e) {
            throw new IllegalStateException("the land mask has a geometry JTS cannot read: " + e.getMessage(), e);
        }
    }

    private byte[] read() {
        try (InputStream in = new GZIPInputStream(resources.getResource(location + FILE).getInputStream(), 1 << 16)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the land mask " + location + FILE, e);
        }
    }
}
