package org.socialprotection.map.geo;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A bounding box in longitude/latitude as OGC APIs give it: minLon,minLat,maxLon,maxLat. A box whose minimum
 * longitude is greater than its maximum crosses the antimeridian (RFC 7946, section 5.2) and is searched as two.
 */
public record Bbox(double minLon, double minLat, double maxLon, double maxLat) {

    public static final Bbox WORLD = new Bbox(-180, -90, 180, 90);

    public Bbox {
        check(minLon, -180, 180, "minimum longitude");
        check(maxLon, -180, 180, "maximum longitude");
        check(minLat, -90, 90, "minimum latitude");
        check(maxLat, -90, 90, "maximum latitude");
        if (minLat > maxLat) {
            throw new IllegalArgumentException("minimum latitude " + minLat + " is greater than maximum latitude "
                    + maxLat + ": the box is inverted");
        }
    }

    /** Parses "minLon,minLat,maxLon,maxLat"; the message of the exception says what is wrong. */
    public static Bbox parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("expected 4 comma-separated numbers minLon,minLat,maxLon,maxLat, got "
                    + parts.length + " value" + (parts.length == 1 ? "" : "s"));
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts[i].trim() + "' is not a number");
            }
        }
        return new Bbox(values[0], values[1], values[2], values[3]);
    }

    public boolean crossesAntimeridian() {
        return minLon > maxLon;
    }

    /** One envelope, or two split at the antimeridian. */
    public List<Envelope> envelopes() {
        if (crossesAntimeridian()) {
            return List.of(new Envelope(minLon, 180, minLat, maxLat), new Envelope(-180, maxLon, minLat, maxLat));
        }
        return List.of(new Envelope(minLon, maxLon, minLat, maxLat));
    }

    private static void check(double value, double min, double max, String what) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new IllegalArgumentException(what + " " + value + " is outside " + (int) min + ".." + (int) max);
        }
    }
}
