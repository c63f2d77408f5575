package org.socialprotection.map.collection;

import java.util.Locale;

/**
 * The main map showing a collection: filtered to its observations ({@code collection=slug}, which the map, its list,
 * its exports and the API all understand) and framed on its extent. The map's URL state speaks a view (lat, lon,
 * zoom), so the extent becomes its centre and the widest zoom, in the map's half steps, that shows all of it on a
 * small screen.
 */
final class MapPreset {

    /** A phone-sized map in CSS pixels: a view that fits here fits on any larger screen. */
    private static final double WIDTH = 360;
    private static final double HEIGHT = 480;

    private MapPreset() {
    }

    static String of(String slug, double[] extent) {
        double west = extent[0];
        double south = extent[1];
        double east = extent[2];
        double north = extent[3];
        double lon = (west + east) / 2;
        double lat = Math.toDegrees(Math.atan(Math.sinh((mercator(south) + mercator(north)) / 2)));
        // At zoom z the world is 256 * 2^z pixels wide, for 360 degrees or 2π in Web Mercator's y.
        double byWidth = log2(WIDTH * 360 / (256 * (east - west)));
        double byHeight = log2(HEIGHT * 2 * Math.PI / (256 * (mercator(north) - mercator(south))));
        double zoom = Math.max(1, Math.min(18, Math.floor(Math.min(byWidth, byHeight) * 2) / 2));
        return String.format(Locale.ROOT, "/?collection=%s&lat=%s&lon=%s&zoom=%s", slug, round(lat), round(lon),
                round(zoom));
    }

    private static double mercator(double lat) {
        double clamped = Math.max(-85.0511, Math.min(85.0511, lat));
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static String round(double x) {
        return java.math.BigDecimal.valueOf(Math.round(x * 10000) / 10000.0).stripTrailingZeros().toPlainString();
    }
}
