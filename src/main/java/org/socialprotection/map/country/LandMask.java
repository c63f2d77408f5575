package org.socialprotection.map.country;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a point is on land, from Natural Earth's 10m land (data/boundaries/land.geojson.gz). The precise
 * boundaries reach kilometres offshore so that a quay or a beach finds its country; only this finer coastline tells
 * a market on the shore from a click 4 km out at sea. Read on first use.
 *
 * <p>Kept light because it lives as long as the app: the file is streamed one feature at a time, and each polygon
 * keeps only its rings as flat arrays of doubles (16 bytes a vertex, about 7 MB in all). A large polygon also keeps
 * an index of runs of {@link #RUN} segments, so that a point in Africa tests the few runs its ray to the east or its
 * margin meets, not 82,000 vertices. No JTS geometries or prepared geometries are kept: a prepared Africa-Eurasia
 * alone held tens of megabytes once used, and the whole file as one JSON tree took hundreds while it was read.
 */
@Component
class LandMask {

    static final String FILE = "boundaries/land.geojson.gz";
    // Features are read one at a time from one parser: the next feature is not a trailing token.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /**
     * About 2.8 km at the equator. Natural Earth's 10m coastline is generalised: with this margin 99.83% of the
     * gazetteer's 171,075 places pass (1.5 km let 99.74% through), and a point 4 km off Accra is still refused. Those
     * refused are mostly atolls too small for the 10m land (Micronesia, Kiribati, the Maldives' outer islands).
     */
    static final double COAST_TOLERANCE_DEGREES = 0.025;
    /** Segments per indexed run; polygons of fewer vertices than this are simply scanned. */
    static final int RUN = 64;

    /** Segments {@code from} to {@code to} (vertex indexes, exclusive) of one ring of a land polygon. */
    private record Run(int ring, int from, int to) {
    }

    /** One land polygon: its shell then its holes, each ring as x0, y0, x1, y1, ... with the first point repeated. */
    private static final class Land {

        final double[][] rings;
        final STRtree runs;
        final double maxX;

        Land(double[][] rings) {
            this.rings = rings;
            this.maxX = envelope().getMaxX();
            int vertices = 0;
            for (double[] ring : rings) {
                vertices += ring.length / 2;
            }
            if (vertices <= RUN * 4) {
                this.runs = null;
                return;
            }
            this.runs = new STRtree();
            for (int r = 0; r < rings.length; r++) {
                int n = rings[r].length / 2;
                for (int from = 0; from < n - 1; from += RUN) {
                    int to = Math.min(from + RUN, n - 1);
                    runs.insert(envelope(rings[r], from, to), new Run(r, from, to));
                }
            }
            runs.build();
        }

        /** Inside the shell and outside every hole, by the parity of crossings of a ray to the east; the edge counts. */
        boolean contains(double x, double y, double maxX) {
            int[] crossings = new int[rings.length];
            if (runs == null) {
                for (int r = 0; r < rings.length; r++) {
                    int counted = crossings(rings[r], 0, rings[r].length / 2 - 1, x, y);
                    if (counted < 0) {
                        return true;
                    }
                    crossings[r] = counted;
                }
            } else {
                @SuppressWarnings("unchecked")
                List<Run> met = runs.query(new Envelope(x, maxX, y, y));
                for (Run run : met) {
                    int counted = crossings(rings[run.ring()], run.from(), run.to(), x, y);
                    if (counted < 0) {
                        return true;
                    }
                    crossings[run.ring()] += counted;
                }
            }
            if (crossings[0] % 2 == 0) {
                return false;
            }
            for (int h = 1; h < rings.length; h++) {
                if (crossings[h] % 2 == 1) {
                    return false;
                }
            }
            return true;
        }

        boolean within(double x, double y, double distance) {
            double limit = distance * distance;
            if (runs == null) {
                for (double[] ring : rings) {
                    if (near(ring, 0, ring.length / 2 - 1, x, y, limit)) {
                        return true;
                    }
                }
                return false;
            }
            @SuppressWarnings("unchecked")
            List<Run> met = runs.query(new Envelope(x - distance, x + distance, y - distance, y + distance));
            for (Run run : met) {
                if (near(rings[run.ring()], run.from(), run.to(), x, y, limit)) {
                    return true;
                }
            }
            return false;
        }

        /** Crossings of the ray from (x, y) eastward with segments from..to; -1 when the point is on one of them. */
        private static int crossings(double[] ring, int from, int to, double x, double y) {
            int count = 0;
            for (int i = from; i < to; i++) {
                double x1 = ring[2 * i];
                double y1 = ring[2 * i + 1];
                double x2 = ring[2 * i + 2];
                double y2 = ring[2 * i + 3];
                if ((y1 > y) != (y2 > y)) {
                    double crossX = x1 + (y - y1) * (x2 - x1) / (y2 - y1);
                    if (crossX == x) {
                        return -1;
                    }
                    if (crossX > x) {
                        count++;
                    }
                } else if (y1 == y && y2 == y && Math.min(x1, x2) <= x && x <= Math.max(x1, x2)) {
                    return -1;
                }
            }
            return count;
        }

        private static boolean near(double[] ring, int from, int to, double x, double y, double limit) {
            for (int i = from; i < to; i++) {
                double x1 = ring[2 * i];
                double y1 = ring[2 * i + 1];
                double dx = ring[2 * i + 2] - x1;
                double dy = ring[2 * i + 3] - y1;
                double length = dx * dx + dy * dy;
                double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
                double px = x1 + t * dx - x;
                double py = y1 + t * dy - y;
                if (px * px + py * py <= limit) {
                    return true;
                }
            }
            return false;
        }

        private static Envelope envelope(double[] ring, int from, int to) {
            Envelope box = new Envelope();
            for (int i = from; i <= to; i++) {
                box.expandToInclude(ring[2 * i], ring[2 * i + 1]);
            }
            return box;
        }

        /** Computed from the shell; called while loading only. */
        Envelope envelope() {
            return envelope(rings[0], 0, rings[0].length / 2 - 1);
        }
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
        double x = point.getX();
        double y = point.getY();
        @SuppressWarnings("unchecked")
        List<Land> under = tree.query(new Envelope(x, x, y, y));
        for (Land land : under) {
            if (land.contains(x, y, land.maxX)) {
                return true;
            }
        }
        @SuppressWarnings("unchecked")
        List<Land> nearby = tree.query(new Envelope(x - tolerance, x + tolerance, y - tolerance, y + tolerance));
        for (Land land : nearby) {
            if (land.within(x, y, tolerance)) {
                return true;
            }
        }
        return false;
    }

    /** How many land polygons are loaded; loads them if they are not yet. */
    int polygons() {
        return index().size();
    }

    private STRtree index() {
        STRtree tree = index;
        if (tree == null) {
            synchronized (this) {
                tree = index;
                if (tree == null) {
                    tree = read();
                    index = tree;
                }
            }
        }
        return tree;
    }

    /** Streams the features: only one feature's JSON tree is in memory at a time, never the whole file's. */
    private STRtree read() {
        STRtree tree = new STRtree();
        try (InputStream in = new GZIPInputStream(resources.getResource(location + FILE).getInputStream(), 1 << 16);
             JsonParser parser = JSON.createParser(in)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.PROPERTY_NAME && "features".equals(parser.currentName())) {
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        add(JSON.readTree(parser).path("geometry"), tree);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the land mask " + location + FILE, e);
        }
        tree.build();
        return tree;
    }

    private static void add(JsonNode geometry, STRtree tree) {
        String type = geometry.path("type").asString();
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(type)) {
            insert(coordinates, tree);
        } else if ("MultiPolygon".equals(type)) {
            coordinates.forEach(polygon -> insert(polygon, tree));
        } else {
            throw new IllegalStateException("the land mask has a " + type + ", not a polygon");
        }
    }

    private static void insert(JsonNode polygon, STRtree tree) {
        double[][] rings = new double[polygon.size()][];
        for (int r = 0; r < rings.length; r++) {
            JsonNode ring = polygon.get(r);
            int n = ring.size();
            boolean closed = n > 0 && ring.get(0).equals(ring.get(n - 1));
            double[] xy = new double[2 * (closed ? n : n + 1)];
            for (int i = 0; i < n; i++) {
                xy[2 * i] = ring.get(i).get(0).asDouble();
                xy[2 * i + 1] = ring.get(i).get(1).asDouble();
            }
            if (!closed && n > 0) {
                xy[2 * n] = xy[0];
                xy[2 * n + 1] = xy[1];
            }
            if (n < 3) {
                throw new IllegalStateException("the land mask has a ring of " + n + " points");
            }
            rings[r] = xy;
        }
        Land land = new Land(rings);
        tree.insert(land.envelope(), land);
    }
}
